import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/**
 * What the component package's TypeScript declares, read syntactically (no type checker): an
 * independent second reading of the source to hold the analyzer's schema against.
 */
export interface Declaration {
    name: string;
    kind: "interface" | "class" | "enum" | "type";
    file: string;
    node: ts.InterfaceDeclaration | ts.ClassDeclaration | ts.EnumDeclaration | ts.TypeAliasDeclaration;
}

/** Every .ts file of a package directory (node_modules and declaration files left out). */
export function sourceFiles(dir: string): string[] {
    const files: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== "node_modules") {
            files.push(...sourceFiles(full));
        } else if (entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
            files.push(full);
        }
    }
    return files.sort();
}

/** Top-level interface, class, enum and type-alias declarations of every file in `dir`. */
export function readDeclarations(dir: string): Declaration[] {
    const declarations: Declaration[] = [];
    for (const file of sourceFiles(dir)) {
        const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
        for (const statement of source.statements) {
            const rel = path.relative(dir, file);
            if (ts.isInterfaceDeclaration(statement)) {
                declarations.push({ name: statement.name.text, kind: "interface", file: rel, node: statement });
            } else if (ts.isClassDeclaration(statement) && statement.name) {
                declarations.push({ name: statement.name.text, kind: "class", file: rel, node: statement });
            } else if (ts.isEnumDeclaration(statement)) {
                declarations.push({ name: statement.name.text, kind: "enum", file: rel, node: statement });
            } else if (ts.isTypeAliasDeclaration(statement)) {
                declarations.push({ name: statement.name.text, kind: "type", file: rel, node: statement });
            }
        }
    }
    return declarations;
}

/** Names declared more than once, with where: `{ NodeInfo: ["compute/nodes.ts", "cluster/args.ts"] }`. */
export function duplicateNames(declarations: readonly Declaration[]): Record<string, string[]> {
    const byName = new Map<string, string[]>();
    for (const d of declarations) {
        byName.set(d.name, [...(byName.get(d.name) ?? []), `${d.file} (${d.kind})`]);
    }
    return Object.fromEntries([...byName].filter(([, where]) => where.length > 1));
}

/** A member as the schema should show it: its name, whether it may be left out, and its type in schema notation. */
export interface DeclaredMember {
    name: string;
    optional: boolean;
    type: string;
}

const typeName = (name: ts.EntityName): string => (ts.isIdentifier(name) ? name.text : name.right.text);

/**
 * A declared type in the notation of {@link schemaTypeText}: `string`, `Input<string>`, `string[]`,
 * `map<string>`, `NodeImage` (a package type); `Output<T>` is unwrapped. In outputs a union with
 * `undefined` means an optional output; any other construct comes back as `unsupported: <source>`.
 */
export function declaredTypeText(node: ts.TypeNode, inputs: boolean): { type: string; orUndefined: boolean } {
    if (ts.isUnionTypeNode(node)) {
        const defined = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
        if (defined.length === 1 && defined.length < node.types.length) {
            return { type: declaredTypeText(defined[0], inputs).type, orUndefined: true };
        }
        return { type: `unsupported: ${node.getText()}`, orUndefined: false };
    }
    const text = (inner: ts.TypeNode) => declaredTypeText(inner, inputs).type;
    switch (node.kind) {
        case ts.SyntaxKind.StringKeyword:
            return { type: "string", orUndefined: false };
        case ts.SyntaxKind.NumberKeyword:
            return { type: "number", orUndefined: false };
        case ts.SyntaxKind.BooleanKeyword:
            return { type: "boolean", orUndefined: false };
    }
    if (ts.isArrayTypeNode(node)) {
        return { type: `${text(node.elementType)}[]`, orUndefined: false };
    }
    if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
        return declaredTypeText(node.type, inputs);
    }
    if (ts.isTypeLiteralNode(node) && node.members.length === 1 && ts.isIndexSignatureDeclaration(node.members[0])) {
        return { type: `map<${text(node.members[0].type)}>`, orUndefined: false };
    }
    if (ts.isTypeReferenceNode(node)) {
        const name = typeName(node.typeName);
        const args = node.typeArguments ?? [];
        if (name === "Input" && args.length === 1) {
            const inner = declaredTypeText(args[0], inputs);
            return { type: inputs ? `Input<${inner.type}>` : inner.type, orUndefined: inner.orUndefined };
        }
        if (name === "Output" && args.length === 1) {
            return declaredTypeText(args[0], inputs);
        }
        if ((name === "Array" || name === "ReadonlyArray") && args.length === 1) {
            return { type: `${text(args[0])}[]`, orUndefined: false };
        }
        if (name === "Record" && args.length === 2 && args[0].kind === ts.SyntaxKind.StringKeyword) {
            return { type: `map<${text(args[1])}>`, orUndefined: false };
        }
        if (args.length === 0) {
            return { type: name, orUndefined: false };
        }
    }
    return { type: `unsupported: ${node.getText()}`, orUndefined: false };
}

/**
 * The property signatures of an interface and of every interface it extends, own members first
 * (what the analyzer turns into schema properties: it reads the type's properties, inherited ones
 * included). A base that is not a plain interface of the package (`Pick<...>`, `Omit<...>`) comes
 * back as an `unsupported` member: the analyzer turns such members into `Any` without a description.
 */
export function interfaceMembers(node: ts.InterfaceDeclaration, inputs: boolean, declarations: readonly Declaration[] = []): DeclaredMember[] {
    const own = node.members.filter(ts.isPropertySignature).map((member) => {
        const declared = member.type ? declaredTypeText(member.type, inputs) : { type: "unsupported: no type", orUndefined: false };
        return { name: member.name.getText(), optional: member.questionToken !== undefined || declared.orUndefined, type: declared.type };
    });
    const inherited = (node.heritageClauses ?? []).flatMap((clause) =>
        clause.types.flatMap((base): DeclaredMember[] => {
            const name = ts.isIdentifier(base.expression) ? base.expression.text : base.expression.getText();
            const declaration = declarations.find((d) => d.name === name && d.kind === "interface");
            if (declaration === undefined || (base.typeArguments?.length ?? 0) > 0) {
                return [{ name: `extends ${base.getText()}`, optional: true, type: `unsupported: extends ${base.getText()} (extend a plain interface of the package)` }];
            }
            return interfaceMembers(declaration.node as ts.InterfaceDeclaration, inputs, declarations);
        }),
    );
    return [...own, ...inherited.filter((member) => !own.some((o) => o.name === member.name))];
}

/** The properties a component class declares (every one becomes a schema output). */
export function classOutputs(node: ts.ClassDeclaration): DeclaredMember[] {
    return node.members.filter(ts.isPropertyDeclaration).map((member) => {
        const declared = member.type ? declaredTypeText(member.type, false) : { type: "unsupported: no type", orUndefined: false };
        return { name: member.name.getText(), optional: member.questionToken !== undefined || declared.orUndefined, type: declared.type };
    });
}

/** The constructor's `args` parameter type name and the token passed to `super(...)`. */
export function componentSignature(node: ts.ClassDeclaration): { constructors: number; argsType?: string; token?: string } {
    const constructors = node.members.filter(ts.isConstructorDeclaration);
    const ctor = constructors[0];
    const args = ctor?.parameters.find((p) => p.name.getText() === "args");
    const argsType = args?.type && ts.isTypeReferenceNode(args.type) ? typeName(args.type.typeName) : undefined;
    let token: string | undefined;
    const visit = (n: ts.Node): void => {
        if (token === undefined && ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) {
            const first = n.arguments[0];
            token = first && ts.isStringLiteral(first) ? first.text : `not a string literal: ${first?.getText()}`;
        }
        ts.forEachChild(n, visit);
    };
    if (ctor?.body) {
        visit(ctor.body);
    }
    return { constructors: constructors.length, argsType, token };
}
