export { HaVipPairArgs } from "./args";
export { HaVipPair } from "./haVipPair";
