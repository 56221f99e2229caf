import { strict as assert } from "node:assert";
import { RedisEngineVersion } from "alicloud-blueprints";
import { AvailabilityAnswers, ClassChoice, pickPlacement, pickTypeForZones, TypeOffer } from "../../components/app-tier/placement";
import { rdsInstanceClasses, rdsZones, redisInstanceClasses, redisZones } from "../../tools/mocks/appTierCatalogue";
import { instanceTypes } from "../../tools/mocks/catalogue";
import { plainInputs } from "../../tools/mocks";
import { valueOf } from "../support/outputs";
import { buildTier, T } from "./support";

const region = "cn-hangzhou";
const zone = (letter: string) => `${region}-${letter}`;
const rdsQuery = { engine: "MySQL", engineVersion: "8.0", category: "HighAvailability", dbInstanceStorageType: "cloud_essd", instanceChargeType: "PostPaid" };
const ids = (answer: Record<string, any>): string[] => answer.zones.map((z: { id: string }) => z.id);
const offerOf = (id: string): TypeOffer => ({ instanceType: id, zones: instanceTypes.find((t) => t.id === id)!.zoneLetters.map(zone) });
const choice: ClassChoice = {
    rds: ["mysql.n2.small.2c", "mysql.n2.medium.2c"],
    redis: ["redis.master.small.default", "redis.shard.small.2.ce"],
    rdsDescription: "RDS MySQL 8.0 HighAvailability (cloud_essd)",
    redisDescription: "Redis 5.0 master-replica",
    storageGiB: 20,
};

/** The catalogue's answers for the given offers, as the placement asks for them. */
function answersFor(offers: TypeOffer[], version = "5.0"): AvailabilityAnswers {
    const rds = rdsInstanceClasses(region, rdsQuery).instanceClasses.map((c: any) => ({
        instanceClass: c.instanceClass,
        zone: c.zoneIds[0].id,
        storage: { min: Number(c.storageRange.min), max: Number(c.storageRange.max), step: Number(c.storageRange.step) },
    }));
    const redisAt = ids(redisZones(region, { engine: "Redis" }));
    const redis = Object.fromEntries(redisAt.map((z) => [z, redisInstanceClasses({ zoneId: z, engine: "Redis", engineVersion: version }).instanceClasses]));
    return { offers, rds, redisZones: redisAt, redis };
}

describe("AppTier zones and classes", () => {
    it("the mocked region makes every naive first-zone pick wrong", () => {
        const ecs = offerOf("ecs.t6-c2m1.large").zones;
        const rds = ids(rdsZones(region, rdsQuery));
        const redis = ids(redisZones(region, { engine: "Redis" }));
        assert.ok(!rds.includes(ecs[0]), "the type's first zone must lack RDS");
        assert.ok(!ecs.includes(rds[0]), "the first RDS zone must lack the type");
        assert.ok(!ecs.includes(redis[0]), "the first Redis zone must lack the type");
        assert.ok(!rds.includes(ecs[1]) || !redis.includes(ecs[0]), "the type's first two zones must not both work");
    });

    it("picks the smallest burstable type, the first two complete zones and classes sold in both, without asking for prices", async () => {
        const { run, tier, calls } = await buildTier({});
        assert.deepEqual(await valueOf(tier.zoneIds), [zone("j"), zone("k")]);
        assert.deepEqual([...new Set(run.ofType(T.instance).map((i) => plainInputs(i).instanceType))], ["ecs.t6-c2m1.large"]);
        assert.ok(calls.every((c) => c.inputs.sortedBy === undefined), "a look-up asks for prices (billing permission)");
        assert.deepEqual(calls.find((c) => c.token === "alicloud:rds/getInstanceClasses:getInstanceClasses")!.inputs, rdsQuery);
        const redisCalls = calls.filter((c) => c.token === "alicloud:kvstore/getInstanceClasses:getInstanceClasses");
        // Once per zone any candidate type, RDS and Redis share (h sells the larger types).
        assert.deepEqual(redisCalls.map((c) => c.inputs.zoneId), [zone("j"), zone("k"), zone("h")]);
        assert.ok(redisCalls.every((c) => c.inputs.instanceChargeType === "PostPaid" && c.inputs.nodeType === "double" && c.inputs.engineVersion === "5.0"));
        const zonesOf = (type: string) => run.ofType(type).map((r) => plainInputs(r).zoneId);
        assert.deepEqual(zonesOf(T.vswitch), [zone("j"), zone("k"), zone("j"), zone("k")]);
        assert.equal(plainInputs(run.ofType(T.rds)[0]).instanceType, "mysql.n2.small.2c");
        assert.equal(plainInputs(run.ofType(T.redis)[0]).instanceClass, "redis.master.small.default");
    });

    it("takes the cloud-native Redis class for Redis 7.0, where no classic class is sold", async () => {
        const { run } = await buildTier({ redis: { engineVersion: RedisEngineVersion.V7 } });
        assert.equal(plainInputs(run.ofType(T.redis)[0]).instanceClass, "redis.shard.small.2.ce");
    });

    it("with a pinned type, looks up the type's zones and keeps only those with RDS and Redis", async () => {
        const { run, tier, calls } = await buildTier({ instanceType: "ecs.g7.large" });
        assert.deepEqual(await valueOf(tier.zoneIds), [zone("h"), zone("j")]);
        assert.equal(calls.find((c) => c.token === "alicloud:index/getZones:getZones")!.inputs.availableInstanceType, "ecs.g7.large");
        assert.ok(run.ofType(T.instance).every((i) => plainInputs(i).instanceType === "ecs.g7.large"));
    });

    it("uses pinned zones in their order, looking up a type and the classes sold in both", async () => {
        const { run, tier, calls } = await buildTier({ zoneIds: [zone("k"), zone("h")] });
        assert.deepEqual(await valueOf(tier.zoneIds), [zone("k"), zone("h")]);
        // ecs.t6-c2m1.large is smaller but not sold in h.
        assert.ok(run.ofType(T.instance).every((i) => plainInputs(i).instanceType === "ecs.t6-c1m1.large"));
        assert.deepEqual(calls.map((c) => c.token).filter((t) => t.endsWith("getZones:getZones")), []);
        assert.deepEqual(calls.filter((c) => c.token.startsWith("alicloud:kvstore/getInstanceClasses")).map((c) => c.inputs.zoneId), [zone("k"), zone("h")]);
        assert.equal(plainInputs(run.ofType(T.rds)[0]).zoneIdSlaveA, zone("h"));
    });

    it("with zones and type pinned, still checks the classes in both zones", async () => {
        const { calls } = await buildTier({ zoneIds: [zone("j"), zone("k")], instanceType: "ecs.g7.large" });
        assert.deepEqual(calls.map((c) => c.token).sort(), [
            "alicloud:ecs/getImages:getImages",
            "alicloud:kvstore/getInstanceClasses:getInstanceClasses",
            "alicloud:kvstore/getInstanceClasses:getInstanceClasses",
            "alicloud:rds/getInstanceClasses:getInstanceClasses",
        ]);
    });

    it("fails at preview, naming every list, when fewer than two zones have everything", () => {
        assert.throws(() => pickPlacement(answersFor([offerOf("ecs.t5-lc1m2.small")]), choice), {
            message:
                "zoneIds: no two zones offer the web instance type, RDS MySQL 8.0 HighAvailability (cloud_essd) as mysql.n2.small.2c or mysql.n2.medium.2c " +
                "and Redis 5.0 master-replica as redis.master.small.default or redis.shard.small.2.ce: ecs.t5-lc1m2.small is sold in cn-hangzhou-h, cn-hangzhou-i; " +
                "RDS in cn-hangzhou-h (mysql.n2.small.2c, mysql.n2.medium.2c), cn-hangzhou-j (mysql.n2.small.2c, mysql.n2.medium.2c), cn-hangzhou-k (mysql.n2.small.2c, mysql.n2.medium.2c); " +
                "Redis in cn-hangzhou-h (redis.master.small.default, redis.shard.small.2.ce), cn-hangzhou-j (redis.master.small.default, redis.shard.small.2.ce), cn-hangzhou-k (redis.master.small.default, redis.shard.small.2.ce). " +
                "Choose another instanceType or class, or pin zoneIds you have checked",
        });
    });

    it("falls back to a larger type when the smallest is not sold in two complete zones", () => {
        const answers = answersFor([offerOf("ecs.t5-lc1m2.small"), offerOf("ecs.t6-c1m1.large")]);
        assert.deepEqual(pickPlacement(answers, choice), {
            zoneIds: [zone("h"), zone("j")],
            instanceType: "ecs.t6-c1m1.large",
            rdsClass: "mysql.n2.small.2c",
            redisClass: "redis.master.small.default",
        });
    });

    it("fails when no burstable type is sold in both pinned zones", () => {
        assert.throws(() => pickTypeForZones(answersFor([offerOf("ecs.t6-c2m1.large")]), choice, [zone("h"), zone("i")]), {
            message: "instanceType: no ecs.t6 type with >= 1 GiB is sold in both cn-hangzhou-h and cn-hangzhou-i; set instanceType, or pin other zoneIds",
        });
    });

    it("fails at preview when a pinned class is not sold in the pinned zones, naming what is", () => {
        const answers = answersFor([offerOf("ecs.t6-c1m1.large")], "7.0");
        assert.throws(() => pickTypeForZones(answers, { ...choice, redis: ["redis.master.small.default"], redisDescription: "Redis 7.0 master-replica" }, [zone("j"), zone("k")]), {
            message:
                "redis.instanceClass: redis.master.small.default is not sold as Redis 7.0 master-replica in both cn-hangzhou-j and cn-hangzhou-k; " +
                "classes sold there: redis.shard.small.2.ce. Pin one sold in both, or other zoneIds",
        });
        assert.throws(() => pickTypeForZones(answersFor([offerOf("ecs.t6-c1m1.large")]), { ...choice, rds: ["rds.mysql.s2.large"] }, [zone("j"), zone("k")]), {
            message:
                "rds.instanceClass: rds.mysql.s2.large is not sold as RDS MySQL 8.0 HighAvailability (cloud_essd) in both cn-hangzhou-j and cn-hangzhou-k; " +
                "classes sold there: mysql.n2.small.2c, mysql.n2.medium.2c. Pin one sold in both, or other zoneIds",
        });
    });

    it("fails at preview when the storage is outside what the class allows", () => {
        const answers = answersFor([offerOf("ecs.t6-c1m1.large")]);
        assert.throws(() => pickTypeForZones(answers, { ...choice, storageGiB: 40000 }, [zone("j"), zone("k")]), {
            message: "rds.storageGiB: 40000 is outside what mysql.n2.small.2c allows in cn-hangzhou-j (20 to 32000 GiB in steps of 5); choose a size in that range",
        });
    });
});
