import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "yaml";

/** The repository root (where Pulumi.yaml is). */
export const projectDir = path.resolve(__dirname, "../..");

/** Every stack config file in the repository, by stack name. */
export function stackConfigFiles(): Array<{ stack: string; file: string }> {
    return fs
        .readdirSync(projectDir)
        .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({ stack: match[1], file: path.join(projectDir, match[0]) }));
}

/** A temporary folder removed by the returned `cleanup`, also when a test failed. */
export function temporaryDir(): { dir: string; cleanup: () => void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alicloud-blueprints-test-"));
    return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `config` as a stack config file in `dir` and returns its path. */
export function writeConfigFile(dir: string, name: string, config: Record<string, unknown>): string {
    const file = path.join(dir, `${name}.yaml`);
    fs.writeFileSync(file, stringify({ config }));
    return file;
}
