import { ResourceTypes as T } from "../../../policy/support/resourceTypes";
import { fixture } from "../support/harness";
import { AdversarialCase, pair } from "./caseTypes";

const bullet = "narrow baseline" as const;
const world = (portRange: string, ipProtocol = "tcp") =>
    fixture(T.securityGroupRule, "rule", { securityGroupId: "sg-1", type: "ingress", policy: "accept", ipProtocol, portRange, cidrIp: "0.0.0.0/0" });
const sensitive = "security-group-no-public-sensitive-ports";

/** Anchor ports beyond 22/3389, port-less protocols, deletion protection, public databases and load balancers. */
export const baselineCases: AdversarialCase[] = [
    ...[
        ["FTP", "21/21"],
        ["Telnet", "23/23"],
        ["SMB", "445/445"],
        ["SQL Server", "1433/1433"],
        ["MySQL", "3306/3306"],
        ["PostgreSQL", "5432/5432"],
        ["Redis", "6379/6379"],
        ["MongoDB", "27017/27017"],
        ["Memcached over UDP", "11211/11211"],
    ].flatMap(([service, range]) =>
        pair(bullet, `${service} (${range}) from the world`, sensitive, [world(range, service.includes("UDP") ? "udp" : "tcp")], [world("443/443")]),
    ),
    ...pair(bullet, "GRE -1/-1 from the world", "security-group-no-public-all-ports", [world("-1/-1", "gre")], [world("-1/-1", "icmp")]),
    ...pair(bullet, "ALB without deletion protection", "deletion-protection-enabled",
        [fixture(T.albLoadBalancer, "alb", { addressType: "Intranet", loadBalancerEdition: "Basic" })],
        [fixture(T.albLoadBalancer, "alb", { addressType: "Intranet", loadBalancerEdition: "Basic", deletionProtectionEnabled: true })], "advisory"),
    ...pair(bullet, "NAT gateway without deletion protection", "deletion-protection-enabled",
        [fixture(T.natGateway, "nat", { natType: "Enhanced", vswitchId: "vsw-1" })],
        [fixture(T.natGateway, "nat", { natType: "Enhanced", vswitchId: "vsw-1", deletionProtection: true })], "advisory"),
    ...pair(bullet, "Redis public connection (kvstore.Connection)", "database-no-public-endpoint",
        [fixture(T.redisConnection, "public", { instanceId: "r-1", connectionStringPrefix: "shop", port: "6379" })],
        [fixture(T.redisInstance, "cache", { password: "S3cret!pass", securityIps: ["10.0.0.0/8"], instanceReleaseProtection: true })], "advisory"),
    ...pair(bullet, "Redis instance with enablePublic", "database-no-public-endpoint",
        [fixture(T.redisInstance, "cache", { password: "S3cret!pass", enablePublic: true })], [fixture(T.redisInstance, "cache", { password: "S3cret!pass", enablePublic: false })], "advisory"),
    ...pair(bullet, "internet-facing CLB", "load-balancer-internet-facing",
        [fixture(T.slbApplicationLoadBalancer, "slb", { addressType: "internet" })], [fixture(T.slbApplicationLoadBalancer, "slb", { addressType: "intranet", vswitchId: "vsw-1" })], "advisory"),
    ...pair(bullet, "internet-facing ALB", "load-balancer-internet-facing",
        [fixture(T.albLoadBalancer, "alb", { addressType: "Internet" })], [fixture(T.albLoadBalancer, "alb", { addressType: "Intranet" })], "advisory"),
];
