// The leak corpus through the committed bundles, run as users and the runner run them: no byte of any output
// (stdout, stderr, JSON, SARIF, annotations, the job summary, the step outputs) holds any secret, in any format,
// and every case is reported as a secret. Rebuild (`npm run build -- cli`, `npm run build -- action`) after
// changing the source: these tests see only dist/.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../bundle/run-action.js";
import { runCli } from "../bundle/run-cli.js";
import { tempDir } from "../support/tmp-dir.js";
import { fileCount, type LeakCase, leakCases } from "./corpus.js";
import { leaks, writeCorpus } from "./write-corpus.js";

const CASES = leakCases();

/** Cases without a secret/* finding in a JSON report: a secret that goes unreported is a leak waiting to happen. */
function unreported(cases: readonly LeakCase[], json: string): string[] {
  const report: unknown = JSON.parse(json);
  const diagnostics =
    typeof report === "object" && report !== null && "diagnostics" in report && Array.isArray(report.diagnostics)
      ? report.diagnostics
      : [];
  const reported = new Set<string>();
  for (const d of diagnostics) {
    if (typeof d?.file !== "string" || typeof d?.code !== "string" || !d.code.startsWith("secret/")) continue;
    reported.add(d.file.split("/")[1] ?? "");
  }
  return cases.map((c) => c.name).filter((name) => !reported.has(name));
}

describe("the leak corpus", () => {
  it("has at least 40 files, each case with its own secrets", () => {
    expect(fileCount(CASES)).toBeGreaterThanOrEqual(40);
    const all = CASES.flatMap((c) => c.secrets);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("the CLI bundle on the leak corpus", () => {
  it.each(["human", "json", "sarif"])("--format %s prints no secret and fails", async (format) => {
    const root = writeCorpus(tempDir("nexs-leak-cli-"), CASES);
    const run = await runCli(["validate", "elements", "--format", format], { cwd: root });
    expect(run.code, run.stderr).toBe(1);
    expect(leaks(CASES, run.stdout + run.stderr)).toEqual([]);
    if (format === "json") expect(unreported(CASES, run.stdout)).toEqual([]);
    if (format === "human") expect(run.stdout).toContain("[redacted]");
  });
});

describe("the Action bundle on the leak corpus", () => {
  it("writes no secret to the log, annotations, summary, SARIF file or outputs, and fails the step", async () => {
    const root = writeCorpus(tempDir("nexs-leak-action-"), CASES);
    const run = await runAction(root, { path: "elements", "sarif-file": "results.sarif" });
    expect(run.code, run.stdout.slice(-2000)).toBe(1);
    const sarifPath = join(root, "results.sarif");
    expect(existsSync(sarifPath)).toBe(true);
    const sarif = readFileSync(sarifPath, "utf8");
    const outputs = [...run.outputs].map(([k, v]) => `${k}=${v}`).join("\n");
    expect(run.stdout).toMatch(/^::error /m);
    expect(run.summary).toContain("secret/");
    for (const [where, text] of Object.entries({ stdout: run.stdout, stderr: run.stderr, sarif, outputs }))
      expect(leaks(CASES, text), where).toEqual([]);
    expect(leaks(CASES, run.summary), "summary").toEqual([]);
  });
});
