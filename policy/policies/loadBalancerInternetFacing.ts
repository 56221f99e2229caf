import { DocumentedResourcePolicy } from "../support/documentedPolicy";
import { DoorTable, validateDoors } from "../support/doors";
import { ResourceTypes as T } from "../support/resourceTypes";

const clbInternet = {
    input: "addressType",
    test: { kind: "noneOf", values: ["intranet"] },
    means: "puts the load balancer on a public address (anything but intranet, and unset, is internet-facing)",
} as const;

/** The address kinds that make a CLB, ALB or NLB internet-facing. */
export const internetFacingLoadBalancerDoors: DoorTable = {
    [T.slbLoadBalancer]: [clbInternet],
    [T.slbApplicationLoadBalancer]: [clbInternet],
    [T.albLoadBalancer]: [
        { input: "addressType", test: { kind: "oneOf", values: ["Internet"] }, means: "puts the ALB on public addresses" },
        { input: "ipv6AddressType", test: { kind: "oneOf", values: ["Internet"] }, means: "puts the ALB on public IPv6 addresses" },
    ],
    [T.nlbLoadBalancer]: [
        { input: "addressType", test: { kind: "oneOf", values: ["Internet"] }, means: "puts the NLB on public addresses" },
        { input: "ipv6AddressType", test: { kind: "oneOf", values: ["Internet"] }, means: "puts the NLB on public IPv6 addresses" },
    ],
};

/** Internet-facing load balancers are listed so that each one is a decision, not a default. */
export const loadBalancerInternetFacing: DocumentedResourcePolicy = {
    name: "load-balancer-internet-facing",
    description:
        "Lists internet-facing load balancers (CLB `addressType` other than `intranet`, ALB/NLB `addressType` or `ipv6AddressType` `Internet`) so each public entry point is a deliberate choice.",
    rationale:
        "A load balancer is the intended public door of a web tier (the AppTier's SLB is one), so this is advisory: it makes every public entry point visible in the preview, as InfraGuard's slb-no-public-ip and alb-address-type-check do.",
    enforcementLevel: "advisory",
    severity: "low",
    remediationSteps:
        "Keep internal services on `addressType: \"intranet\"` (CLB) or `\"Intranet\"` (ALB/NLB); for a public site, serve HTTPS on the listener and restrict it with an access-control list where the audience is known.",
    validateResource: (args, reportViolation) => validateDoors(internetFacingLoadBalancerDoors, args, reportViolation),
};
