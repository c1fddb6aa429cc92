// Runs the committed Action bundle the way the GitHub Actions runner does: Node 24 on the file named by
// action.yml's `runs.main`, every declared input as INPUT_<NAME> (its default unless given), and the
// workspace, output and summary files in the environment.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { isPlainObject } from "../../src/core/common/plain-object.js";
import { node24 } from "../support/node24.js";

export const REPO = resolve(import.meta.dirname, "../..");

interface ActionManifest {
  using: string;
  main: string;
  /** Input → the default the runner passes when the workflow gives none. */
  inputs: Map<string, string>;
  outputs: string[];
  /** As written: each input's default (expressions included) and description, each output's description. */
  declared: { inputs: Map<string, { default: string; description: string }>; outputs: Map<string, string> };
}

/** action.yml, read and checked the way the runner needs it. */
export function readActionManifest(): ActionManifest {
  const doc: unknown = parse(readFileSync(join(REPO, "action.yml"), "utf8"));
  if (
    !isPlainObject(doc) ||
    !isPlainObject(doc["runs"]) ||
    !isPlainObject(doc["inputs"]) ||
    !isPlainObject(doc["outputs"])
  )
    throw new Error("action.yml: runs, inputs and outputs must be mappings");
  const { using, main } = doc["runs"];
  if (typeof using !== "string" || typeof main !== "string")
    throw new Error("action.yml: runs.using and runs.main must be strings");
  const inputs = new Map<string, string>();
  const declared: ActionManifest["declared"] = { inputs: new Map(), outputs: new Map() };
  for (const [name, spec] of Object.entries(doc["inputs"])) {
    const fallback = isPlainObject(spec) ? spec["default"] : undefined;
    // An expression default such as ${{ github.token }} is the runner's to evaluate; there is none here.
    inputs.set(name, typeof fallback === "string" && !fallback.includes("${{") ? fallback : "");
    declared.inputs.set(name, {
      default: typeof fallback === "string" ? fallback : "",
      description: descriptionOf(spec),
    });
  }
  for (const [name, spec] of Object.entries(doc["outputs"])) declared.outputs.set(name, descriptionOf(spec));
  return { using, main, inputs, outputs: Object.keys(doc["outputs"]), declared };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Map<string, string>;
  summary: string;
}

/**
 * Runs the bundle as the runner does; `extraEnv` adds what a command needs beyond the basics (GITHUB_API_URL...),
 * `nodeArgs` flags for Node itself that only observe the run (a CPU profile per thread).
 */
export async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<ActionRun> {
  const manifest = readActionManifest();
  const files = mkdtempSync(join(tmpdir(), "nexs-action-files-"));
  const outputFile = join(files, "output");
  const summaryFile = join(files, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    // The run's TMPDIR (see test/support/tmp-global-setup.ts), so what the bundle leaves there is counted.
    TMPDIR: tmpdir(),
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: files,
    ...extraEnv,
  };
  for (const [name, fallback] of manifest.inputs) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? fallback;
  for (const name of Object.keys(inputs))
    if (!manifest.inputs.has(name)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? "";

  const child = spawn(node24(), [...nodeArgs, join(REPO, manifest.main)], {
    cwd: workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on("close", done));
  try {
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
      summary: readFileSync(summaryFile, "utf8"),
    };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputFile(text: string): Map<string, string> {
  const outputs = new Map<string, string>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!match?.[1] || !match[2]) continue;
    const end = lines.indexOf(match[2], i + 1);
    if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${match[1]}`);
    outputs.set(match[1], lines.slice(i + 1, end).join("\n"));
    i = end;
  }
  return outputs;
}

function descriptionOf(spec: unknown): string {
  const text = isPlainObject(spec) ? spec["description"] : undefined;
  return typeof text === "string" ? text : "";
}
