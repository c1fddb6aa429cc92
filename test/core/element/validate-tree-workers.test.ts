// The CLI and Action bundles check large trees with worker threads that run the bundle itself: on such a tree each
// must give exactly the findings validateSources finds in the same bytes (and the worker must not run the command
// again). `--workers 1` (the `workers` input) asks for one whatever the machine's cores (and so a reader too); a
// CPU profile per thread shows which thread did what.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isPlainObject } from "../../../src/core/common/plain-object.js";
import { countBySeverity, type Diagnostic } from "../../../src/core/diagnostic/diagnostic.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { BATCH_SIZE } from "../../../src/core/element/validate-tree.js";
import { sarifText } from "../../../src/core/report/sarif.js";
import { runAction } from "../../bundle/run-action.js";
import { tempDir } from "../../support/tmp-dir.js";
import { edit, OPTIONS, sample } from "./validate-fixtures.js";

const BUNDLE = resolve(import.meta.dirname, "../../../dist/cli/index.js");

const FILES = BATCH_SIZE * 5 + 100;

/** A tree of FILES personas under elements/, two ids used more than once, and what validateSources says of it. */
function personaTree(): { root: string; expected: Diagnostic[] } {
  const root = tempDir("validate-workers-");
  mkdirSync(join(root, "elements"));
  const persona = sample("persona");
  const id = /^ {2}id: (.+)$/m.exec(persona)?.[1] ?? "";
  const names: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const name = `elements/p${String(i).padStart(5, "0")}.yaml`;
    writeFileSync(
      join(root, name),
      edit(persona, `id: ${id}`, `id: ${i % 997 === 0 ? "persona-twice" : `persona-${i}`}`),
    );
    names.push(name);
  }
  const expected = validateSources(
    names.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(root, file))) })),
    OPTIONS,
  ).diagnostics;
  expect(expected.some((d) => d.code === "id/duplicate")).toBe(true);
  return { root, expected };
}

/** Node's flags for one CPU profile per thread, written to `dir`. */
const profiling = (dir: string): string[] => [`--cpu-prof-dir=${dir}`, "--cpu-prof", "--cpu-prof-interval=100"];

/**
 * What each thread's profile shows it did. Three threads: the main one and the worker checked files (the worker
 * is handed the first two batches before the main thread starts); the reader only read them (the main thread
 * waits for the batches it claimed for it).
 */
function threadRoles(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => sampledFunctions(join(dir, name)))
    .map((seen) => (seen.has("checkSource") ? "checked" : seen.has("readListedFile") ? "read" : "idle"))
    .sort();
}

describe("validate with worker threads", () => {
  it(`the CLI bundle agrees with validateSources on ${FILES} files, duplicates and unresolved references included`, () => {
    const { root, expected } = personaTree();
    const profiles = join(root, "profiles");
    const run = spawnSync(
      process.execPath,
      [...profiling(profiles), BUNDLE, "validate", "elements", "--format", "json", "--workers", "1"],
      { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(run.stderr).toBe("");
    const printed: unknown = JSON.parse(run.stdout); // one JSON document: the CLI ran once, in the main thread
    // The JSON format leaves end positions out.
    const shown = expected.map(({ file, line, column, severity, code, message }) => ({
      file,
      line,
      column,
      severity,
      code,
      message,
    }));
    expect(printed).toMatchObject({ files: FILES, diagnostics: shown });
    expect(run.status).toBe(1);
    expect(threadRoles(profiles)).toEqual(["checked", "checked", "read"]);
  });

  it(`the Action bundle, with workers: 1, agrees with validateSources on ${FILES} files`, async () => {
    const { root, expected } = personaTree();
    const profiles = join(root, "profiles");
    const run = await runAction(
      root,
      { command: "validate", path: "elements", workers: "1", "sarif-file": "found.sarif" },
      {},
      profiling(profiles),
    );
    const counts = countBySeverity(expected);
    expect(run.outputs.get("files")).toBe(String(FILES));
    expect(run.outputs.get("errors")).toBe(String(counts.errors));
    expect(run.outputs.get("warnings")).toBe(String(counts.warnings));
    expect(run.code).toBe(1); // the step fails: the duplicate ids are errors
    // Every finding, as SARIF gives them (positions included): the ones this process finds in the same bytes.
    expect(sarifResults(readFileSync(join(root, "found.sarif"), "utf8"))).toEqual(sarifResults(sarifText(expected)));
    // The command ran once, in the main thread: a worker that ran it too would have written a summary again.
    expect(run.summary.match(/^## nexs-publish validate$/gm)).toHaveLength(1);
    expect(threadRoles(profiles)).toEqual(["checked", "checked", "read"]);
  });
});

function sarifResults(text: string): unknown {
  const log: unknown = JSON.parse(text);
  const runs = isPlainObject(log) && Array.isArray(log.runs) ? log.runs : [];
  const first: unknown = runs[0];
  return isPlainObject(first) ? first.results : undefined;
}

/** The names of the functions a CPU profile (written by --cpu-prof) saw running. */
function sampledFunctions(path: string): Set<string> {
  const profile: unknown = JSON.parse(readFileSync(path, "utf8"));
  const nodes = isPlainObject(profile) && Array.isArray(profile.nodes) ? profile.nodes : [];
  const names = new Set<string>();
  for (const node of nodes) {
    const frame = isPlainObject(node) && isPlainObject(node.callFrame) ? node.callFrame : undefined;
    if (typeof frame?.functionName === "string") names.add(frame.functionName);
  }
  return names;
}
