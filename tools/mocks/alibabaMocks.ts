import * as pulumi from "@pulumi/pulumi";
import { hostAddress, parseCidr } from "../../components/network";
import { documentationRanges, imagesAnswer, instanceTypesAnswer, zoneLetters, zonesAnswer } from "./catalogue";
import { appTierComputedState, rdsClasses, rdsInstanceClasses, rdsZones, redisClasses, redisInstanceClasses, redisZones } from "./appTierCatalogue";
import { cenComputedState, cenResourceId, transitRouterAvailableResources } from "./cenCatalogue";
import { ed25519PrivateKeyState } from "./hostKeys";
import { mockId, stableSuffix } from "./ids";
import { lookupViolations, resourceEntries, resourceViolations, RuleContext, RulebookError, Violation } from "./rulebook";

type Inputs = Record<string, any>;

interface KnownVswitch {
    id: string;
    vpcId: string;
    cidrBlock: string;
    zoneId: string;
}

/** A deterministic password of the requested length, with the requested character classes. */
function mockPassword(seed: string, inputs: Inputs): string {
    const required = ["M", "7", inputs.special === false ? "" : "#"].join("");
    return (required + stableSuffix(seed, 64)).slice(0, inputs.length ?? 16);
}

/** Host offsets start past the addresses Alibaba Cloud reserves at the start of a vSwitch. */
const firstHostOffset = 10;

/** Options of {@link AlibabaMocks}. */
export interface AlibabaMocksOptions {
    /** The account's site, which decides what is on sale. Default: "Domestic" (the China site). */
    site?: "Domestic" | "International";
}

/** One look-up the program made, as the mocks received it. */
export interface RecordedCall {
    token: string;
    inputs: Inputs;
    /** The provider reference (`<urn>::<id>`) the look-up went through; undefined for the default provider. */
    provider?: string;
}

/**
 * Realistic answers for an Alibaba Cloud program run without a cloud: Alibaba-shaped ids,
 * private IPs inside their vSwitch, EIPs from the documentation ranges, and catalogue answers for
 * the look-ups in the provider's shapes. Every registration and look-up is checked against the
 * rulebook (tools/mocks/rulebook): a look-up the provider would refuse throws, as the preview
 * would; a registration the provider or the cloud would refuse is recorded in `violations`, which
 * {@link MockedRun.settled} turns into one error. Unknown look-ups fail loudly, so a missing answer
 * is never mistaken for an empty one.
 */
export class AlibabaMocks implements pulumi.runtime.Mocks {
    /** What the rulebook found wrong with the registrations so far. */
    readonly violations: Violation[] = [];
    /** Every look-up, in the order the program made them. */
    readonly calls: RecordedCall[] = [];
    readonly site: "Domestic" | "International";
    private readonly vswitches = new Map<string, KnownVswitch>();
    /** vSwitch ids the program looked up that no test made known: the offline plan cannot know them. */
    readonly unknownVswitchIds: string[] = [];
    private readonly nextHost = new Map<string, number>();
    private publicAddressCount = 0;

    constructor(
        readonly region = "cn-hangzhou",
        options: AlibabaMocksOptions = {},
    ) {
        this.site = options.site ?? "Domestic";
    }

    /** Zone ids of the mocked region, e.g. cn-hangzhou-h. */
    get zoneIds(): string[] {
        return zoneLetters.map((letter) => `${this.region}-${letter}`);
    }

    /** Makes an existing vSwitch known, as if it had been created outside the program. */
    addExistingVswitch(vswitch: KnownVswitch): void {
        this.vswitches.set(vswitch.id, vswitch);
    }

    /** What the rulebook may ask the mocks about the cloud. */
    readonly context: RuleContext = {
        site: "Domestic",
        vswitchCidr: (id) => this.vswitches.get(id)?.cidrBlock,
        vswitchZone: (id) => this.vswitches.get(id)?.zoneId,
        transitRouterZones: () => [...new Set(transitRouterAvailableResources(this.region).resources.flatMap((r: Inputs) => r.availableZones))] as string[],
        rdsClassStorage: (zoneId, query) =>
            rdsClasses.find(
                (c) =>
                    c.instanceClass === query.instanceClass &&
                    c.engine === query.engine &&
                    c.engineVersion === query.engineVersion &&
                    c.category === query.category &&
                    c.storageTypes.includes(query.storageType) &&
                    c.zoneLetters.some((l) => `${this.region}-${l}` === zoneId),
            )?.storage,
        redisClassSold: (zoneId, engineVersion, instanceClass) =>
            redisClasses.some(
                (c) => c.instanceClass === instanceClass && c.engineVersions.includes(engineVersion) && c.zoneLetters.some((l) => `${this.region}-${l}` === zoneId),
            ),
    };

    newResource(args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult {
        const inputs: Inputs = args.inputs;
        const id = args.id || cenResourceId(args.type, args.name, inputs) || mockId(args.type, args.name);
        if (!args.custom) {
            return { id, state: inputs };
        }
        const computed = this.computedState(args.type, id, inputs);
        this.violations.push(...resourceViolations(args.type, args.name, inputs, { ...this.context, site: this.site }));
        const reported = resourceEntries.get(args.type)?.reportedStatus;
        const status = reported ? { [reported.attribute]: reported.value } : {};
        return { id, state: { ...inputs, ...computed, ...status } };
    }

    call(args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult {
        this.calls.push({ token: args.token, inputs: args.inputs, provider: args.provider || undefined });
        const refused = lookupViolations(args.token, args.inputs, { ...this.context, site: this.site });
        if (refused.length > 0) {
            // The provider validates a data source's arguments before calling the API: the preview fails.
            throw new RulebookError(refused);
        }
        return this.answer(args.token, args.inputs);
    }

    private answer(token: string, inputs: Inputs): Inputs {
        switch (token) {
            case "alicloud:index/getZones:getZones":
                return zonesAnswer(this.region, inputs);
            case "alicloud:ecs/getInstanceTypes:getInstanceTypes":
                return instanceTypesAnswer(this.region, inputs);
            case "alicloud:ecs/getImages:getImages":
                return imagesAnswer(this.region, inputs);
            case "alicloud:vpc/getSwitches:getSwitches":
                return this.switches(inputs);
            case "alicloud:cen/getTransitRouterAvailableResources:getTransitRouterAvailableResources":
                return transitRouterAvailableResources(this.region);
            case "alicloud:rds/getZones:getZones":
                return rdsZones(this.region, inputs);
            case "alicloud:rds/getInstanceClasses:getInstanceClasses":
                return rdsInstanceClasses(this.region, inputs);
            case "alicloud:kvstore/getZones:getZones":
                return redisZones(this.region, inputs);
            case "alicloud:kvstore/getInstanceClasses:getInstanceClasses":
                return redisInstanceClasses(inputs);
            default:
                throw new Error(`AlibabaMocks has no answer for ${token}; add one in tools/mocks`);
        }
    }

    private computedState(type: string, id: string, inputs: Inputs): Inputs {
        switch (type) {
            case "alicloud:vpc/network:Network":
                return { routeTableId: mockId("vtb", id), routerId: mockId("vrt", id) };
            case "alicloud:vpc/switch:Switch": {
                const vswitch = { id, vpcId: inputs.vpcId, cidrBlock: inputs.cidrBlock, zoneId: inputs.zoneId ?? inputs.availabilityZone };
                this.vswitches.set(id, vswitch);
                return { zoneId: vswitch.zoneId };
            }
            case "alicloud:ecs/instance:Instance":
                return {
                    privateIp: inputs.privateIp ?? this.allocatePrivateIp(inputs.vswitchId),
                    publicIp: "",
                    availabilityZone: this.vswitches.get(inputs.vswitchId)?.zoneId,
                };
            case "alicloud:vpc/haVipv2:HaVipv2":
                return { ipAddress: inputs.ipAddress ?? this.allocatePrivateIp(inputs.vswitchId), haVipId: id };
            case "command:remote:Command":
                return { stdout: "changed: none", stderr: "" };
            case "alicloud:ecs/eipAddress:EipAddress":
                return { ipAddress: this.allocatePublicIp(), allocationId: id };
            case "alicloud:ecs/ecsKeyPair:EcsKeyPair":
                return { fingerPrint: stableSuffix(id, 32) };
            case "tls:index/privateKey:PrivateKey":
                if (inputs.algorithm !== "ED25519") {
                    throw new Error(`AlibabaMocks answers tls PrivateKey for ED25519 only, not ${inputs.algorithm}`);
                }
                return ed25519PrivateKeyState(id);
            case "random:index/randomPassword:RandomPassword":
                return { result: mockPassword(id, inputs), bcryptHash: `$2a$10$${stableSuffix(id, 53)}` };
            case "alicloud:cen/instance:Instance":
            case "alicloud:cen/transitRouter:TransitRouter":
            case "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable":
            case "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment":
            case "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment":
            case "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation":
            case "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation":
                return cenComputedState(type, id, inputs);
            case "alicloud:vpc/natGateway:NatGateway":
            case "alicloud:vpc/snatEntry:SnatEntry":
            case "alicloud:vpc/commonBandwithPackage:CommonBandwithPackage":
            case "alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment":
            case "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer":
            case "alicloud:slb/listener:Listener":
            case "alicloud:rds/instance:Instance":
            case "alicloud:rds/rdsAccount:RdsAccount":
            case "alicloud:rds/database:Database":
            case "alicloud:kvstore/instance:Instance":
            case "alicloud:ecs/ecsInvocation:EcsInvocation":
                return appTierComputedState(type, id, inputs, { publicIp: () => this.allocatePublicIp(), privateIp: (vsw) => this.allocatePrivateIp(vsw) });
            default:
                return {};
        }
    }

    private allocatePrivateIp(vswitchId: string): string {
        const vswitch = this.vswitches.get(vswitchId);
        if (vswitch === undefined) {
            throw new Error(`AlibabaMocks: an instance names vSwitch ${vswitchId}, which neither the program nor the mocks know`);
        }
        const offset = this.nextHost.get(vswitchId) ?? firstHostOffset;
        this.nextHost.set(vswitchId, offset + 1);
        return hostAddress(parseCidr(vswitch.cidrBlock), offset);
    }

    private allocatePublicIp(): string {
        const perRange = 240;
        const index = this.publicAddressCount++;
        const range = documentationRanges[Math.floor(index / perRange) % documentationRanges.length];
        return hostAddress(parseCidr(range), firstHostOffset + (index % perRange));
    }

    private switches(inputs: Inputs): Inputs {
        const ids: string[] = inputs.ids ?? [];
        this.unknownVswitchIds.push(...ids.filter((id) => !this.vswitches.has(id)));
        const found = ids.flatMap((id) => {
            const known = this.vswitches.get(id);
            return known ? [{ ...known, vswitchId: known.id, status: "Available" }] : [];
        });
        return { id: this.region, ids: found.map((v) => v.id), vswitches: found };
    }
}
