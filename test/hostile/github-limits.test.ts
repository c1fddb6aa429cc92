// Issue #9, part 5: the SARIF file stays within code scanning's documented hard limits (25,000 results per run;
// a file of at most 10 MB: docs.github.com, "SARIF support for code scanning" and "SARIF file is too large"), the
// cut is said in the run's notifications and in the job summary, and the summary never points at a SARIF file
// for diagnostics it does not hold.
import { describe, expect, it } from "vitest";
import { type Diagnostic, diagnostic, type Severity } from "../../src/core/diagnostic/diagnostic.js";
import { jobSummary } from "../../src/core/report/job-summary.js";
import { GITHUB_MAX_RESULTS, GITHUB_MAX_SARIF_BYTES, type SarifLog, sarifOutput } from "../../src/core/report/sarif.js";
import { sarifProblems } from "../report/sarif-shape.js";

const byType = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };

function findings(count: number, message: (i: number) => string, severity: (i: number) => Severity): Diagnostic[] {
  return Array.from({ length: count }, (_, i) =>
    diagnostic(`elements/f${i % 50}.yaml`, { line: i + 1, column: 1 }, severity(i), "schema/type", message(i)),
  );
}

/** The SARIF schema's shape (sarif-shape.ts) is what makes the text a SarifLog. */
function isSarifLog(value: unknown): value is SarifLog {
  return sarifProblems(value).length === 0;
}

function read(text: string): SarifLog {
  const log: unknown = JSON.parse(text);
  expect(sarifProblems(log)).toEqual([]);
  if (!isSarifLog(log)) throw new Error("not SARIF");
  return log;
}

describe("SARIF within GitHub's limits", () => {
  it("holds at most 25,000 results, the most severe, and its notification says what was cut", () => {
    const all = findings(
      30_000,
      (i) => `problem ${i}`,
      (i) => (i % 3 === 0 ? "error" : "warning"),
    );
    // Pretty-printed, 25,000 results never fit 10 MB: the byte limit is lifted here to see the count limit alone.
    const out = sarifOutput(all, 100_000_000);
    expect(out).toMatchObject({ results: GITHUB_MAX_RESULTS, total: 30_000 });
    const run = read(out.text).runs[0];
    expect(run.results).toHaveLength(GITHUB_MAX_RESULTS);
    expect(run.results.filter((r) => r.level === "error")).toHaveLength(10_000); // every error kept
    expect(run.invocations[0].toolExecutionNotifications?.[0]?.message.text).toBe(
      "5000 more results not included: code scanning accepts at most 25000 results per run; the 25000 included are the most severe of 30000",
    );
  });

  it.each([
    ["short", 30_000, ""],
    ["long", 25_000, "long message ".repeat(60)],
  ])("stays under 10 MB with %s messages, and says it is the size that cut it", (_, count, text) => {
    const all = findings(
      count,
      (i) => `${text}${i}`,
      () => "error",
    );
    const out = sarifOutput(all);
    expect(Buffer.byteLength(out.text)).toBeLessThanOrEqual(GITHUB_MAX_SARIF_BYTES);
    expect(Buffer.byteLength(out.text)).toBeGreaterThan(GITHUB_MAX_SARIF_BYTES * 0.9); // no more cut than needed
    expect(out.results).toBeLessThan(25_000);
    expect(out.results).toBeGreaterThan(5_000);
    const run = read(out.text).runs[0];
    expect(run.results).toHaveLength(out.results);
    expect(run.invocations[0].toolExecutionNotifications?.[0]?.message.text).toBe(
      `${count - out.results} more results not included: code scanning accepts a SARIF file of at most 10 MB; the ${out.results} included are the most severe of ${count}`,
    );
  });

  it("says nothing about a cut when there is none", () => {
    const out = sarifOutput(findings(3, String, () => "error"));
    expect(out).toMatchObject({ results: 3, total: 3 });
    expect(read(out.text).runs[0].invocations[0].toolExecutionNotifications).toBeUndefined();
  });
});

describe("the job summary says what it and the SARIF file hold", () => {
  const many = findings(
    30_000,
    (i) => `problem ${i} ${"x".repeat(40)}`,
    () => "error",
  );

  it("points at the SARIF file for the rest only when it holds every diagnostic", () => {
    const few = findings(
      3_000,
      (i) => `problem ${i} ${"x".repeat(40)}`,
      () => "error",
    );
    const summary = jobSummary({ files: 50, diagnostics: few, byType, sarif: { results: 3_000 } }, 100_000);
    expect(summary.shown).toBeLessThan(3_000);
    expect(summary.text).toContain(
      `_${3_000 - summary.shown} more not shown: the job summary is limited to 1 MiB. Run \`nexs-publish validate\` locally, or upload the SARIF file (it holds all 3000) to see every diagnostic._`,
    );
    expect(summary.text).not.toContain("The SARIF file holds");
  });

  it("a cut SARIF file is said, and not offered for the rest", () => {
    const summary = jobSummary({ files: 50, diagnostics: many, byType, sarif: { results: GITHUB_MAX_RESULTS } });
    expect(Buffer.byteLength(summary.text)).toBeLessThanOrEqual(1_000_000);
    expect(summary.shown).toBeLessThan(30_000);
    expect(summary.text).not.toContain("upload the SARIF file");
    expect(summary.text).toContain(
      `_${30_000 - summary.shown} more not shown: the job summary is limited to 1 MiB. Run \`nexs-publish validate\` locally to see every diagnostic._`,
    );
    expect(summary.text).toContain(
      "_The SARIF file holds 25000 of the 30000 diagnostics, the most severe first: code scanning accepts at most 25000 results per run and 10 MB per file.",
    );
  });

  it("without a SARIF file, none is mentioned; the rows shown do not depend on it", () => {
    const without = jobSummary({ files: 50, diagnostics: many, byType });
    const withSarif = jobSummary({ files: 50, diagnostics: many, byType, sarif: { results: 25_000 } });
    expect(without.text).not.toMatch(/SARIF/);
    expect(withSarif.shown).toBe(without.shown);
    const rows = without.text.split("\n").filter((line) => line.startsWith("| elements/"));
    expect(rows).toHaveLength(without.shown);
  });
});
