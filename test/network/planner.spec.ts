import assert from "node:assert/strict";
import fc from "fast-check";
import {
    blockAt,
    BlockRequest,
    carveBlocks,
    contains,
    findOverlaps,
    parseCidr,
    planVpcLayout,
    planVswitches,
    splitEvenly,
    vpcCidrProblems,
    vswitchCidrProblems,
} from "../../components/network";

const RUNS = { numRuns: 200 };
const doesNotFit = (count: number, summary: string, parent: string) =>
    `cannot fit ${count} blocks (${summary}) into ${parent}; use a larger parent block or smaller blocks`;

/** Asserts the CIDRs are inside `parent` and pairwise disjoint; returns their parsed blocks. */
function assertDisjointInside(parent: string, cidrs: string[]) {
    const parentBlock = parseCidr(parent);
    const blocks = cidrs.map(parseCidr); // parseCidr rejects unaligned blocks (host bits)
    for (const block of blocks) assert.ok(contains(parentBlock, block), `${block.text} is outside ${parent}`);
    assert.deepEqual(findOverlaps(cidrs.map((cidr) => ({ label: cidr, cidr }))), []);
    return blocks;
}

/** A parent block anywhere in the IPv4 space with a prefix from minPrefix to maxPrefix. */
const parentArb = (minPrefix: number, maxPrefix: number) =>
    fc
        .record({ address: fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), prefix: fc.integer({ min: minPrefix, max: maxPrefix }) })
        .map(({ address, prefix }) => {
            const size = 2n ** BigInt(32 - prefix);
            return blockAt(address - (address % size), prefix).text;
        });

describe("network/planner", () => {
    describe("carveBlocks", () => {
        it("places the largest block first and equal sizes in input order", () => {
            const requests = [
                { name: "app", prefix: 24 },
                { name: "data", prefix: 20 },
                { name: "mgmt", prefix: 24 },
            ];
            const carved = carveBlocks("10.0.0.0/16", requests);
            assert.deepEqual(carved, { app: "10.0.16.0/24", data: "10.0.0.0/20", mgmt: "10.0.17.0/24" });
            assert.deepEqual(Object.keys(carved), ["app", "data", "mgmt"]);
            assert.deepEqual(carveBlocks("10.0.0.0/16", requests), carved);
        });

        it("fills the parent exactly when the sizes add up", () => {
            assert.deepEqual(
                carveBlocks("192.168.0.0/24", [
                    { name: "a", prefix: 26 },
                    { name: "b", prefix: 25 },
                    { name: "c", prefix: 26 },
                ]),
                { a: "192.168.0.128/26", b: "192.168.0.0/25", c: "192.168.0.192/26" },
            );
        });

        it("returns nothing for no requests", () => assert.deepEqual(carveBlocks("10.0.0.0/8", []), {}));

        const errors: Array<[string, string, BlockRequest[], string]> = [
            ["one block too many", "10.0.0.0/24", [1, 2, 3].map((i) => ({ name: `s${i}`, prefix: 25 })), doesNotFit(3, "3 x /25", "10.0.0.0/24")],
            [
                "a summary per prefix in input order",
                "10.0.0.0/20",
                [
                    { name: "a", prefix: 24 },
                    { name: "b", prefix: 20 },
                    { name: "c", prefix: 24 },
                ],
                doesNotFit(3, "2 x /24, 1 x /20", "10.0.0.0/20"),
            ],
            [
                "a duplicate name",
                "10.0.0.0/16",
                [
                    { name: "web", prefix: 24 },
                    { name: "web", prefix: 24 },
                ],
                `block name "web" is requested twice; give every block a unique name`,
            ],
            [
                "a block larger than the parent",
                "10.0.0.0/16",
                [{ name: "huge", prefix: 12 }],
                `block "huge" (/12) is larger than the parent 10.0.0.0/16; use a prefix of /16 or longer`,
            ],
            [
                "a prefix beyond /32",
                "10.0.0.0/16",
                [{ name: "tiny", prefix: 33 }],
                `block "tiny" has prefix 33; a prefix is a whole number from 0 to 32`,
            ],
            [
                "a malformed parent",
                "10.0.0.0/16 ",
                [],
                `"10.0.0.0/16 " is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16`,
            ],
        ];
        for (const [title, parent, requests, message] of errors) {
            it(`rejects ${title}`, () => {
                assert.throws(() => carveBlocks(parent, requests), { name: "CidrError", message });
            });
        }

        it("property: blocks that fit are disjoint, aligned, inside the parent and as requested", () => {
            const setup = parentArb(8, 28).chain((parent) => {
                const parentPrefix = parseCidr(parent).prefix;
                const prefix = fc.integer({ min: parentPrefix, max: Math.min(32, parentPrefix + 8) });
                return fc.record({ parent: fc.constant(parent), prefixes: fc.array(prefix, { maxLength: 40 }) });
            });
            fc.assert(
                fc.property(setup, ({ parent, prefixes }) => {
                    // Keep the requests whose running total still fits the parent.
                    let room = parseCidr(parent).size;
                    const requests = prefixes
                        .filter((prefix) => {
                            const size = 2n ** BigInt(32 - prefix);
                            if (size > room) return false;
                            room -= size;
                            return true;
                        })
                        .map((prefix, i) => ({ name: `block-${i}`, prefix }));
                    const carved = carveBlocks(parent, requests);
                    assert.deepEqual(Object.keys(carved), requests.map((r) => r.name));
                    const blocks = assertDisjointInside(parent, Object.values(carved));
                    blocks.forEach((block, i) => assert.equal(block.prefix, requests[i].prefix));
                }),
                RUNS,
            );
        });

        it("property: carving succeeds exactly when the sizes add up to at most the parent", () => {
            const prefixes = fc.array(fc.integer({ min: 16, max: 24 }), { maxLength: 300 });
            fc.assert(
                fc.property(prefixes, (list) => {
                    const total = list.reduce((sum, prefix) => sum + 2n ** BigInt(32 - prefix), 0n);
                    const requests = list.map((prefix, i) => ({ name: `b${i}`, prefix }));
                    const fits = total <= parseCidr("10.0.0.0/12").size;
                    if (fits) assert.equal(Object.keys(carveBlocks("10.0.0.0/12", requests)).length, list.length);
                    else assert.throws(() => carveBlocks("10.0.0.0/12", requests), /^CidrError: cannot fit/);
                }),
                RUNS,
            );
        });
    });

    describe("splitEvenly", () => {
        const cases: Array<[string, number, number | undefined, string[]]> = [
            ["10.0.0.0/8", 4, undefined, ["10.0.0.0/10", "10.64.0.0/10", "10.128.0.0/10", "10.192.0.0/10"]],
            ["10.0.0.0/8", 3, undefined, ["10.0.0.0/10", "10.64.0.0/10", "10.128.0.0/10"]],
            ["10.0.0.0/8", 1, undefined, ["10.0.0.0/8"]],
            ["10.0.0.0/8", 2, 16, ["10.0.0.0/16", "10.1.0.0/16"]],
            ["192.168.1.0/30", 4, undefined, ["192.168.1.0/32", "192.168.1.1/32", "192.168.1.2/32", "192.168.1.3/32"]],
        ];
        for (const [parent, count, prefix, expected] of cases) {
            it(`${parent} into ${count}${prefix === undefined ? "" : ` x /${prefix}`}`, () =>
                assert.deepEqual(splitEvenly(parent, count, prefix), expected));
        }

        const errors: Array<[string, number, number | undefined, string]> = [
            ["10.0.0.0/8", 0, undefined, "count must be a whole number of at least 1, got 0"],
            ["10.0.0.0/8", 2.5, undefined, "count must be a whole number of at least 1, got 2.5"],
            ["192.168.1.0/30", 5, undefined, "cannot split 192.168.1.0/30 into 5 blocks; it has only 4 addresses"],
            ["10.0.0.0/16", 2, 8, "cannot split 10.0.0.0/16 into /8 blocks; use a prefix from /16 to /32"],
            ["10.0.0.0/16", 2, 33, "cannot split 10.0.0.0/16 into /33 blocks; use a prefix from /16 to /32"],
            ["10.0.0.0/16", 3, 17, doesNotFit(3, "3 x /17", "10.0.0.0/16")],
        ];
        for (const [parent, count, prefix, message] of errors) {
            it(`rejects ${parent} into ${count} x /${prefix ?? "default"}`, () =>
                assert.throws(() => splitEvenly(parent, count, prefix), { name: "CidrError", message }));
        }

        it("property: consecutive equal blocks from the start; a power-of-two count covers the parent", () => {
            const setup = fc.record({ parent: parentArb(0, 26), count: fc.integer({ min: 1, max: 64 }) });
            fc.assert(
                fc.property(setup, ({ parent, count }) => {
                    const blocks = assertDisjointInside(parent, splitEvenly(parent, count));
                    const parentBlock = parseCidr(parent);
                    assert.equal(blocks.length, count);
                    assert.equal(blocks[0].first, parentBlock.first);
                    blocks.forEach((block, i) => {
                        assert.equal(block.size, blocks[0].size);
                        if (i > 0) assert.equal(block.first, blocks[i - 1].last + 1n);
                    });
                    // The default size is the largest that fits: doubling it would not.
                    assert.ok(blocks[0].size * 2n * BigInt(count) > parentBlock.size);
                    if ((count & (count - 1)) === 0) assert.equal(blocks[count - 1].last, parentBlock.last);
                }),
                RUNS,
            );
        });
    });

    describe("planVpcLayout", () => {
        const cases: Array<[string, number, number | undefined, string[]]> = [
            ["10.0.0.0/8", 4, undefined, ["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16"]],
            ["172.16.0.0/12", 3, 20, ["172.16.0.0/20", "172.16.16.0/20", "172.16.32.0/20"]],
            ["192.168.0.0/16", 2, undefined, ["192.168.0.0/17", "192.168.128.0/17"]],
            ["172.16.0.0/14", 5, undefined, ["172.16.0.0/17", "172.16.128.0/17", "172.17.0.0/17", "172.17.128.0/17", "172.18.0.0/17"]],
        ];
        for (const [supernet, count, prefix, expected] of cases) {
            it(`${count} VPCs in ${supernet}`, () => assert.deepEqual(planVpcLayout(supernet, count, prefix), expected));
        }

        const errors: Array<[string, number, number | undefined, string]> = [
            [
                "10.0.0.0/24",
                32,
                undefined,
                "cannot plan 32 VPC blocks of /29 in 10.0.0.0/24; Alibaba Cloud VPC blocks must be /8 to /28, " +
                    "so use a larger supernet, fewer VPCs or a vpcPrefix in that range",
            ],
            [
                "0.0.0.0/0",
                2,
                4,
                "cannot plan 2 VPC blocks of /4 in 0.0.0.0/0; Alibaba Cloud VPC blocks must be /8 to /28, " +
                    "so use a larger supernet, fewer VPCs or a vpcPrefix in that range",
            ],
            ["10.0.0.0/8", 0, undefined, "vpcCount must be a whole number of at least 1, got 0"],
            ["10.0.0.0/16", 3, 17, doesNotFit(3, "3 x /17", "10.0.0.0/16")],
        ];
        for (const [supernet, count, prefix, message] of errors) {
            it(`rejects ${count} VPCs in ${supernet}${prefix === undefined ? "" : ` as /${prefix}`}`, () =>
                assert.throws(() => planVpcLayout(supernet, count, prefix), { name: "CidrError", message }));
        }

        it("property: 2..64 members get disjoint, valid VPC blocks of /16 or the largest that fits", () => {
            const setup = fc.record({
                supernet: fc.integer({ min: 8, max: 20 }).map((prefix) => `10.0.0.0/${prefix}`),
                count: fc.integer({ min: 2, max: 64 }),
            });
            fc.assert(
                fc.property(setup, ({ supernet, count }) => {
                    const vpcs = planVpcLayout(supernet, count);
                    assert.equal(vpcs.length, count);
                    const blocks = assertDisjointInside(supernet, vpcs);
                    const bits = Math.ceil(Math.log2(count));
                    const expectedPrefix = Math.max(16, parseCidr(supernet).prefix + bits);
                    for (const block of blocks) assert.equal(block.prefix, expectedPrefix);
                    for (const vpc of vpcs) assert.deepEqual(vpcCidrProblems("vpc", vpc), []);
                }),
                RUNS,
            );
        });
    });

    describe("planVswitches", () => {
        it("gives each zone a /24 per tier, tier by tier", () => {
            assert.deepEqual(planVswitches("10.0.0.0/16", ["cn-hangzhou-h", "cn-hangzhou-i"], ["public", "private"]), [
                { zone: "cn-hangzhou-h", tier: "public", cidr: "10.0.0.0/24" },
                { zone: "cn-hangzhou-i", tier: "public", cidr: "10.0.1.0/24" },
                { zone: "cn-hangzhou-h", tier: "private", cidr: "10.0.2.0/24" },
                { zone: "cn-hangzhou-i", tier: "private", cidr: "10.0.3.0/24" },
            ]);
        });

        it("shrinks below /24 when the VPC is too small for /24 blocks", () => {
            const planned = planVswitches("192.168.0.0/24", ["a", "b", "c"], ["web", "db"]);
            assert.deepEqual(planned.map((v) => v.cidr), [0, 32, 64, 96, 128, 160].map((o) => `192.168.0.${o}/27`));
        });

        it("uses an explicit prefix", () => {
            assert.deepEqual(planVswitches("172.16.0.0/12", ["a"], ["app", "data"], 20), [
                { zone: "a", tier: "app", cidr: "172.16.0.0/20" },
                { zone: "a", tier: "data", cidr: "172.16.16.0/20" },
            ]);
        });

        const errors: Array<[string, string[], string[], number | undefined, string]> = [
            [
                "192.168.0.0/28",
                ["a", "b"],
                ["web", "db"],
                undefined,
                "cannot plan 4 vSwitches (2 zones x 2 tiers) of /30 in 192.168.0.0/28; Alibaba Cloud vSwitch blocks " +
                    "must be /16 to /29, so use a larger VPC block, fewer zones or tiers, or a prefix in that range",
            ],
            [
                "10.0.0.0/8",
                ["a"],
                ["web"],
                15,
                "cannot plan 1 vSwitch (1 zone x 1 tier) of /15 in 10.0.0.0/8; Alibaba Cloud vSwitch blocks " +
                    "must be /16 to /29, so use a larger VPC block, fewer zones or tiers, or a prefix in that range",
            ],
            ["10.0.0.0/16", ["a", "b", "c", "d", "e"], ["web"], 18, doesNotFit(5, "5 x /18", "10.0.0.0/16")],
            ["10.0.0.0/16", [], ["web"], undefined, "zones is empty; name at least one"],
            ["10.0.0.0/16", ["a"], [], undefined, "tiers is empty; name at least one"],
            ["10.0.0.0/16", ["a", "b", "a"], ["web"], undefined, `zones lists "a" twice; name each one once`],
        ];
        for (const [vpc, zones, tiers, prefix, message] of errors) {
            it(`rejects ${zones.length} zones x ${tiers.length} tiers in ${vpc}${prefix ? ` as /${prefix}` : ""}`, () =>
                assert.throws(() => planVswitches(vpc, zones, tiers, prefix), { name: "CidrError", message }));
        }

        it("property: every planned vSwitch is valid, inside its VPC and disjoint from the others", () => {
            const setup = fc.record({
                vpc: parentArb(8, 24).filter((vpc) => vpcCidrProblems("vpc", vpc).length === 0),
                zones: fc.integer({ min: 1, max: 6 }),
                tiers: fc.integer({ min: 1, max: 4 }),
            });
            fc.assert(
                fc.property(setup, ({ vpc, zones, tiers }) => {
                    const zoneNames = Array.from({ length: zones }, (_, i) => `zone-${i}`);
                    const tierNames = Array.from({ length: tiers }, (_, i) => `tier-${i}`);
                    const planned = planVswitches(vpc, zoneNames, tierNames);
                    assert.equal(planned.length, zones * tiers);
                    assertDisjointInside(vpc, planned.map((v) => v.cidr));
                    for (const v of planned) assert.deepEqual(vswitchCidrProblems("vswitch", v.cidr, vpc), []);
                    const pairs = new Set(planned.map((v) => `${v.zone}/${v.tier}`));
                    assert.equal(pairs.size, zones * tiers);
                }),
                RUNS,
            );
        });
    });
});
