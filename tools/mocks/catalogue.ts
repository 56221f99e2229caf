/** The answers of the mocked data sources: a plausible region with zones, burstable types and images. */

export interface MockInstanceType {
    id: string;
    family: string;
    cpuCoreCount: number;
    memorySize: number;
    /** Pay-as-you-go price per hour (CNY); only the order matters. */
    price: number;
    /** Zone letters the type is sold in (suffixes of the region id). */
    zoneLetters: string[];
}

export const zoneLetters = ["h", "i", "j", "k"];

export const instanceTypes: MockInstanceType[] = [
    { id: "ecs.t6-c4m1.large", family: "ecs.t6", cpuCoreCount: 2, memorySize: 0.5, price: 0.04, zoneLetters: ["h", "i", "j", "k"] },
    { id: "ecs.t6-c2m1.large", family: "ecs.t6", cpuCoreCount: 2, memorySize: 1, price: 0.07, zoneLetters: ["i", "j", "k"] },
    { id: "ecs.t6-c1m1.large", family: "ecs.t6", cpuCoreCount: 2, memorySize: 2, price: 0.12, zoneLetters: ["h", "i", "j", "k"] },
    { id: "ecs.t6-c1m2.large", family: "ecs.t6", cpuCoreCount: 2, memorySize: 4, price: 0.21, zoneLetters: ["h", "i", "j", "k"] },
    { id: "ecs.t5-lc1m2.small", family: "ecs.t5", cpuCoreCount: 1, memorySize: 2, price: 0.09, zoneLetters: ["h", "i"] },
    { id: "ecs.g7.large", family: "ecs.g7", cpuCoreCount: 2, memorySize: 8, price: 0.6, zoneLetters: ["h", "i", "j", "k"] },
];

export interface MockImage {
    id: string;
    name: string;
    osName: string;
    creationTime: string;
}

export const images: MockImage[] = [
    { id: "ubuntu_22_04_x64_20G_alibase_20240926.vhd", name: "ubuntu_22_04_x64_20G_alibase_20240926.vhd", osName: "Ubuntu 22.04 64-bit", creationTime: "2024-09-26T00:00:00Z" },
    { id: "ubuntu_22_04_x64_20G_alibase_20240130.vhd", name: "ubuntu_22_04_x64_20G_alibase_20240130.vhd", osName: "Ubuntu 22.04 64-bit", creationTime: "2024-01-30T00:00:00Z" },
    { id: "aliyun_3_x64_20G_alibase_20240819.vhd", name: "aliyun_3_x64_20G_alibase_20240819.vhd", osName: "Alibaba Cloud Linux 3.2104 LTS 64-bit", creationTime: "2024-08-19T00:00:00Z" },
    { id: "debian_12_6_x64_20G_alibase_20240717.vhd", name: "debian_12_6_x64_20G_alibase_20240717.vhd", osName: "Debian 12.6 64-bit", creationTime: "2024-07-17T00:00:00Z" },
];

/** Public addresses come from the documentation ranges only (RFC 5737), never from real space. */
export const documentationRanges = ["203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24"];

type Inputs = Record<string, any>;

const zoneOf = (region: string, letter: string) => `${region}-${letter}`;

/** `getZones`: the zones selling an instance type (or all), with what each offers. */
export function zonesAnswer(region: string, inputs: Inputs): Inputs {
    const sold = inputs.availableInstanceType
        ? new Set(instanceTypes.find((t) => t.id === inputs.availableInstanceType)?.zoneLetters ?? [])
        : new Set(zoneLetters);
    const zones = zoneLetters
        .filter((letter) => sold.has(letter))
        .map((letter) => ({
            id: zoneOf(region, letter),
            localName: `Zone ${letter.toUpperCase()}`,
            availableResourceCreations: ["VSwitch", "Instance", "Disk"],
            availableDiskCategories: ["cloud_efficiency", "cloud_essd", "cloud_essd_entry"],
            availableInstanceTypes: instanceTypes.filter((t) => t.zoneLetters.includes(letter)).map((t) => t.id),
            multiZoneIds: [],
            slbSlaveZoneIds: [],
        }));
    return { id: region, ids: zones.map((z) => z.id), zones };
}

const typeOrder: Record<string, (a: MockInstanceType, b: MockInstanceType) => number> = {
    CPU: (a, b) => a.cpuCoreCount - b.cpuCoreCount,
    Memory: (a, b) => a.memorySize - b.memorySize,
    Price: (a, b) => a.price - b.price,
};

/**
 * `ecs.getInstanceTypes` as the provider answers it: the zones of each type sorted, the list in
 * `sortedBy` order, and a `price` only with `sortedBy: "Price"` (the provider asks BssOpenApi for it
 * then and never otherwise).
 */
export function instanceTypesAnswer(region: string, inputs: Inputs): Inputs {
    const zoneLetter = inputs.availabilityZone ? String(inputs.availabilityZone).split("-").pop() : undefined;
    const order = typeOrder[inputs.sortedBy];
    const found = instanceTypes
        .filter((t) => !inputs.instanceTypeFamily || t.family === inputs.instanceTypeFamily)
        .filter((t) => !inputs.instanceType || t.id === inputs.instanceType)
        .filter((t) => zoneLetter === undefined || t.zoneLetters.includes(zoneLetter))
        .sort(order ?? (() => 0))
        .map((t) => ({
            id: t.id,
            family: t.family,
            cpuCoreCount: t.cpuCoreCount,
            memorySize: t.memorySize,
            price: inputs.sortedBy === "Price" ? t.price.toFixed(4) : "",
            availabilityZones: t.zoneLetters.map((letter) => zoneOf(region, letter)).sort(),
            burstableInstance: { baselineCredit: "10", initialCredit: "60" },
            gpu: { amount: "0", category: "" },
            localStorage: { amount: "0", capacity: "0", category: "" },
        }));
    return { id: region, ids: found.map((t) => t.id), instanceTypes: found };
}

/** `ecs.getImages`: the images whose name matches, newest first with `mostRecent`. */
export function imagesAnswer(region: string, inputs: Inputs): Inputs {
    const pattern = inputs.nameRegex ? new RegExp(inputs.nameRegex) : undefined;
    const found = images
        .filter((image) => pattern === undefined || pattern.test(image.name))
        .sort((a, b) => (inputs.mostRecent ? b.creationTime.localeCompare(a.creationTime) : 0))
        .map((image) => ({ ...image, imageId: image.id, osType: "linux", architecture: "x86_64", status: "Available" }));
    return { id: region, ids: found.map((i) => i.id), images: found };
}
