// Issue #9, parts 2 and 5, through the committed bundles (rebuild with `npm run build -- cli` / `-- action`): the
// files that crashed a whole run and the other hostile files at the size limit end in a normal report from the
// CLI (every format) and the Action (outputs, summary, annotations, SARIF). Memory is bounded by a heap limit
// the child runs under; time only by the test timeout. Outcomes are asserted, never durations.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_FILE } from "../../src/core/diagnostic/finding-cap.js";
import { runAction } from "../bundle/run-action.js";
import { runCli } from "../bundle/run-cli.js";
import { parseJsonReport } from "../report/json-shape.js";
import { sarifProblems } from "../report/sarif-shape.js";
import { tempDir } from "../support/tmp-dir.js";
import { HOSTILE_FILES } from "./hostile-files.js";

// Far below what the hostile files would need if their findings were all kept (hundreds of MB of diagnostics).
const HEAP = { NODE_OPTIONS: "--max-old-space-size=512" };
const CRASH_FILES = ["tags-125000-integers.yaml", "traits-62000-empty.yaml"];
const PER_FILE = MAX_FINDINGS_PER_FILE + 1;

function corpus(names: readonly string[], copies = 0): string {
  const dir = tempDir("nexs-hostile-bundle-");
  for (const name of names) writeFileSync(join(dir, name), HOSTILE_FILES[name]?.() ?? "");
  // Extra copies of a file that fails to parse (so no id, no cross-file finding): more findings in all.
  const copy = HOSTILE_FILES["duplicate-keys.yaml"]?.() ?? "";
  for (let i = 0; i < copies; i++) writeFileSync(join(dir, `copy-${i}.yaml`), copy);
  return dir;
}

function sarifOf(text: string): { results: number; notes: string[] } {
  const log: unknown = JSON.parse(text);
  expect(sarifProblems(log)).toEqual([]);
  const run = typeof log === "object" && log !== null && "runs" in log && Array.isArray(log.runs) ? log.runs[0] : {};
  const results: unknown[] = Array.isArray(run?.results) ? run.results : [];
  const notes: unknown[] = run?.invocations?.[0]?.toolExecutionNotifications ?? [];
  return { results: results.length, notes: notes.map((n) => JSON.stringify(n)) };
}

describe("hostile files through the CLI bundle", () => {
  it("every hostile file: a human report, exit 1, at most 1,001 lines per file", async () => {
    const names = Object.keys(HOSTILE_FILES);
    const cwd = corpus(names);
    const run = await runCli(["validate", "."], { cwd, env: HEAP });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(new RegExp(`^✖ ${names.length} files, \\d+ errors, \\d+ warnings$`));
    for (const name of names) {
      const own = lines.filter((line) => line.startsWith(`${name}:`));
      expect(own.length, name).toBeGreaterThan(0);
      expect(own.length, name).toBeLessThanOrEqual(PER_FILE);
    }
    expect(run.stdout).toMatch(/^tags-125000-integers\.yaml:\d+:\d+ error limit\/findings …and \d+ more findings/m);
  });

  it.each(["json", "sarif"])("the crash files in --format %s: one bounded document, exit 1", async (format) => {
    const cwd = corpus(CRASH_FILES);
    const run = await runCli(["validate", ".", "--format", format], { cwd, env: HEAP });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    if (format === "json") {
      const report = parseJsonReport(run.stdout);
      expect(report.files).toBe(2);
      expect(report.diagnostics.length).toBeLessThanOrEqual(2 * PER_FILE);
      expect(report.diagnostics.filter((d) => d.code === "limit/findings")).toHaveLength(2);
    } else {
      expect(sarifOf(run.stdout).results).toBe(2 * PER_FILE);
    }
  });
});

describe("hostile files through the Action bundle", () => {
  it("outputs, a summary under 1 MiB, a notice that says what it holds, and a SARIF file code scanning accepts", async () => {
    const names = Object.keys(HOSTILE_FILES);
    const ws = corpus(names, 10);
    const run = await runAction(ws, { path: ".", "sarif-file": "nexs.sarif" }, HEAP);
    expect(run.stderr).not.toMatch(/Maximum call stack|\n\s+at /);
    expect(run.code).toBe(1);
    const files = names.length + 10;
    expect(run.outputs.get("valid")).toBe("false");
    expect(run.outputs.get("files")).toBe(String(files));
    const errors = Number(run.outputs.get("errors"));
    const warnings = Number(run.outputs.get("warnings"));
    expect(errors).toBeGreaterThan(15_000);
    expect(errors + warnings).toBeLessThanOrEqual(files * PER_FILE);

    // The summary: under GitHub's 1 MiB, its table rows counted by the notice, and the SARIF cut said.
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    const tableRows = run.summary
      .split("\n")
      .filter((line) => /^\| .+ \| \d+ \| \d+ \| (error|warning|info) \| /.test(line)).length;
    const notice = run.stdout.split("\n").find((line) => line.startsWith("::notice::"));
    expect(notice).toBe(
      `::notice::${errors - 10} more errors and ${Math.max(0, warnings - 10)} more warnings are not annotated: the job summary lists the first ${tableRows} of ${errors + warnings} diagnostics`,
    );
    expect(run.summary).toContain(`_${errors + warnings - tableRows} more not shown`);

    const sarifText = readFileSync(join(ws, "nexs.sarif"), "utf8");
    expect(statSync(join(ws, "nexs.sarif")).size).toBeLessThanOrEqual(10_000_000);
    const sarif = sarifOf(sarifText);
    expect(sarif.results).toBeLessThan(errors + warnings);
    expect(sarif.notes).toHaveLength(1);
    expect(sarif.notes[0]).toContain(`${errors + warnings - sarif.results} more results not included`);
    expect(run.summary).toContain(
      `_The SARIF file holds ${sarif.results} of the ${errors + warnings} diagnostics, the most severe first`,
    );
    expect(run.summary).not.toContain("upload the SARIF file");
  });
});
