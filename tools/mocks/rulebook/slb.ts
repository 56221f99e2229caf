/** Classic Load Balancer (CLB): the instance, its listeners and its backends. */
import { ramActions } from "./ramActions";
import { cloudRule, doc, intBetween, oneOf, providerLine, required } from "./sources";
import { ResourceEntry } from "./types";

const lb = (line: number) => providerLine("resource_alicloud_slb_load_balancer.go", line);
const listener = (line: number) => providerLine("resource_alicloud_slb_listener.go", line);

/** Alibaba's CLB FAQ: no new pay-by-specification instances since 2025-06-01; pay-by-LCU is the default. */
export const payBySpecEndOfSale = doc("https://www.alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/faq-about-clb-2", "2025-12-03");
/** Pay-as-you-go CLB configuration: a pay-by-LCU instance has no specification. */
export const payByLcuNoSpec = doc("https://www.alibabacloud.com/help/doc-detail/127268.htm", "2026-02-11");
/** CLB billing: subscription instances can no longer be bought since 2024-12-01. */
export const subscriptionEndOfSale = doc("https://help.aliyun.com/document_detail/27692.html", "read 2026-12-01");

export const slbResources: ResourceEntry[] = [
    {
        type: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
        terraform: "alicloud_slb_load_balancer",
        file: "resource_alicloud_slb_load_balancer.go",
        ram: ramActions["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"],
        timeouts: { create: 5, delete: 9, source: lb(24) },
        waitsFor: { attribute: "status", targets: ["active"], source: lb(335) },
        reportedStatus: { attribute: "status", value: "active" },
        rules: [
            oneOf("addressType", ["internet", "intranet"], lb(65)),
            oneOf("internetChargeType", ["PayByBandwidth", "PayByTraffic"], lb(94)),
            oneOf("paymentType", ["PayAsYouGo", "Subscription"], lb(175)),
            oneOf("instanceChargeType", ["PayBySpec", "PayByCLCU"], lb(181)),
            oneOf("deleteProtection", ["off", "on"], lb(82)),
            oneOf(
                "loadBalancerSpec",
                ["slb.s1.small", "slb.s2.medium", "slb.s2.small", "slb.s3.large", "slb.s3.medium", "slb.s3.small", "slb.s4.large", "slb.lcu.elastic"],
                lb(120),
            ),
            cloudRule("clb-pay-by-spec-not-sold", payBySpecEndOfSale, (inputs) =>
                inputs.paymentType !== "Subscription" && inputs.instanceChargeType !== "PayByCLCU"
                    ? `instanceChargeType: ${JSON.stringify(inputs.instanceChargeType ?? "PayBySpec (the provider's default)")}: pay-by-specification CLB instances can no longer be bought (since 2025-06-01); set instanceChargeType: "PayByCLCU" and leave loadBalancerSpec unset`
                    : undefined, { instanceChargeType: "PayBySpec", loadBalancerSpec: "slb.s1.small" }),
            cloudRule("clb-lcu-has-no-spec", payByLcuNoSpec, (inputs) =>
                inputs.instanceChargeType === "PayByCLCU" && inputs.loadBalancerSpec !== undefined
                    ? `loadBalancerSpec: "${inputs.loadBalancerSpec}" with PayByCLCU; a pay-by-LCU instance scales with use and has no specification, so remove loadBalancerSpec`
                    : undefined, { instanceChargeType: "PayByCLCU", loadBalancerSpec: "slb.s1.small" }),
            cloudRule("clb-subscription-not-sold", subscriptionEndOfSale, (inputs) =>
                inputs.paymentType === "Subscription"
                    ? "paymentType: Subscription CLB instances can no longer be bought (since 2024-12-01); use PayAsYouGo with instanceChargeType PayByCLCU"
                    : undefined, { paymentType: "Subscription" }),
            cloudRule("clb-internal-needs-vswitch", lb(208), (inputs) =>
                inputs.addressType === "intranet" && !inputs.vswitchId ? "vswitchId: not set for an intranet CLB; set the vSwitch it takes its address from" : undefined, { addressType: "intranet" }),
        ],
    },
    {
        type: "alicloud:slb/listener:Listener",
        terraform: "alicloud_slb_listener",
        file: "resource_alicloud_slb_listener.go",
        ram: ramActions["alicloud:slb/listener:Listener"],
        rules: [
            required("loadBalancerId", listener(29)),
            required("frontendPort", listener(38)),
            intBetween("frontendPort", 1, 65535, listener(38)),
            intBetween("backendPort", 1, 65535, listener(50)),
            required("protocol", listener(69)),
            oneOf("protocol", ["http", "https", "tcp", "udp"], listener(69)),
            oneOf("scheduler", ["wrr", "wlc", "rr", "sch", "tch", "qch"], listener(84)),
            oneOf("stickySession", ["on", "off"], listener(125)),
            oneOf("healthCheck", ["on", "off"], listener(164)),
            oneOf("healthCheckMethod", ["head", "get"], listener(172)),
            cloudRule("health-check-uri-length", listener(196), (inputs) =>
                inputs.healthCheckUri === undefined || (inputs.healthCheckUri.length >= 1 && inputs.healthCheckUri.length <= 80)
                    ? undefined
                    : `healthCheckUri: ${JSON.stringify(inputs.healthCheckUri)} is not 1 to 80 characters; use a shorter path`, { healthCheckUri: `/${"a".repeat(80)}` },
            "preview"),
            intBetween("healthyThreshold", 1, 10, listener(212)),
            intBetween("unhealthyThreshold", 1, 10, listener(219)),
            intBetween("healthCheckTimeout", 1, 300, listener(227)),
            intBetween("healthCheckInterval", 1, 50, listener(234)),
            intBetween("healthCheckConnectPort", 0, 65535, { where: "website/docs/r/slb_listener.html.markdown:139" }, "up"),
            cloudRule("health-check-http-codes", { where: "website/docs/r/slb_listener.html.markdown:144" }, (inputs) => {
                const codes = inputs.healthCheckHttpCode === undefined ? [] : String(inputs.healthCheckHttpCode).split(",");
                const bad = codes.filter((c) => !["http_2xx", "http_3xx", "http_4xx", "http_5xx"].includes(c));
                return bad.length === 0 ? undefined : `healthCheckHttpCode: ${bad.join(", ")} is not one of http_2xx, http_3xx, http_4xx, http_5xx; use them, comma-separated`;
            }, { healthCheckHttpCode: "http_2xx,http_6xx" }),
        ],
    },
    {
        type: "alicloud:slb/backendServer:BackendServer",
        terraform: "alicloud_slb_backend_server",
        file: "resource_alicloud_slb_backend_server.go",
        ram: ramActions["alicloud:slb/backendServer:BackendServer"],
        rules: [
            required("loadBalancerId", providerLine("resource_alicloud_slb_backend_server.go", 25)),
            cloudRule("backend-weights", { where: "website/docs/r/slb_backend_server.html.markdown:115" }, (inputs) => {
                const servers: Array<Record<string, any>> = inputs.backendServers ?? [];
                const bad = servers.filter((s) => s.weight !== undefined && !(Number.isInteger(s.weight) && s.weight >= 0 && s.weight <= 100));
                return bad.length === 0 ? undefined : `backendServers: weight ${bad.map((s) => s.weight).join(", ")} is out of range; use 0 to 100`;
            }, { backendServers: [{ serverId: "i-1", weight: 101 }] }),
            cloudRule("backend-types", { where: "website/docs/r/slb_backend_server.html.markdown:116" }, (inputs) => {
                const servers: Array<Record<string, any>> = inputs.backendServers ?? [];
                const bad = servers.filter((s) => s.type !== undefined && !["ecs", "eni", "eci"].includes(s.type));
                return bad.length === 0 ? undefined : `backendServers: type ${bad.map((s) => s.type).join(", ")} is not ecs, eni or eci; use one of them`;
            }, { backendServers: [{ serverId: "i-1", type: "vm" }] }),
        ],
    },
];
