/** `alicloud:vpc/network:Network` -> `alicloud:vpc:Network`, as `pulumi preview` shows types. */
export function displayType(type: string): string {
    const [pkg, module, name] = type.split(":");
    return name === undefined ? type : `${pkg}:${module.split("/")[0]}:${name}`;
}

/** The last part of a URN: the resource's name. */
export function nameOf(urn: string): string {
    return urn.slice(urn.lastIndexOf("::") + 2);
}
