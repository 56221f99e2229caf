import { ResourceTypes as T } from "../../../policy/support/resourceTypes";
import { fixture, FixtureResource } from "../support/harness";
import { AdversarialCase, pair } from "./caseTypes";

const bullet = "the whole internet spelled another way" as const;
const sg = fixture(T.securityGroup, "web-sg", { id: "sg-1", vpcId: "vpc-1" });
const rule = (name: string, props: Record<string, unknown>, group = "sg-1"): FixtureResource =>
    fixture(T.securityGroupRule, name, { securityGroupId: group, type: "ingress", ipProtocol: "tcp", portRange: "22/22", policy: "accept", ...props });
const sensitive = "security-group-no-public-sensitive-ports";
const union = "security-group-ingress-union-not-public";
const rds = (securityIps: unknown) => fixture(T.rdsInstance, "db", { engine: "MySQL", securityIps });
const redis = (securityIps: unknown) => fixture(T.redisInstance, "cache", { password: "S3cret!pass", securityIps });

/** The internet written as IPv6 shorthands, in pieces, in prefix lists and in whitelists. */
export const worldOpenCases: AdversarialCase[] = [
    ...pair(bullet, "SSH from ::0/0", sensitive, [rule("ssh", { ipv6CidrIp: "::0/0" })], [rule("ssh", { ipv6CidrIp: "2001:db8::/32" })]),
    ...pair(bullet, "SSH from 0:0:0:0:0:0:0:0/0", sensitive, [rule("ssh", { ipv6CidrIp: "0:0:0:0:0:0:0:0/0" })], [rule("ssh", { ipv6CidrIp: "2001:db8:0:0:0:0:0:7/128" })]),
    ...pair(bullet, "SSH from 0.0.0.1/0 (host bits on a /0)", sensitive, [rule("ssh", { cidrIp: "0.0.0.1/0" })], [rule("ssh", { cidrIp: "198.51.100.7/32" })]),
    ...pair(bullet, "SSH from ' 0.0.0.0/0 ' (blanks around)", sensitive, [rule("ssh", { cidrIp: " 0.0.0.0/0 " })], [rule("ssh", { cidrIp: " 198.51.100.0/24 " })]),
    ...pair(bullet, "SSH from 0.0.0.0/1 + 128.0.0.0/1 in one security group", union,
        [sg, rule("low", { cidrIp: "0.0.0.0/1" }), rule("high", { cidrIp: "128.0.0.0/1" })],
        [sg, rule("low", { cidrIp: "0.0.0.0/1" }), rule("high", { cidrIp: "128.0.0.0/2" })]),
    ...pair(bullet, "SSH halves in one security group, or split across two", union,
        [sg, rule("low", { cidrIp: "0.0.0.0/1" }), rule("high", { cidrIp: "128.0.0.0/1" })],
        [sg, rule("low", { cidrIp: "0.0.0.0/1" }), rule("high", { cidrIp: "128.0.0.0/1" }, "sg-2")]),
    ...pair(bullet, "MySQL from four /2 quarters, one on a wider range", union,
        [sg, ...["0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/2"].map((cidrIp, i) => rule(`q${i}`, { cidrIp, portRange: "3306/3306" })), rule("q3", { cidrIp: "192.0.0.0/2", portRange: "3000/4000" })],
        [sg, ...["0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/2"].map((cidrIp, i) => rule(`q${i}`, { cidrIp, portRange: "3306/3306" })), rule("q3", { cidrIp: "192.0.0.0/2", portRange: "3307/4000" })]),
    ...pair(bullet, "IPv6 halves ::/1 + 8000::/1 on RDP", union,
        [sg, rule("a", { ipv6CidrIp: "::/1", portRange: "3389/3389" }), rule("b", { ipv6CidrIp: "8000::/1", portRange: "3389/3389" })],
        [sg, rule("a", { ipv6CidrIp: "::/1", portRange: "3389/3389" }), rule("b", { ipv6CidrIp: "8000::/2", portRange: "3389/3389" })]),
    ...pair(bullet, "every TCP port from the world, split over two ranges", union,
        [sg, rule("lo", { cidrIp: "0.0.0.0/0", portRange: "1/32767" }), rule("hi", { cidrIp: "0.0.0.0/0", portRange: "32768/65535" })],
        [sg, rule("lo", { cidrIp: "0.0.0.0/0", portRange: "1000/2000" }), rule("hi", { cidrIp: "0.0.0.0/0", portRange: "32768/65535" })]),
    ...pair(bullet, "SSH from an ECS prefix list that holds 0.0.0.0/0", union,
        [sg, fixture(T.ecsPrefixList, "pl", { id: "pl-1", entries: [{ cidr: "0.0.0.0/0" }] }), rule("ssh", { prefixListId: "pl-1" })],
        [sg, fixture(T.ecsPrefixList, "pl", { id: "pl-1", entries: [{ cidr: "198.51.100.0/24" }] }), rule("ssh", { prefixListId: "pl-1" })]),
    ...pair(bullet, "RDS whitelist with the bare 0.0.0.0", "rds-whitelist-no-public", [rds(["10.0.0.0/8", "0.0.0.0"])], [rds(["10.0.0.0/8", "127.0.0.1"])]),
    ...pair(bullet, "Redis whitelist with the bare 0.0.0.0", "redis-whitelist-no-public", [redis(["0.0.0.0"])], [redis(["172.16.1.0/24"])]),
    ...pair(bullet, "RDS whitelist covering IPv4 in two halves inside one comma-separated entry", "rds-whitelist-no-public",
        [rds(["0.0.0.0/1,128.0.0.0/1"])], [rds(["0.0.0.0/1,128.0.0.0/2"])]),
    ...pair(bullet, "Tair whitelist given as one string with ::/0", "redis-whitelist-no-public",
        [fixture(T.tairInstance, "tair", { securityIps: "10.0.0.0/8,::/0" })], [fixture(T.tairInstance, "tair", { securityIps: "10.0.0.0/8" })]),
];
