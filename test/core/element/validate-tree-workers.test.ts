// The CLI bundle checks large trees with worker threads that run the bundle itself: on such a tree it must print
// exactly the findings validateSources finds in the same bytes (and the worker must not run the CLI again).
// `--workers 1` asks for one whatever the machine's cores (and so a reader too); a CPU profile per thread shows
// which thread did what.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isPlainObject } from "../../../src/core/common/plain-object.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { BATCH_SIZE } from "../../../src/core/element/validate-tree.js";
import { tempDir } from "../../support/tmp-dir.js";
import { edit, OPTIONS, sample } from "./validate-fixtures.js";

const BUNDLE = resolve(import.meta.dirname, "../../../dist/cli/index.js");

describe("validate with worker threads (CLI bundle)", () => {
  const FILES = BATCH_SIZE * 5 + 100;

  it(`agrees with validateSources on ${FILES} files, duplicates and unresolved references included`, () => {
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
    const profiles = join(root, "profiles");
    const run = spawnSync(
      process.execPath,
      [
        `--cpu-prof-dir=${profiles}`,
        "--cpu-prof",
        "--cpu-prof-interval=100",
        BUNDLE,
        "validate",
        "elements",
        "--format",
        "json",
        "--workers",
        "1",
      ],
      {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(run.stderr).toBe("");
    const printed: unknown = JSON.parse(run.stdout); // one JSON document: the CLI ran once, in the main thread
    const expected = validateSources(
      names.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(root, file))) })),
      OPTIONS,
    );
    // The JSON format leaves end positions out.
    const shown = expected.diagnostics.map(({ file, line, column, severity, code, message }) => ({
      file,
      line,
      column,
      severity,
      code,
      message,
    }));
    expect(printed).toMatchObject({ files: names.length, diagnostics: shown });
    expect(expected.diagnostics.some((d) => d.code === "id/duplicate")).toBe(true);
    expect(run.status).toBe(1);
    // Three threads: this one and the worker checked files (the worker is handed the first two batches before this
    // thread starts); the reader only read them (this thread waits for the batches it claimed for it).
    const roles = readdirSync(profiles)
      .map((name) => sampledFunctions(join(profiles, name)))
      .map((seen) => (seen.has("checkSource") ? "checked" : seen.has("readListedFile") ? "read" : "idle"));
    expect(roles.sort()).toEqual(["checked", "checked", "read"]);
  });
});

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
