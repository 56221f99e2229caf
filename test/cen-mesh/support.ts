import { CenMesh, CenMeshAccount, CenMeshArgs, CenMeshMemberInfo } from "alicloud-blueprints";
import { MockedRun, RecordedResource } from "../../tools/mocks";
import { errorOf, valueOf } from "../support/outputs";

export const T = {
    mesh: "alicloud-blueprints:index:CenMesh",
    provider: "pulumi:providers:alicloud",
    cen: "alicloud:cen/instance:Instance",
    transitRouter: "alicloud:cen/transitRouter:TransitRouter",
    routeTable: "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable",
    grant: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
    attachment: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
    association: "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation",
    propagation: "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation",
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    route: "alicloud:vpc/routeEntry:RouteEntry",
    group: "alicloud:ecs/securityGroup:SecurityGroup",
    rule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    instance: "alicloud:ecs/instance:Instance",
    eip: "alicloud:ecs/eipAddress:EipAddress",
    eipAssociation: "alicloud:ecs/eipAssociation:EipAssociation",
    keyPair: "alicloud:ecs/ecsKeyPair:EcsKeyPair",
    password: "random:index/randomPassword:RandomPassword",
};

/** `count` accounts named master, student2, student3, ... with distinct 16-digit ids. */
export function studentAccounts(count: number, extra: Partial<CenMeshAccount> = {}): CenMeshAccount[] {
    return Array.from({ length: count }, (_, i) => ({
        name: i === 0 ? "master" : `student${i + 1}`,
        accountId: String(1_000_000_000_000_001 + i),
        ...extra,
    }));
}

export interface BuiltMesh {
    run: MockedRun;
    mesh: CenMesh;
    accounts: CenMeshMemberInfo[];
    /** Invokes as the mocks saw them: token and provider reference. */
    calls: Array<{ token: string; provider?: string }>;
}

/**
 * Runs `body` with short stack traces. The Pulumi SDK records `new Error().stack` for every promise
 * it creates, and under ts-node each stack is source-mapped: with hundreds of resources that is
 * most of a run's time. Failures raised after `body` keep their full stacks.
 */
export async function withoutPromiseStacks<R>(body: () => Promise<R>): Promise<R> {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return await body();
    } finally {
        Error.stackTraceLimit = limit;
    }
}

/** Builds a mesh under the mocks and waits for every registration. */
export function buildMesh(args: CenMeshArgs, name = "mesh", region = "cn-hangzhou"): Promise<BuiltMesh> {
    return withoutPromiseStacks(() => build(args, name, region));
}

async function build(args: CenMeshArgs, name: string, region: string): Promise<BuiltMesh> {
    const run = new MockedRun({ region });
    const calls: BuiltMesh["calls"] = [];
    const call = run.mocks.call.bind(run.mocks);
    run.mocks.call = (callArgs) => {
        calls.push({ token: callArgs.token, provider: callArgs.provider });
        return call(callArgs);
    };
    const mesh = new CenMesh(name, args);
    const accounts = await valueOf(mesh.accounts);
    await run.settled();
    return { run, mesh, accounts, calls };
}

/** The account name whose provider a reference (`<provider urn>::<id>`) points at. */
export function providerAccounts(run: MockedRun, meshName = "mesh"): (ref: string | undefined) => string | undefined {
    const byUrn = new Map(run.ofType(T.provider).map((p) => [p.urn, p.name.slice(meshName.length + 1)]));
    return (ref) => (ref === undefined ? undefined : byUrn.get(ref.slice(0, ref.lastIndexOf("::"))));
}

/** The problems listed by the ResourceError a constructor throws (its lines after the header). */
export async function problemsOf(
    args: CenMeshArgs,
    name = "mesh",
): Promise<{ error: Error; problems: string[]; registered: RecordedResource[] }> {
    const run = new MockedRun();
    const error = errorOf(() => new CenMesh(name, args));
    await run.settled();
    const [header, ...lines] = error.message.split("\n");
    if (header !== `CenMesh "${name}" has invalid arguments:`) {
        throw new Error(`unexpected error: ${error.message}`);
    }
    return { error, problems: lines.map((line) => line.replace(/^  - /, "")), registered: run.resources };
}
