import { AppTier, AppTierArgs } from "alicloud-blueprints";
import { MockedRun, RecordedResource } from "../../tools/mocks";
import { errorOf, valueOf } from "../support/outputs";
import { withoutPromiseStacks } from "../cen-mesh/support";

export const T = {
    tier: "alicloud-blueprints:index:AppTier",
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    nat: "alicloud:vpc/natGateway:NatGateway",
    snat: "alicloud:vpc/snatEntry:SnatEntry",
    bandwidthPackage: "alicloud:vpc/commonBandwithPackage:CommonBandwithPackage",
    packageAttachment: "alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment",
    eip: "alicloud:ecs/eipAddress:EipAddress",
    eipAssociation: "alicloud:ecs/eipAssociation:EipAssociation",
    group: "alicloud:ecs/securityGroup:SecurityGroup",
    rule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    instance: "alicloud:ecs/instance:Instance",
    keyPair: "alicloud:ecs/ecsKeyPair:EcsKeyPair",
    command: "alicloud:ecs/command:Command",
    invocation: "alicloud:ecs/ecsInvocation:EcsInvocation",
    remote: "command:remote:Command",
    slb: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    listener: "alicloud:slb/listener:Listener",
    backends: "alicloud:slb/backendServer:BackendServer",
    rds: "alicloud:rds/instance:Instance",
    rdsAccount: "alicloud:rds/rdsAccount:RdsAccount",
    rdsDatabase: "alicloud:rds/database:Database",
    rdsPrivilege: "alicloud:rds/accountPrivilege:AccountPrivilege",
    backupPolicy: "alicloud:rds/backupPolicy:BackupPolicy",
    redis: "alicloud:kvstore/instance:Instance",
    password: "random:index/randomPassword:RandomPassword",
};

export interface BuiltTier {
    run: MockedRun;
    tier: AppTier;
    /** Invokes (token and arguments) in the order the program made them. */
    calls: Array<{ token: string; inputs: Record<string, any> }>;
    /** Provider-side id and state of every resource, by resource name (what the mocks answered). */
    state: (name: string) => { id: string; [key: string]: any };
}

/** Builds an app tier under the mocks and waits for every registration. */
export function buildTier(args: AppTierArgs, name = "app"): Promise<BuiltTier> {
    return withoutPromiseStacks(async () => {
        const run = new MockedRun();
        const calls: BuiltTier["calls"] = [];
        const call = run.mocks.call.bind(run.mocks);
        run.mocks.call = (callArgs) => {
            calls.push({ token: callArgs.token, inputs: callArgs.inputs });
            return call(callArgs);
        };
        const states = new Map<string, { id: string; [key: string]: any }>();
        const newResource = run.mocks.newResource.bind(run.mocks);
        run.mocks.newResource = (resourceArgs) => {
            const result = newResource(resourceArgs);
            states.set(resourceArgs.name, { ...result.state, id: result.id ?? "" });
            return result;
        };
        const tier = new AppTier(name, args);
        await valueOf(tier.webNodes);
        await run.settled();
        const state = (resourceName: string) => {
            const found = states.get(resourceName);
            if (found === undefined) throw new Error(`no resource named ${resourceName}`);
            return found;
        };
        return { run, tier, calls, state };
    });
}

/** The one resource of a type and name. */
export function byName(resources: RecordedResource[], name: string): RecordedResource {
    const found = resources.find((r) => r.name === name);
    if (found === undefined) {
        throw new Error(`no resource named ${name} among ${resources.map((r) => r.name).join(", ")}`);
    }
    return found;
}

/** The problems listed by the ResourceError the constructor throws, and what was registered. */
export async function problemsOf(args: AppTierArgs, name = "bad"): Promise<{ problems: string[]; registered: RecordedResource[] }> {
    const run = new MockedRun();
    const error = errorOf(() => new AppTier(name, args));
    await run.settled();
    const [header, ...lines] = error.message.split("\n");
    if (header !== `AppTier "${name}" has invalid arguments:`) {
        throw new Error(`unexpected error: ${error.message}`);
    }
    return { problems: lines.map((line) => line.replace(/^  - /, "")), registered: run.resources };
}
