import assert from "node:assert/strict";
import { vpcCidrProblems, vswitchCidrProblems } from "../../components/network";

const useRfc1918 = "choose a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16";

describe("network/alibaba", () => {
    describe("vpcCidrProblems", () => {
        const cases: Array<[string, string[]]> = [
            ["10.0.0.0/8", []],
            ["172.16.0.0/12", []],
            ["192.168.0.0/16", []],
            ["192.168.0.0/28", []],
            ["47.100.0.0/16", []], // user (public) blocks are allowed
            ["10.0.0.0", [`vpcCidr: "10.0.0.0" is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16`]],
            ["fd00::/48", [`vpcCidr: "fd00::/48" is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16`]],
            [
                "10.0.0.1/16",
                [`vpcCidr: "10.0.0.1/16" has host bits set; the block starts at 10.0.0.0/16, write that instead`],
            ],
            ["10.0.0.0/7", [`vpcCidr: "10.0.0.0/7" has prefix /7; Alibaba Cloud VPC blocks must be /8 to /28`]],
            ["10.0.0.0/29", [`vpcCidr: "10.0.0.0/29" has prefix /29; Alibaba Cloud VPC blocks must be /8 to /28`]],
            ["100.64.0.0/16", [`vpcCidr: "100.64.0.0/16" overlaps the reserved block 100.64.0.0/10; ${useRfc1918}`]],
            ["100.0.0.0/8", [`vpcCidr: "100.0.0.0/8" overlaps the reserved block 100.64.0.0/10; ${useRfc1918}`]],
            ["224.0.0.0/8", [`vpcCidr: "224.0.0.0/8" overlaps the reserved block 224.0.0.0/4; ${useRfc1918}`]],
            ["127.0.0.0/8", [`vpcCidr: "127.0.0.0/8" overlaps the reserved block 127.0.0.0/8; ${useRfc1918}`]],
            ["169.254.0.0/16", [`vpcCidr: "169.254.0.0/16" overlaps the reserved block 169.254.0.0/16; ${useRfc1918}`]],
            ["0.0.0.0/16", [`vpcCidr: "0.0.0.0/16" overlaps the reserved block 0.0.0.0/8; ${useRfc1918}`]],
            [
                "64.0.0.0/2",
                [
                    `vpcCidr: "64.0.0.0/2" has prefix /2; Alibaba Cloud VPC blocks must be /8 to /28`,
                    `vpcCidr: "64.0.0.0/2" overlaps the reserved block 100.64.0.0/10; ${useRfc1918}`,
                    `vpcCidr: "64.0.0.0/2" overlaps the reserved block 127.0.0.0/8; ${useRfc1918}`,
                ],
            ],
        ];
        for (const [cidr, expected] of cases) {
            it(`${cidr}: ${expected.length} problem(s)`, () => assert.deepEqual(vpcCidrProblems("vpcCidr", cidr), expected));
        }
    });

    describe("vswitchCidrProblems", () => {
        const cases: Array<[string, string | undefined, string[]]> = [
            ["10.0.0.0/24", "10.0.0.0/16", []],
            ["10.0.0.0/16", "10.0.0.0/16", []],
            ["10.0.0.0/29", undefined, []],
            ["10.0.0.0/24", "not-a-cidr", []], // the VPC block is reported by vpcCidrProblems
            [
                "10.0.0.0/24 ",
                "10.0.0.0/16",
                [`vswitchCidr: "10.0.0.0/24 " is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16`],
            ],
            [
                "10.0.0.8/24",
                "10.0.0.0/16",
                [`vswitchCidr: "10.0.0.8/24" has host bits set; the block starts at 10.0.0.0/24, write that instead`],
            ],
            [
                "10.0.0.0/15",
                undefined,
                [`vswitchCidr: "10.0.0.0/15" has prefix /15; Alibaba Cloud vSwitch blocks must be /16 to /29`],
            ],
            [
                "10.0.0.0/30",
                "10.0.0.0/16",
                [`vswitchCidr: "10.0.0.0/30" has prefix /30; Alibaba Cloud vSwitch blocks must be /16 to /29`],
            ],
            [
                "172.17.96.0/20",
                "172.18.0.0/16",
                [
                    `vswitchCidr: "172.17.96.0/20" is outside the VPC block 172.18.0.0/16; ` +
                        `choose a vSwitch block inside 172.18.0.0/16`,
                ],
            ],
            [
                "10.0.0.0/16",
                "10.0.0.0/20", // a vSwitch larger than its VPC is outside it too
                [`vswitchCidr: "10.0.0.0/16" is outside the VPC block 10.0.0.0/20; choose a vSwitch block inside 10.0.0.0/20`],
            ],
            [
                "10.1.0.0/30",
                "10.0.0.0/16",
                [
                    `vswitchCidr: "10.1.0.0/30" has prefix /30; Alibaba Cloud vSwitch blocks must be /16 to /29`,
                    `vswitchCidr: "10.1.0.0/30" is outside the VPC block 10.0.0.0/16; choose a vSwitch block inside 10.0.0.0/16`,
                ],
            ],
        ];
        for (const [cidr, vpc, expected] of cases) {
            it(`${JSON.stringify(cidr)} in ${vpc ?? "no VPC"}: ${expected.length} problem(s)`, () =>
                assert.deepEqual(vswitchCidrProblems("vswitchCidr", cidr, vpc), expected));
        }
    });
});
