import * as pulumi from "@pulumi/pulumi";

/** The resolved value of an output (tests only: programs never unwrap outputs). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => output.apply((value) => resolve(value)));
}

/** Resolves to the error a component constructor throws, or fails when it throws none. */
export function errorOf(construct: () => unknown): Error {
    try {
        construct();
    } catch (err) {
        return err as Error;
    }
    throw new Error("expected the constructor to throw, but it did not");
}
