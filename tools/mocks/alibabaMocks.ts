import * as pulumi from "@pulumi/pulumi";
import { hostAddress, parseCidr } from "../../components/network";
import { documentationRanges, images, instanceTypes, zoneLetters } from "./catalogue";
import { appTierComputedState, rdsZones, redisZones } from "./appTierCatalogue";
import { cenComputedState, cenResourceId, transitRouterAvailableResources } from "./cenCatalogue";
import { mockId, stableSuffix } from "./ids";

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

/**
 * Realistic answers for an Alibaba Cloud program run without a cloud: Alibaba-shaped ids,
 * private IPs inside their vSwitch, EIPs from the documentation ranges, and catalogue answers for
 * the zone, instance type and image look-ups. Shared by the tests and the offline plan.
 * Unknown data sources fail loudly, so a missing answer is never mistaken for an empty one.
 */
export class AlibabaMocks implements pulumi.runtime.Mocks {
    private readonly vswitches = new Map<string, KnownVswitch>();
    /** vSwitch ids the program looked up that no test made known: the offline plan cannot know them. */
    readonly unknownVswitchIds: string[] = [];
    private readonly nextHost = new Map<string, number>();
    private publicAddressCount = 0;

    constructor(readonly region = "cn-hangzhou") {}

    /** Zone ids of the mocked region, e.g. cn-hangzhou-h. */
    get zoneIds(): string[] {
        return zoneLetters.map((letter) => `${this.region}-${letter}`);
    }

    /** Makes an existing vSwitch known, as if it had been created outside the program. */
    addExistingVswitch(vswitch: KnownVswitch): void {
        this.vswitches.set(vswitch.id, vswitch);
    }

    newResource(args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult {
        const inputs: Inputs = args.inputs;
        const id = args.id || cenResourceId(args.type, args.name, inputs) || mockId(args.type, args.name);
        const computed = this.computedState(args.type, id, inputs);
        return { id, state: { ...inputs, ...computed } };
    }

    call(args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult {
        switch (args.token) {
            case "alicloud:index/getZones:getZones":
                return this.zones(args.inputs);
            case "alicloud:ecs/getInstanceTypes:getInstanceTypes":
                return this.instanceTypes(args.inputs);
            case "alicloud:ecs/getImages:getImages":
                return this.images(args.inputs);
            case "alicloud:vpc/getSwitches:getSwitches":
                return this.switches(args.inputs);
            case "alicloud:cen/getTransitRouterAvailableResources:getTransitRouterAvailableResources":
                return transitRouterAvailableResources(this.region);
            case "alicloud:rds/getZones:getZones":
                return rdsZones(this.region, args.inputs);
            case "alicloud:kvstore/getZones:getZones":
                return redisZones(this.region, args.inputs);
            default:
                throw new Error(`AlibabaMocks has no answer for ${args.token}; add one in tools/mocks`);
        }
    }

    private computedState(type: string, id: string, inputs: Inputs): Inputs {
        switch (type) {
            case "alicloud:vpc/network:Network":
                return { routeTableId: mockId("vtb", id), routerId: mockId("vrt", id), status: "Available" };
            case "alicloud:vpc/switch:Switch": {
                const vswitch = { id, vpcId: inputs.vpcId, cidrBlock: inputs.cidrBlock, zoneId: inputs.zoneId ?? inputs.availabilityZone };
                this.vswitches.set(id, vswitch);
                return { zoneId: vswitch.zoneId, status: "Available" };
            }
            case "alicloud:ecs/instance:Instance":
                return {
                    privateIp: inputs.privateIp ?? this.allocatePrivateIp(inputs.vswitchId),
                    publicIp: "",
                    status: "Running",
                    availabilityZone: this.vswitches.get(inputs.vswitchId)?.zoneId,
                };
            case "alicloud:vpc/haVipv2:HaVipv2":
                return { ipAddress: inputs.ipAddress ?? this.allocatePrivateIp(inputs.vswitchId), haVipId: id, status: "Available" };
            case "command:remote:Command":
                return { stdout: "changed: none", stderr: "" };
            case "alicloud:ecs/eipAddress:EipAddress":
                return { ipAddress: this.allocatePublicIp(), status: "Available", allocationId: id };
            case "alicloud:ecs/ecsKeyPair:EcsKeyPair":
                return { fingerPrint: stableSuffix(id, 32) };
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

    private zones(inputs: Inputs): Inputs {
        const sold = inputs.availableInstanceType
            ? new Set(instanceTypes.find((t) => t.id === inputs.availableInstanceType)?.zoneLetters ?? [])
            : new Set(zoneLetters);
        const zones = zoneLetters
            .filter((letter) => sold.has(letter))
            .map((letter) => ({
                id: `${this.region}-${letter}`,
                localName: `Zone ${letter.toUpperCase()}`,
                availableResourceCreations: ["VSwitch", "Instance", "Disk"],
                availableDiskCategories: ["cloud_efficiency", "cloud_essd", "cloud_essd_entry"],
                availableInstanceTypes: instanceTypes.filter((t) => t.zoneLetters.includes(letter)).map((t) => t.id),
                multiZoneIds: [],
                slbSlaveZoneIds: [],
            }));
        return { id: this.region, ids: zones.map((z) => z.id), zones };
    }

    private instanceTypes(inputs: Inputs): Inputs {
        const zoneLetter = inputs.availabilityZone ? String(inputs.availabilityZone).split("-").pop() : undefined;
        const found = instanceTypes
            .filter((t) => !inputs.instanceTypeFamily || t.family === inputs.instanceTypeFamily)
            .filter((t) => !inputs.instanceType || t.id === inputs.instanceType)
            .filter((t) => zoneLetter === undefined || t.zoneLetters.includes(zoneLetter))
            .map((t) => ({
                id: t.id,
                family: t.family,
                cpuCoreCount: t.cpuCoreCount,
                memorySize: t.memorySize,
                price: String(t.price),
                availabilityZones: t.zoneLetters.map((letter) => `${this.region}-${letter}`),
                burstableInstance: { baselineCredit: "10", initialCredit: "60" },
                gpu: { amount: "0", category: "" },
                localStorage: { amount: "0", capacity: "0", category: "" },
            }));
        return { id: this.region, ids: found.map((t) => t.id), instanceTypes: found };
    }

    private images(inputs: Inputs): Inputs {
        const pattern = inputs.nameRegex ? new RegExp(inputs.nameRegex) : undefined;
        const found = images
            .filter((image) => pattern === undefined || pattern.test(image.name))
            .sort((a, b) => (inputs.mostRecent ? b.creationTime.localeCompare(a.creationTime) : 0))
            .map((image) => ({ ...image, imageId: image.id, osType: "linux", architecture: "x86_64", status: "Available" }));
        return { id: this.region, ids: found.map((i) => i.id), images: found };
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
