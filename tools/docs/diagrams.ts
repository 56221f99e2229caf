import * as fs from "node:fs";
import * as path from "node:path";
import { PolicyPackSession } from "../analyzer";
import { renderPlanDiagram } from "../plan/diagram";
import { planStack } from "../plan/planStack";
import { policyVerdicts } from "../plan/verdicts";
import { repositoryDir } from "../workspace";

/** Where the README's stack diagrams live. */
export const diagramsDir = path.join(repositoryDir, "docs/diagrams");

/** Every stack the repository ships: a Pulumi.<stack>.yaml beside Pulumi.yaml. */
export function shippedStacks(): string[] {
    return fs
        .readdirSync(repositoryDir)
        .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
        .filter((stack): stack is string => stack !== undefined)
        .sort();
}

/** The file of a stack's diagram, and the path the README embeds it by. */
export function diagramFile(stack: string): { file: string; readmePath: string } {
    return { file: path.join(diagramsDir, `${stack}.svg`), readmePath: `docs/diagrams/${stack}.svg` };
}

/**
 * Each shipped stack's diagram as `npm run plan -- --stack <stack> --diagram` draws it: planned
 * offline, policy verdicts from the pack (started the engine's way, once, or the given session).
 */
export async function renderShippedDiagrams(session?: PolicyPackSession): Promise<Map<string, string>> {
    const pack = session ?? (await PolicyPackSession.start());
    try {
        const diagrams = new Map<string, string>();
        for (const stack of shippedStacks()) {
            const plan = await planStack({ projectDir: repositoryDir, stack });
            diagrams.set(stack, await renderPlanDiagram(plan, await policyVerdicts(plan, undefined, pack)));
        }
        return diagrams;
    } finally {
        if (session === undefined) {
            await pack.stop();
        }
    }
}
