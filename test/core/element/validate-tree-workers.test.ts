// The CLI bundle checks large trees with worker threads that run the bundle itself: on such a tree it must print
// exactly the findings validateSources finds in the same bytes (and the worker must not run the CLI again).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_FILES_FOR_WORKERS } from "../../../src/cli/validate-workers.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { tempDir } from "../../support/tmp-dir.js";
import { edit, OPTIONS, sample } from "./validate-fixtures.js";

const BUNDLE = resolve(import.meta.dirname, "../../../dist/cli/index.js");

describe("validate with worker threads (CLI bundle)", () => {
  it(`agrees with validateSources on ${MIN_FILES_FOR_WORKERS + 100} files, duplicates and unresolved references included`, () => {
    const root = tempDir("validate-workers-");
    mkdirSync(join(root, "elements"));
    const persona = sample("persona");
    const id = /^ {2}id: (.+)$/m.exec(persona)?.[1] ?? "";
    const names: string[] = [];
    for (let i = 0; i < MIN_FILES_FOR_WORKERS + 100; i++) {
      const name = `elements/p${String(i).padStart(5, "0")}.yaml`;
      writeFileSync(
        join(root, name),
        edit(persona, `id: ${id}`, `id: ${i % 997 === 0 ? "persona-twice" : `persona-${i}`}`),
      );
      names.push(name);
    }
    const run = spawnSync(process.execPath, [BUNDLE, "validate", "elements", "--format", "json"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
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
  });
});
