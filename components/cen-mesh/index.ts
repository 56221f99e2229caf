export { CenMeshAccount, CenMeshArgs, CenMeshMemberInfo, CenPayer } from "./args";
export { CenMesh } from "./cenMesh";
