import * as policySdk from "@pulumi/policy";

/**
 * Runtime exports of @pulumi/policy 1.21 whose types are stripped from its .d.ts (marked
 * @internal there): the error its property proxy throws on an unknown value, and the proxy itself.
 */
interface PolicyRuntimeInternals {
    UnknownValueError: new (...args: never[]) => Error;
    unknownCheckingProxy<T extends object>(props: T): T;
}

const internals = policySdk as unknown as PolicyRuntimeInternals;

/** True for the error @pulumi/policy throws when a policy reads a value unknown during preview. */
export function isUnknownValueError(err: unknown): err is Error {
    return err instanceof internals.UnknownValueError;
}

/** Wraps properties the way the policy server does, so reading an unknown value throws. */
export function unknownCheckingProxy<T extends object>(props: T): T {
    return internals.unknownCheckingProxy(props);
}
