import { describe, expect, it } from "vitest";
import { checkConclusion } from "../../../src/core/check/check-conclusion.js";
import type { ElementCheckReport } from "../../../src/core/check/check-elements.js";
import { DEFAULT_CHECK_LIMITS, SUMMARY_MAX_CHARS } from "../../../src/core/check/check-limits.js";
import { checkOutput } from "../../../src/core/check/check-summary.js";
import { type Diagnostic, diagnostic } from "../../../src/core/diagnostic/diagnostic.js";

const BY_TYPE = { persona: 0, skill: 2, template: 0, agent: 0, memory: 0, ensemble: 0 };

function report(diagnostics: Diagnostic[], overlapping: ElementCheckReport["overlapping"] = []): ElementCheckReport {
  return { files: 2, byType: BY_TYPE, diagnostics, overlapping };
}

function checked(r: ElementCheckReport, notes: string[] = []) {
  return checkOutput({ outcome: { kind: "checked", ...r }, limits: DEFAULT_CHECK_LIMITS, notes });
}

describe("checkOutput", () => {
  it("says a clean check passed, with the files per type, like the job summary", () => {
    const output = checked(report([]));
    expect(output.title).toBe("2 element files, no problems");
    expect(output.summary).toContain("## nexs-publish check");
    expect(output.summary).toContain("✅ **2 element files**: 0 errors, 0 warnings");
    expect(output.summary).toContain("| skill | 2 |");
    expect(output.summary).not.toContain("| File | Line |");
  });

  it("tabulates findings with every cell escaped", () => {
    const d = diagnostic("elements/[x](y).yaml", { line: 3, column: 1 }, "error", "schema/type", "a | b <img>");
    const output = checked(report([d]));
    expect(output.title).toBe("1 error, 0 warnings in 2 element files");
    expect(output.summary).toContain("| File | Line | Column | Severity | Code | Message |");
    expect(output.summary).toContain("| elements/&#91;x&#93;&#40;y&#41;.yaml | 3 | 1 | error |");
    expect(output.summary).not.toContain("<img>");
  });

  it("stays within GitHub's 65,535 characters however many findings there are, and counts the rest", () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      diagnostic(`elements/skill/f-${i}.yaml`, { line: 1, column: 1 }, "warning", "x/y", "ü".repeat(200)),
    );
    const output = checked(report(many), ["a note"]);
    expect(output.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(output.summary).toMatch(/_\d+ more not shown: a check run's summary is limited to 65,535 characters/);
    expect(output.summary).toContain("_The first 1000 of 5000 findings are annotated on the files");
  });

  it("links the other open submissions only when the address is a pull request's page", () => {
    const output = checked(
      report(
        [],
        [
          { submission: { number: 4, url: "https://github.com/n/c/pull/4", source: "o/s" }, ids: ["a_b"] },
          { submission: { number: 5, url: "javascript:alert(1)//pull/5", source: "o/s" }, ids: ["c"] },
        ],
      ),
    );
    expect(output.summary).toContain("- [#4](https://github.com/n/c/pull/4) from o/s: a&#95;b");
    expect(output.summary).toContain("- #5 (javascript&#58;alert&#40;1&#41;//pull/5) from o/s: c");
  });

  it("bounds a long list of overlapping submissions, counting the rest", () => {
    const overlapping = Array.from({ length: 2000 }, (_, i) => ({
      submission: { number: i + 1, url: `https://github.com/n/c/pull/${i + 1}`, source: "owner/source" },
      ids: Array.from({ length: 20 }, (_, k) => `id_${k}`),
    }));
    const output = checked(report([], overlapping));
    expect(output.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(output.summary).toMatch(/- and \d+ more\n/);
    expect(output.summary).toContain("&#95;9 and 10 more");
  });

  it("says why a pull request was not checked, with the documented limits", () => {
    const output = checkOutput({
      outcome: { kind: "too-large", reason: { kind: "bytes", bytes: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 } },
      limits: DEFAULT_CHECK_LIMITS,
    });
    expect(output.title).toBe("Too large to check");
    expect(output.summary).toContain("because its element files hold 6 MiB, more than the 5 MiB one check reads");
    expect(output.summary).toContain("One check reads at most 300 element files and 5 MiB of element files");
    const listing = checkOutput({
      outcome: { kind: "too-large", reason: { kind: "listing", limit: 3000 } },
      limits: DEFAULT_CHECK_LIMITS,
    });
    expect(listing.summary).toContain("GitHub lists no more than 3000 files of a pull request");
  });

  it("says there is nothing to check", () => {
    const output = checkOutput({ outcome: { kind: "nothing-to-check" }, limits: DEFAULT_CHECK_LIMITS });
    expect(output).toEqual({ title: "No element files changed", summary: expect.stringContaining("nothing to check") });
  });
});

describe("checkConclusion", () => {
  it("fails on an error, passes on warnings, and is neutral when nothing was checked", () => {
    const warning = diagnostic("a.yaml", { line: 1, column: 1 }, "warning", "x/y", "m");
    const error = { ...warning, severity: "error" as const };
    expect(checkConclusion({ kind: "checked", ...report([warning]) })).toBe("success");
    expect(checkConclusion({ kind: "checked", ...report([warning, error]) })).toBe("failure");
    expect(checkConclusion({ kind: "nothing-to-check" })).toBe("neutral");
    expect(checkConclusion({ kind: "too-large", reason: { kind: "files", limit: 300 } })).toBe("neutral");
  });
});
