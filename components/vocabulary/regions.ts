import { closestHint, describeValue } from "./problems";

/**
 * The region ids the Alibaba Cloud provider accepts without `skip_region_validation`: the
 * `ValidRegions` list of aliyun/terraform-provider-alicloud, alicloud/connectivity/regions.go
 * (lines 66-78 at 81c43b6, 2026-08). A region missing here is reported with this source named.
 */
export const knownRegions: readonly string[] = [
    "cn-hangzhou", "cn-qingdao", "cn-beijing", "cn-shenzhen", "cn-hongkong", "cn-shanghai", "cn-zhangjiakou", "cn-huhehaote",
    "cn-chengdu", "cn-heyuan", "cn-wulanchabu", "cn-guangzhou", "cn-nanjing", "cn-fuzhou", "cn-zhongwei",
    "us-west-1", "us-east-1", "us-southeast-1",
    "na-south-1",
    "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-5", "ap-southeast-6",
    "ap-southeast-7", "ap-southeast-8",
    "ap-south-1",
    "me-east-1", "me-central-1",
    "eu-central-1", "eu-west-1", "rus-west-1",
    "cn-north-2-gov-1",
    "cn-shenzhen-finance-1", "cn-szfinance", "cn-shenzhen-finance",
    "cn-shanghai-finance-1-pub", "cn-shanghai-finance-1",
    "cn-hangzhou-finance", "cn-hzfinance", "cn-hzjbp",
    "cn-beijing-finance-1", "cn-beijing-finance-1-pub",
];

const regionForm = /^[a-z]{2,3}(?:-[a-z0-9]+)+$/;

/** True for an id of a region's form (`cn-hangzhou`, `ap-southeast-1`), known or not. */
export function isRegionId(region: string): boolean {
    return regionForm.test(region);
}

/**
 * The problem with a region id, with the closest known region as a hint; undefined when it is known.
 * With `skipRegionValidation` (the provider's own switch, for regions newer than its list) any id of
 * the right form passes.
 */
export function regionProblem(arg: string, region: string, skipRegionValidation = false): string | undefined {
    if (knownRegions.includes(region) || (skipRegionValidation && regionForm.test(region))) {
        return undefined;
    }
    if (region.trim() === "") {
        return `${arg}: is empty; set a region id such as "cn-hangzhou"`;
    }
    const what = regionForm.test(region) ? "is not an Alibaba Cloud region" : "is not a region id";
    return `${arg}: ${describeValue(region)} ${what}${closestHint(region, knownRegions)}; use a region id the Alibaba Cloud provider knows, such as "cn-hangzhou"`;
}

/**
 * The problem with a zone id: its form (`<region>-<letter>` or `<region><letter>`, as
 * "cn-hangzhou-h" or "ap-southeast-1a") and, when the region is known, that it is a zone of it.
 */
export function zoneProblem(arg: string, zone: string, region?: string): string | undefined {
    const match = /^([a-z]{2,3}(?:-[a-z0-9]+)*?)-?([a-z])$/.exec(zone);
    if (match === null || !/^[a-z]{2,3}(?:-[a-z0-9]+)+$/.test(zone)) {
        return `${arg}: ${describeValue(zone)} is not a zone id; write it as the region followed by the zone letter, e.g. "cn-hangzhou-h"`;
    }
    if (region !== undefined && knownRegions.includes(region) && !(zone.startsWith(`${region}-`) || zone === `${region}${match[2]}`) ) {
        return `${arg}: ${describeValue(zone)} is not a zone of the region ${region}; use a zone of ${region} such as "${region}-a", or change alicloud:region`;
    }
    return undefined;
}
