import type { Viz } from "@viz-js/viz";
import { PolicyDiagnostic } from "../../analyzer";
import { Plan } from "../planStack";
import { buildModel } from "./build";
import { layoutFont, svgFontFamily, toGraph } from "./graph";
import { DiagramInput, diagramInputOf } from "./resources";

export { buildModel } from "./build";
export type { NetworkModel } from "./model";
export { diagramInputOf } from "./resources";
export type { DiagramInput, DiagramResource } from "./resources";

let graphviz: Promise<Viz> | undefined;

/** Graphviz compiled to WebAssembly (@viz-js/viz): no browser, no binary, nothing fetched at run time. */
function loadGraphviz(): Promise<Viz> {
    graphviz ??= (require("@viz-js/viz") as typeof import("@viz-js/viz")).instance();
    return graphviz;
}

/** The SVG of a diagram input; the same input always gives the same bytes. */
export async function renderDiagramSvg(input: DiagramInput): Promise<string> {
    const viz = await loadGraphviz();
    const result = viz.render(toGraph(buildModel(input)), { format: "svg", engine: "dot" });
    const errors = result.errors.filter((e) => e.level !== "warning");
    if (result.status !== "success" || errors.length > 0) {
        throw new Error(`Graphviz could not draw the diagram: ${result.errors.map((e) => e.message).join("; ")}`);
    }
    // Laid out with Verdana's metrics; drawn with Verdana or a font as wide.
    return result.output.replaceAll(`font-family="${layoutFont}"`, `font-family="${svgFontFamily}"`);
}

/**
 * The network of a plan as an SVG diagram: accounts, VPCs and their blocks, vSwitches with zone and
 * block and what is placed in them, the transit router with its attachments and route tables,
 * HaVips and their nodes, NAT and SNAT, load balancers, RDS, Redis, EIPs; overlapping blocks and
 * policy verdicts (when given) marked on what they concern; below it, `command` (see {@link DiagramInput}).
 */
export function renderPlanDiagram(plan: Plan, violations?: readonly PolicyDiagnostic[], command?: string): Promise<string> {
    return renderDiagramSvg(diagramInputOf(plan, violations, command));
}
