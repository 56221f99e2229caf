import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

interface ListenerProps {
    protocol?: string;
    frontendPort?: number;
    listenerForward?: string;
}

/** Layer-7 listeners should serve HTTPS. */
export const slbListenerHttps: DocumentedResourcePolicy = {
    name: "slb-listener-https",
    description:
        "SLB layer-7 listeners should use HTTPS; an HTTP listener is accepted only when it redirects to HTTPS (`listenerForward: on`). TCP and UDP listeners are not checked.",
    rationale: "Plain HTTP exposes sessions and credentials to anyone on the path between users and the load balancer.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps:
        "Serve the site on an `https` listener with `serverCertificateId`, and turn the HTTP listener into a redirect: `listenerForward: \"on\"`, `forwardPort: 443`.",
    validateResource: validateResourceOfTypes<ListenerProps>([ResourceTypes.slbListener], (listener, args, reportViolation) => {
        const protocol = (listener.protocol ?? "").toLowerCase();
        if (protocol === "tcp" || protocol === "udp") {
            args.notApplicable(`A ${protocol} listener works at layer 4.`);
        }
        if (protocol === "http" && listener.listenerForward !== "on") {
            reportViolation(`Listener on port ${listener.frontendPort ?? "?"} serves plain HTTP without redirecting to HTTPS.`);
        }
    }),
};
