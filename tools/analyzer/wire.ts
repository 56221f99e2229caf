import * as pulumi from "@pulumi/pulumi";
import { analyzerProto, Struct } from "./sdkModules";
import { AnalyzerResourceRecord, EnforcementLevel } from "./types";

const { EnforcementLevel: LevelEnum } = analyzerProto;

/** Enforcement level enum value -> name. */
export function levelName(level: number): EnforcementLevel {
    switch (level) {
        case LevelEnum.MANDATORY:
            return "mandatory";
        case LevelEnum.DISABLED:
            return "disabled";
        case LevelEnum.REMEDIATE:
            return "remediate";
        default:
            return "advisory";
    }
}

/** Enforcement level name -> enum value. */
export function levelValue(level: EnforcementLevel): analyzerProto.EnforcementLevel {
    return { advisory: LevelEnum.ADVISORY, mandatory: LevelEnum.MANDATORY, disabled: LevelEnum.DISABLED, remediate: LevelEnum.REMEDIATE }[level];
}

/**
 * A property value in the engine's wire form: unknowns become Pulumi's unknown sentinel,
 * `undefined` entries are dropped; secret signature objects pass through unchanged.
 */
export function toWireValue(value: unknown): unknown {
    if (pulumi.isUnknown(value)) {
        return pulumi.runtime.unknownValue;
    }
    if (Array.isArray(value)) {
        return value.map(toWireValue);
    }
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(
            Object.entries(value)
                .filter(([, v]) => v !== undefined)
                .map(([k, v]) => [k, toWireValue(v)]),
        );
    }
    return value;
}

/** Properties as a protobuf Struct. */
export function toStruct(properties: Record<string, unknown>): InstanceType<typeof Struct> {
    return Struct.fromJavaScript(toWireValue(properties) as Record<string, never>);
}

function resourceOptions(record: AnalyzerResourceRecord): analyzerProto.AnalyzerResourceOptions {
    const options = new analyzerProto.AnalyzerResourceOptions();
    options.setProtect(record.protect ?? false);
    if (record.parent) {
        options.setParent(record.parent);
    }
    return options;
}

/** The provider resource a record's `<urn>::<id>` provider reference names, when it was recorded. */
function providerOf(record: AnalyzerResourceRecord, byUrn: ReadonlyMap<string, AnalyzerResourceRecord>): analyzerProto.AnalyzerProviderResource | undefined {
    if (!record.provider) {
        return undefined;
    }
    const providerUrn = record.provider.slice(0, record.provider.lastIndexOf("::"));
    const provider = byUrn.get(providerUrn);
    if (provider === undefined) {
        return undefined;
    }
    const message = new analyzerProto.AnalyzerProviderResource();
    message.setUrn(provider.urn);
    message.setType(provider.type);
    message.setName(provider.name);
    message.setProperties(toStruct(provider.rawInputs));
    return message;
}

/** An Analyze request for one resource: its inputs, as the engine sends before a step. */
export function analyzeRequest(record: AnalyzerResourceRecord, byUrn: ReadonlyMap<string, AnalyzerResourceRecord>): analyzerProto.AnalyzeRequest {
    const request = new analyzerProto.AnalyzeRequest();
    request.setUrn(record.urn);
    request.setType(record.type);
    request.setName(record.name);
    request.setProperties(toStruct(record.rawInputs));
    request.setOptions(resourceOptions(record));
    const provider = providerOf(record, byUrn);
    if (provider) {
        request.setProvider(provider);
    }
    return request;
}

/**
 * An AnalyzeStack entry for one resource. The engine sends outputs; offline the inputs stand in
 * for them, plus `id` when it is known (bridged providers report `id` among the outputs).
 */
export function stackResource(record: AnalyzerResourceRecord, byUrn: ReadonlyMap<string, AnalyzerResourceRecord>): analyzerProto.AnalyzerResource {
    const resource = new analyzerProto.AnalyzerResource();
    resource.setUrn(record.urn);
    resource.setType(record.type);
    resource.setName(record.name);
    resource.setProperties(toStruct(record.id === undefined ? record.rawInputs : { ...record.rawInputs, id: record.id }));
    resource.setOptions(resourceOptions(record));
    if (record.parent) {
        resource.setParent(record.parent);
    }
    resource.setDependenciesList(record.dependencies ?? []);
    for (const [property, urns] of Object.entries(record.propertyDependencies ?? {})) {
        if (urns.length > 0) {
            const dependencies = new analyzerProto.AnalyzerPropertyDependencies();
            dependencies.setUrnsList(urns);
            resource.getPropertydependenciesMap().set(property, dependencies);
        }
    }
    const provider = providerOf(record, byUrn);
    if (provider) {
        resource.setProvider(provider);
    }
    return resource;
}
