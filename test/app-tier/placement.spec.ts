import { strict as assert } from "node:assert";
import { pickPlacement, pickTypeForZones, TypeOffer } from "../../components/app-tier/placement";
import { rdsZones, redisZones } from "../../tools/mocks/appTierCatalogue";
import { instanceTypes } from "../../tools/mocks/catalogue";
import { plainInputs } from "../../tools/mocks";
import { valueOf } from "../support/outputs";
import { buildTier, T } from "./support";

const region = "cn-hangzhou";
const zone = (letter: string) => `${region}-${letter}`;
const rdsQuery = { engine: "MySQL", engineVersion: "8.0", category: "HighAvailability", dbInstanceStorageType: "cloud_essd", instanceChargeType: "PostPaid" };
const ids = (answer: Record<string, any>): string[] => answer.zones.map((z: { id: string }) => z.id);
const offerOf = (id: string): TypeOffer => ({ instanceType: id, zones: instanceTypes.find((t) => t.id === id)!.zoneLetters.map(zone) });
const rdsDescription = "RDS MySQL 8.0 HighAvailability (cloud_essd)";

describe("AppTier zones", () => {
    it("the mocked region makes every naive first-zone pick wrong", () => {
        const ecs = offerOf("ecs.t6-c2m1.large").zones;
        const rds = ids(rdsZones(region, rdsQuery));
        const redis = ids(redisZones(region, { engine: "Redis" }));
        assert.ok(!rds.includes(ecs[0]), "the type's first zone must lack RDS");
        assert.ok(!ecs.includes(rds[0]), "the first RDS zone must lack the type");
        assert.ok(!ecs.includes(redis[0]), "the first Redis zone must lack the type");
        assert.ok(!rds.includes(ecs[1]) || !redis.includes(ecs[0]), "the type's first two zones must not both work");
    });

    it("picks the cheapest burstable type and the first two zones where the type, RDS and Redis are all sold", async () => {
        const { run, tier, calls } = await buildTier({});
        assert.deepEqual(await valueOf(tier.zoneIds), [zone("j"), zone("k")]);
        assert.deepEqual([...new Set(run.ofType(T.instance).map((i) => plainInputs(i).instanceType))], ["ecs.t6-c2m1.large"]);
        const rdsCall = calls.find((c) => c.token === "alicloud:rds/getZones:getZones")!;
        assert.deepEqual(rdsCall.inputs, rdsQuery);
        assert.equal(calls.find((c) => c.token === "alicloud:kvstore/getZones:getZones")!.inputs.engine, "Redis");
        const zonesOf = (type: string) => run.ofType(type).map((r) => plainInputs(r).zoneId);
        assert.deepEqual(zonesOf(T.vswitch), [zone("j"), zone("k"), zone("j"), zone("k")]);
    });

    it("with a pinned type, looks up the type's zones and keeps only those with RDS and Redis", async () => {
        const { run, tier, calls } = await buildTier({ instanceType: "ecs.g7.large" });
        assert.deepEqual(await valueOf(tier.zoneIds), [zone("h"), zone("j")]);
        assert.equal(calls.find((c) => c.token === "alicloud:index/getZones:getZones")!.inputs.availableInstanceType, "ecs.g7.large");
        assert.ok(run.ofType(T.instance).every((i) => plainInputs(i).instanceType === "ecs.g7.large"));
    });

    it("uses pinned zones in their order, looking up only a type sold in both", async () => {
        const { run, tier, calls } = await buildTier({ zoneIds: [zone("k"), zone("h")] });
        assert.deepEqual(await valueOf(tier.zoneIds), [zone("k"), zone("h")]);
        // ecs.t6-c2m1.large is cheaper but not sold in h.
        assert.ok(run.ofType(T.instance).every((i) => plainInputs(i).instanceType === "ecs.t6-c1m1.large"));
        assert.deepEqual(calls.map((c) => c.token).filter((t) => t.endsWith("getZones:getZones")), []);
        assert.equal(plainInputs(run.ofType(T.rds)[0]).zoneIdSlaveA, zone("h"));
    });

    it("looks nothing up but the image when zones and type are pinned", async () => {
        const { calls } = await buildTier({ zoneIds: [zone("j"), zone("k")], instanceType: "ecs.g7.large" });
        assert.deepEqual(calls.map((c) => c.token), ["alicloud:ecs/getImages:getImages"]);
    });

    it("fails at preview, naming every list, when fewer than two zones have everything", () => {
        const answers = {
            offers: [offerOf("ecs.t5-lc1m2.small")],
            rdsZones: ids(rdsZones(region, rdsQuery)),
            redisZones: ids(redisZones(region, { engine: "Redis" })),
            rdsDescription,
        };
        assert.throws(() => pickPlacement(answers), {
            message:
                "zoneIds: no two zones offer the web instance type, RDS MySQL 8.0 HighAvailability (cloud_essd) and Redis: " +
                "ecs.t5-lc1m2.small is sold in cn-hangzhou-h, cn-hangzhou-i; RDS in cn-hangzhou-h, cn-hangzhou-j, cn-hangzhou-k; " +
                "Redis in cn-hangzhou-h, cn-hangzhou-j, cn-hangzhou-k. Choose another instanceType, or pin zoneIds you have checked",
        });
    });

    it("falls back to a dearer type when the cheapest is not sold in two complete zones", () => {
        const picked = pickPlacement({
            offers: [offerOf("ecs.t5-lc1m2.small"), offerOf("ecs.t6-c1m1.large")],
            rdsZones: [zone("h"), zone("i")],
            redisZones: [zone("i"), zone("h")],
            rdsDescription,
        });
        assert.deepEqual(picked, { zoneIds: [zone("h"), zone("i")], instanceType: "ecs.t5-lc1m2.small" });
        const next = pickPlacement({ offers: [offerOf("ecs.t5-lc1m2.small"), offerOf("ecs.t6-c1m1.large")], rdsZones: [zone("j"), zone("k")], redisZones: [zone("j"), zone("k")], rdsDescription });
        assert.equal(next.instanceType, "ecs.t6-c1m1.large");
    });

    it("fails when no burstable type is sold in both pinned zones", () => {
        assert.throws(() => pickTypeForZones([offerOf("ecs.t6-c2m1.large")], [zone("h"), zone("i")]), {
            message: "instanceType: no ecs.t6 type with >= 1 GiB is sold in both cn-hangzhou-h and cn-hangzhou-i; set instanceType, or pin other zoneIds",
        });
    });
});
