import assert from "node:assert/strict";
import fc from "fast-check";
import {
    blockAt,
    CidrError,
    contains,
    findOverlaps,
    hostAddress,
    LabeledBlock,
    overlaps,
    parseCidr,
    tryParseCidr,
} from "../../components/network";

const malformed = (text: string) =>
    `"${text}" is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16`;

describe("network/cidr", () => {
    describe("parseCidr", () => {
        const valid: Array<[string, number, bigint, bigint, bigint]> = [
            ["10.0.0.0/16", 16, 0x0a000000n, 0x0a00ffffn, 65536n],
            ["172.17.96.0/20", 20, 0xac116000n, 0xac116fffn, 4096n],
            ["192.168.1.128/25", 25, 0xc0a80180n, 0xc0a801ffn, 128n],
            ["0.0.0.0/0", 0, 0n, 0xffffffffn, 2n ** 32n],
            ["255.255.255.255/32", 32, 0xffffffffn, 0xffffffffn, 1n],
        ];
        for (const [text, prefix, first, last, size] of valid) {
            it(`reads ${text}`, () => {
                assert.deepEqual(parseCidr(text), { text, prefix, first, last, size });
            });
        }

        const notCidr = [
            "",
            "10.0.0.0",
            "10.0.0.0/",
            "/16",
            "10.0.0.0/33",
            "10.0.0.0/-1",
            "10.0.0/8",
            "10.0.0.0.0/8",
            "256.0.0.0/8",
            "010.0.0.0/8",
            "10.0.0.0/08",
            " 10.0.0.0/8",
            "10.0.0.0 /8",
            "10.0.0.0/8 ",
            "fd00::/8",
            "::ffff:10.0.0.0/104",
            "10.0.0.0/16/16",
            "ten.0.0.0/8",
            "10.0.0.0\\8",
        ];
        for (const text of notCidr) {
            it(`rejects ${JSON.stringify(text)} as malformed`, () => {
                assert.throws(() => parseCidr(text), (err: unknown) => {
                    assert.ok(err instanceof CidrError);
                    assert.equal(err.message, malformed(text));
                    return true;
                });
            });
        }

        const hostBits: Array<[string, string]> = [
            ["10.0.0.1/16", "10.0.0.0/16"],
            ["172.17.96.0/16", "172.17.0.0/16"],
            ["10.0.0.255/24", "10.0.0.0/24"],
            ["1.2.3.4/0", "0.0.0.0/0"],
        ];
        for (const [text, canonical] of hostBits) {
            it(`rejects ${text} for host bits, pointing at ${canonical}`, () => {
                assert.throws(() => parseCidr(text), {
                    name: "CidrError",
                    message: `"${text}" has host bits set; the block starts at ${canonical}, write that instead`,
                });
            });
        }
    });

    describe("tryParseCidr", () => {
        it("returns the block for a valid CIDR", () => {
            assert.deepEqual(tryParseCidr("10.1.0.0/16"), { block: parseCidr("10.1.0.0/16") });
        });
        it("returns the CidrError message instead of throwing", () => {
            assert.deepEqual(tryParseCidr("10.1.0.0"), { error: malformed("10.1.0.0") });
        });
    });

    describe("contains and overlaps", () => {
        // [a, b, a contains b, b contains a, overlap]
        const cases: Array<[string, string, boolean, boolean, boolean]> = [
            ["172.17.0.0/16", "172.17.96.0/20", true, false, true], // the mesh bug from the seed recipe
            ["10.0.0.0/24", "10.0.1.0/24", false, false, false], // adjacent, no shared address
            ["10.0.1.0/24", "10.0.0.255/32", false, false, false], // adjacent from below
            ["10.0.0.0/24", "10.0.0.255/32", true, false, true],
            ["10.0.0.0/23", "10.0.1.0/24", true, false, true],
            ["10.0.0.0/24", "10.0.0.0/24", true, true, true],
            ["10.0.0.0/8", "11.0.0.0/8", false, false, false],
            ["0.0.0.0/0", "255.255.255.255/32", true, false, true],
            ["192.168.0.0/16", "172.16.0.0/12", false, false, false],
        ];
        for (const [a, b, aHoldsB, bHoldsA, overlap] of cases) {
            it(`${a} vs ${b}: contains ${aHoldsB}/${bHoldsA}, overlaps ${overlap}`, () => {
                const [blockA, blockB] = [parseCidr(a), parseCidr(b)];
                assert.equal(contains(blockA, blockB), aHoldsB);
                assert.equal(contains(blockB, blockA), bHoldsA);
                assert.equal(overlaps(blockA, blockB), overlap);
                assert.equal(overlaps(blockB, blockA), overlap);
            });
        }
    });

    describe("hostAddress", () => {
        const cases: Array<[string, number, string]> = [
            ["10.0.0.0/24", 0, "10.0.0.0"],
            ["10.0.0.0/24", 5, "10.0.0.5"],
            ["10.0.0.0/24", 255, "10.0.0.255"],
            ["10.0.0.0/16", 256, "10.0.1.0"],
            ["255.255.255.255/32", 0, "255.255.255.255"],
        ];
        for (const [cidr, index, address] of cases) {
            it(`${cidr} #${index} is ${address}`, () => {
                assert.equal(hostAddress(parseCidr(cidr), index), address);
            });
        }
        for (const index of [256, -1, 1.5, Number.NaN]) {
            it(`rejects index ${index} outside 10.0.0.0/24`, () => {
                assert.throws(() => hostAddress(parseCidr("10.0.0.0/24"), index), {
                    name: "CidrError",
                    message: `host index ${index} is outside 10.0.0.0/24; use a whole number from 0 to 255`,
                });
            });
        }
    });

    describe("findOverlaps", () => {
        const L = (label: string, cidr: string): LabeledBlock => ({ label, cidr });
        const pairsOf = (blocks: LabeledBlock[]) => findOverlaps(blocks).map(({ a, b }) => `${a.label}~${b.label}`);

        const cases: Array<[string, LabeledBlock[], string[]]> = [
            ["nothing for no blocks", [], []],
            [
                "the seed mesh bug: a vSwitch block inside another account's VPC",
                [L("vpc-a", "172.17.0.0/16"), L("vpc-b", "172.18.0.0/16"), L("vsw-c", "172.17.96.0/20")],
                ["vpc-a~vsw-c"],
            ],
            ["nothing for adjacent blocks", [L("a", "10.0.0.0/24"), L("b", "10.0.1.0/24"), L("c", "10.0.2.0/23")], []],
            ["identical blocks", [L("x", "10.0.0.0/24"), L("y", "10.0.0.0/24")], ["x~y"]],
            [
                "pairs in input order whatever the address order",
                [L("small", "10.0.0.128/25"), L("mid", "10.0.0.0/24"), L("big", "10.0.0.0/16"), L("far", "11.0.0.0/8")],
                ["small~mid", "small~big", "mid~big"],
            ],
            [
                "a chain closed before a later block starts",
                [L("p", "10.0.0.0/23"), L("q", "10.0.0.0/24"), L("r", "10.0.1.0/24"), L("s", "10.0.2.0/24")],
                ["p~q", "p~r"],
            ],
        ];
        for (const [title, blocks, expected] of cases) {
            it(title, () => assert.deepEqual(pairsOf(blocks), expected));
        }

        it("names the label of a malformed block", () => {
            assert.throws(() => findOverlaps([L("vsw-a", "10.0.0.0/24"), L("vsw-b", "10.0.0.1/24")]), {
                name: "CidrError",
                message: `vsw-b: "10.0.0.1/24" has host bits set; the block starts at 10.0.0.0/24, write that instead`,
            });
        });

        it("agrees with the all-pairs check on random blocks", () => {
            // Small blocks in one /20 so that overlaps are frequent.
            const block = fc
                .record({ offset: fc.integer({ min: 0, max: 4095 }), prefix: fc.integer({ min: 20, max: 28 }) })
                .map(({ offset, prefix }) => {
                    const size = 2 ** (32 - prefix);
                    return blockAt(0x0a000000n + BigInt(offset - (offset % size)), prefix).text;
                });
            fc.assert(
                fc.property(fc.array(block, { maxLength: 30 }), (cidrs) => {
                    const blocks = cidrs.map((cidr, i) => L(`b${i}`, cidr));
                    const expected: string[] = [];
                    blocks.forEach((a, i) =>
                        blocks.slice(i + 1).forEach((b) => {
                            if (overlaps(parseCidr(a.cidr), parseCidr(b.cidr))) expected.push(`${a.label}~${b.label}`);
                        }),
                    );
                    assert.deepEqual(pairsOf(blocks), expected);
                }),
                { numRuns: 200 },
            );
        });

        it("finds exactly the planted overlaps among 10,000 blocks", () => {
            const blocks = Array.from({ length: 10_000 }, (_, i) => L(`vsw-${i}`, blockAt(0x0a000000n + BigInt(i) * 16n, 28).text));
            blocks.reverse(); // input order differs from address order
            blocks.push(L("dup-of-vsw-7", "10.0.0.112/28"), L("covers-0-to-15", "10.0.0.0/24"));
            const found = pairsOf(blocks);
            const covered = Array.from({ length: 16 }, (_, i) => `vsw-${15 - i}~covers-0-to-15`);
            assert.deepEqual(found, [...covered.slice(0, 8), "vsw-7~dup-of-vsw-7", ...covered.slice(8), "dup-of-vsw-7~covers-0-to-15"]);
        });
    });
});
