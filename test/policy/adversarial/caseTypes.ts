import { FixtureResource } from "../support/harness";

/** The "What it misses" bullet of issue 10 a case belongs to. */
export type Bullet = "public IPs by other doors" | "the whole internet spelled another way" | "CIDR sources it did not read" | "narrow baseline";

/** One adversarial case: a small stack, and what the pack must say about it. */
export interface AdversarialCase {
    bullet: Bullet;
    name: string;
    resources: FixtureResource[];
    /** The policy whose verdict is checked. */
    policy: string;
    /** "violates": the policy reports at least one verdict at `level`; "complies": none at any level but advisory notes about unknown values. */
    expect: "violates" | "complies";
    /** The level a violation must have. Default: mandatory. */
    level?: "mandatory" | "advisory";
}

/** A violating and a compliant case built from one pair of stacks. */
export function pair(bullet: Bullet, name: string, policy: string, violating: FixtureResource[], compliant: FixtureResource[], level?: "mandatory" | "advisory"): AdversarialCase[] {
    return [
        { bullet, name: `${name} (violating)`, resources: violating, policy, expect: "violates", level },
        { bullet, name: `${name} (compliant)`, resources: compliant, policy, expect: "complies", level },
    ];
}
