import assert from "node:assert/strict";
import fc from "fast-check";
import {
    coversWholeSpace,
    findNetworkOverlaps,
    IpNetwork,
    parseIpNetwork,
    wholeInternetProblem,
    wholeSpaceFamilies,
} from "../../components/network";

const net = (text: string, options = {}): IpNetwork => {
    const parsed = parseIpNetwork(text, options);
    assert.ok("network" in parsed, `${text}: ${"error" in parsed ? parsed.error : ""}`);
    return parsed.network;
};

describe("network/ipNetwork", () => {
    describe("parseIpNetwork", () => {
        const worlds: Array<[string, 4 | 6]> = [
            ["0.0.0.0/0", 4],
            ["::/0", 6],
            ["::0/0", 6],
            ["0:0:0:0:0:0:0:0/0", 6],
            ["0000:0000:0000:0000:0000:0000:0000:0000/0", 6],
            [" ::/0 ", 6],
        ];
        for (const [text, family] of worlds) {
            it(`reads "${text}" as the whole IPv${family} space`, () => {
                const network = net(text);
                assert.equal(network.family, family);
                assert.equal(network.prefix, 0);
                assert.equal(network.text, family === 4 ? "0.0.0.0/0" : "::/0");
            });
        }

        it("canonicalises IPv6 and keeps its bounds", () => {
            const network = net("2001:DB8:0:0::/56");
            assert.equal(network.text, "2001:db8::/56");
            assert.equal(network.last - network.first + 1n, 1n << 72n);
        });

        for (const text of ["10.0.0.0", "2001:db8::", "10.0.0.0/33", "2001:db8::/129", "fe80::1%eth0/64", "2001:db8::/56/1", "::/-1", "10.0.0.0/16 ", "abc", ""]) {
            it(`rejects ${JSON.stringify(text)} as a network`, () => {
                if (text === "10.0.0.0/16 ") {
                    assert.equal(net(text).text, "10.0.0.0/16", "surrounding blanks are trimmed");
                    return;
                }
                assert.ok("error" in parseIpNetwork(text), text);
            });
        }

        it("reports host bits, and widens them only when asked", () => {
            assert.deepEqual(parseIpNetwork("2001:db8::1/56"), {
                error: '"2001:db8::1/56" has host bits set; the network starts at 2001:db8::/56, write that instead',
            });
            assert.ok("error" in parseIpNetwork("10.0.0.1/8"));
            assert.equal(net("10.0.0.1/8", { allowHostBits: true }).text, "10.0.0.0/8");
            assert.equal(net("2001:db8::1/56", { allowHostBits: true }).text, "2001:db8::/56");
        });

        it("reads a bare address as a host network when asked", () => {
            assert.equal(net("0.0.0.0", { allowBareAddress: true }).text, "0.0.0.0/32");
            assert.equal(net("2001:db8::7", { allowBareAddress: true }).text, "2001:db8::7/128");
        });
    });

    describe("coversWholeSpace", () => {
        const covered = (texts: string[], family: 4 | 6) => coversWholeSpace(texts.map((t) => net(t)), family);

        it("sees the internet split into halves, quarters and overlapping pieces", () => {
            assert.equal(covered(["0.0.0.0/1", "128.0.0.0/1"], 4), true);
            assert.equal(covered(["192.0.0.0/2", "0.0.0.0/2", "128.0.0.0/2", "64.0.0.0/2"], 4), true);
            assert.equal(covered(["0.0.0.0/1", "64.0.0.0/2", "128.0.0.0/1"], 4), true);
            assert.equal(covered(["::/1", "8000::/1"], 6), true);
        });

        it("does not see a world in a gap, in the other family, or in nothing", () => {
            assert.equal(covered(["0.0.0.0/1", "128.0.0.0/2"], 4), false);
            assert.equal(covered(["0.0.0.0/1", "128.0.0.0/1"], 6), false);
            assert.equal(covered([], 4), false);
            assert.equal(covered(["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/3", "224.0.0.0/4", "240.0.0.0/5"], 4), false);
        });

        it("agrees with a brute-force count on random splits of a /0", () => {
            fc.assert(
                fc.property(fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 16 }), (indexes) => {
                    const pieces = [...new Set(indexes)].map((i) => `${i * 16}.0.0.0/4`);
                    return covered(pieces, 4) === (new Set(indexes).size === 16);
                }),
            );
        });
    });

    it("wholeSpaceFamilies reads sources leniently (bare addresses, host bits) and skips what does not parse", () => {
        assert.deepEqual(wholeSpaceFamilies(["0.0.0.1/1", "128.0.0.0/1", "junk"]), [4]);
        assert.deepEqual(wholeSpaceFamilies(["0:0:0:0:0:0:0:0/0", "10.0.0.0/8"]), [6]);
        assert.deepEqual(wholeSpaceFamilies(["0.0.0.0"]), []);
    });

    it("findNetworkOverlaps pairs only networks of one family", () => {
        const pairs = findNetworkOverlaps([
            { label: "v4", network: net("10.0.0.0/8") },
            { label: "v6", network: net("::/0") },
            { label: "v4b", network: net("10.1.0.0/16") },
            { label: "v6b", network: net("2001:db8::/56") },
        ]);
        assert.deepEqual(pairs.map(({ a, b }) => `${a.label}~${b.label}`), ["v4~v4b", "v6~v6b"]);
    });

    it("wholeInternetProblem names the argument, the blocks and the fix", () => {
        assert.equal(wholeInternetProblem("adminCidrs", ["10.0.0.0/8"], "SSH"), undefined);
        assert.equal(
            wholeInternetProblem("adminCidrs", ["0.0.0.0/1", "128.0.0.0/1"], "SSH"),
            'adminCidrs: ["0.0.0.0/1", "128.0.0.0/1"] together cover every IPv4 address (0.0.0.0/0) and open SSH to the whole internet; list only the blocks you administer from, e.g. 198.51.100.7/32',
        );
    });
});
