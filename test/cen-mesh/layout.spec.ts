import { strict as assert } from "node:assert";
import fc from "fast-check";
import { memberOverlapProblems, MemberBlockRequest, planMemberBlocks } from "../../components/cen-mesh/layout";
import { pickAttachmentZones } from "../../components/cen-mesh/zones";
import { contains, overlaps, parseCidr } from "../../components/network";
import { singleZoneTransitRouterRegion, transitRouterAvailableResources } from "../../tools/mocks/cenCatalogue";

const planned = (name: string): MemberBlockRequest => ({ name });

describe("cen-mesh/layout", () => {
    describe("planMemberBlocks", () => {
        it("plans /16 blocks of 10.0.0.0/8 in account order, with two /24 vSwitches each", () => {
            assert.deepEqual(planMemberBlocks("10.0.0.0/8", 16, [planned("a"), planned("b")]), [
                { name: "a", vpcCidr: "10.0.0.0/16", vswitchCidrs: ["10.0.0.0/24", "10.0.1.0/24"], planned: true },
                { name: "b", vpcCidr: "10.1.0.0/16", vswitchCidrs: ["10.1.0.0/24", "10.1.1.0/24"], planned: true },
            ]);
        });

        it("keeps explicit blocks and plans around them, whether they are larger or smaller than a planned block", () => {
            const blocks = planMemberBlocks("10.0.0.0/8", 16, [
                planned("a"),
                { name: "big", vpcCidr: "10.0.0.0/15" },
                planned("b"),
                { name: "small", vpcCidr: "10.2.5.0/24", vswitchCidrs: ["10.2.5.0/25", "10.2.5.128/25"] },
                planned("c"),
            ]);
            assert.deepEqual(
                blocks.map((b) => [b.name, b.vpcCidr, b.planned]),
                [
                    ["a", "10.3.0.0/16", true],
                    ["big", "10.0.0.0/15", false],
                    ["b", "10.4.0.0/16", true],
                    ["small", "10.2.5.0/24", false],
                    ["c", "10.5.0.0/16", true],
                ],
            );
            assert.deepEqual(blocks[1].vswitchCidrs, ["10.0.0.0/24", "10.0.1.0/24"], "an explicit VPC without vSwitch blocks gets planned ones");
            assert.deepEqual(blocks[3].vswitchCidrs, ["10.2.5.0/25", "10.2.5.128/25"]);
        });

        it("plans smaller vSwitches in a small VPC", () => {
            assert.deepEqual(planMemberBlocks("192.168.0.0/24", 28, [planned("a")])[0].vswitchCidrs, ["192.168.0.0/29", "192.168.0.8/29"]);
        });

        it("rejects a prefix outside the VPC range or larger than the supernet", () => {
            assert.throws(() => planMemberBlocks("10.0.0.0/8", 29, [planned("a")]), /vpcPrefix: 29 is not a VPC prefix/);
            assert.throws(() => planMemberBlocks("10.0.0.0/16", 12, [planned("a")]), /vpcPrefix: \/12 blocks are larger than the supernet 10\.0\.0\.0\/16/);
        });

        it("property: 2..64 members, some explicit, get pairwise disjoint VPC and vSwitch blocks; adding members changes no block", () => {
            const scenario = fc
                .integer({ min: 2, max: 64 })
                .chain((n) =>
                    fc.record({
                        vpcPrefix: fc.integer({ min: 16, max: 20 }),
                        extra: fc.integer({ min: 0, max: 4 }),
                        // Explicit blocks: each in its own /16 of 10.0.0.0/8, of /14 (4 aligned /16s) to /24.
                        explicit: fc.array(
                            fc.option(fc.record({ slot: fc.integer({ min: 0, max: 63 }), prefix: fc.integer({ min: 14, max: 24 }) }), { freq: 3 }),
                            { minLength: n, maxLength: n },
                        ),
                    }),
                );
            fc.assert(
                fc.property(scenario, ({ vpcPrefix, extra, explicit }) => {
                    const usedSlots = new Set<number>();
                    const members: MemberBlockRequest[] = explicit.map((choice, i) => {
                        if (choice === null || usedSlots.has(choice.slot)) return planned(`m${i}`);
                        usedSlots.add(choice.slot);
                        return { name: `m${i}`, vpcCidr: `10.${choice.slot * 4}.0.0/${choice.prefix}` };
                    });
                    const blocks = planMemberBlocks("10.0.0.0/8", vpcPrefix, members);

                    assert.equal(blocks.length, members.length);
                    blocks.forEach((b, i) => {
                        assert.equal(b.name, members[i].name);
                        if (members[i].vpcCidr !== undefined) assert.equal(b.vpcCidr, members[i].vpcCidr);
                        else assert.equal(parseCidr(b.vpcCidr).prefix, vpcPrefix);
                        const vpc = parseCidr(b.vpcCidr);
                        assert.ok(contains(parseCidr("10.0.0.0/8"), vpc));
                        const [x, y] = b.vswitchCidrs.map(parseCidr);
                        assert.ok(contains(vpc, x) && contains(vpc, y) && !overlaps(x, y));
                    });
                    const all = blocks.map((b) => [b.vpcCidr, ...b.vswitchCidrs].map(parseCidr));
                    for (let i = 0; i < all.length; i++) {
                        for (let j = i + 1; j < all.length; j++) {
                            for (const p of all[i]) for (const q of all[j]) assert.ok(!overlaps(p, q), `${blocks[i].name} ${p.text} / ${blocks[j].name} ${q.text}`);
                        }
                    }
                    assert.deepEqual(memberOverlapProblems(blocks, "accounts", "fix"), []);

                    const grown = planMemberBlocks("10.0.0.0/8", vpcPrefix, [...members, ...Array.from({ length: extra }, (_, k) => planned(`new${k}`))]);
                    assert.deepEqual(grown.slice(0, blocks.length), blocks);
                }),
                { numRuns: 50 },
            );
        });
    });

    describe("memberOverlapProblems", () => {
        it("names the most specific pair once per pair of members, the later member first", () => {
            const blocks = [
                { name: "master", vpcCidr: "172.17.0.0/16", vswitchCidrs: ["172.17.0.0/24", "172.17.1.0/24"], planned: false },
                { name: "student2", vpcCidr: "172.16.0.0/12", vswitchCidrs: ["172.17.96.0/20", "172.18.0.0/20"], planned: false },
            ];
            assert.deepEqual(memberOverlapProblems(blocks, "accounts", "fix it"), [
                'accounts: "student2" vSwitch 172.17.96.0/20 overlaps "master" VPC 172.17.0.0/16; fix it',
            ]);
        });

        it("ignores the blocks of one member among themselves", () => {
            const blocks = [{ name: "a", vpcCidr: "10.0.0.0/16", vswitchCidrs: ["10.0.0.0/24", "10.0.1.0/24"], planned: false }];
            assert.deepEqual(memberOverlapProblems(blocks, "accounts", "fix"), []);
        });
    });

    describe("pickAttachmentZones", () => {
        it("takes the first primary zone and the first other secondary zone", () => {
            assert.deepEqual(pickAttachmentZones(transitRouterAvailableResources("cn-hangzhou").resources, "cn-hangzhou"), ["cn-hangzhou-i", "cn-hangzhou-j"]);
        });

        it("falls back to the available zones when no primary or secondary zone is listed", () => {
            const resources = [{ masterZones: [], slaveZones: [], availableZones: ["r-a", "r-b"], supportMulticast: false }];
            assert.deepEqual(pickAttachmentZones(resources, "r"), ["r-a", "r-b"]);
        });

        it("fails when the transit router serves a single zone", () => {
            const region = singleZoneTransitRouterRegion;
            assert.throws(
                () => pickAttachmentZones(transitRouterAvailableResources(region).resources, region),
                {
                    message: `region: the transit router in ${region} serves ${region}-a; CenMesh attaches each VPC in two zones, so use a region whose transit router serves two`,
                },
            );
        });
    });
});
