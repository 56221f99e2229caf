/**
 * The Pulumi SDK records `new Error().stack` for every promise it creates (debuggable.js), and
 * under ts-node every such stack is source-mapped: that is most of a plan's time and grows with
 * the heap. The plan prints only the program's message, never a stack, so it turns the mapping
 * off. Import this first (the mocha config requires it for the same reason).
 */
Reflect.deleteProperty(Error, "prepareStackTrace");

export {};
