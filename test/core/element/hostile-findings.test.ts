// Issue #9, part 2: no file crashes a run from its size. The two files that ended a run with "Maximum call stack
// size exceeded" and the other hostile files of test/hostile/hostile-files.ts, each as large as the default limit
// allows, end in a normal report: at most 1,000 findings per file, plus one limit/findings that counts the rest.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Diagnostic, diagnostic } from "../../../src/core/diagnostic/diagnostic.js";
import { capFindings, MAX_FINDINGS_PER_FILE } from "../../../src/core/element/finding-cap.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../../src/core/element/source.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { validateTree } from "../../../src/core/element/validate-tree.js";
import { HOSTILE_FILES } from "../../hostile/hostile-files.js";
import { tempDir } from "../../support/tmp-dir.js";

const options = { strict: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };

/** What a limit/findings message says was left out. */
function countedOut(d: Diagnostic | undefined): number {
  const n = /^…and (\d+) more findings in this file/.exec(d?.message ?? "")?.[1];
  return n === undefined ? 0 : Number(n);
}

function perFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) out.set(d.file, [...(out.get(d.file) ?? []), d]);
  return out;
}

describe("findings per file are capped", () => {
  it("keeps the first 1,000 (errors first, in file order) and counts the rest in one limit/findings", () => {
    const at = (line: number, severity: Diagnostic["severity"]) =>
      diagnostic("a.yaml", { line, column: 1 }, severity, "schema/type", `problem on line ${line}`);
    const findings = [
      ...Array.from({ length: 1500 }, (_, i) => at(i + 1, "warning")),
      ...Array.from({ length: 600 }, (_, i) => at(2000 + i, "error")),
    ];
    const capped = capFindings("a.yaml", findings);
    expect(capped).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(capped.filter((d) => d.severity === "error" && d.code === "schema/type")).toHaveLength(600);
    const more = capped.filter((d) => d.code === "limit/findings");
    expect(more).toHaveLength(1);
    expect(more[0]?.message).toBe(
      "…and 1100 more findings in this file (1100 warnings) not listed: only the first 1000 are; fix those and validate again",
    );
    expect(more[0]?.severity).toBe("warning");
    // A second cut adds to the first instead of counting it as one finding.
    const again = capFindings("a.yaml", [...capped, ...Array.from({ length: 10 }, (_, i) => at(5000 + i, "error"))]);
    expect(again.filter((d) => d.code === "limit/findings").map(countedOut)).toEqual([1110]);
    expect(again.find((d) => d.code === "limit/findings")?.severity).toBe("warning");
    expect(capFindings("a.yaml", findings.slice(0, 1000))).toHaveLength(1000);
  });

  it("the issue's crash files end in a report that counts every finding (validateSources)", () => {
    const make = (name: string) => ({ file: name, bytes: new TextEncoder().encode(HOSTILE_FILES[name]?.() ?? "") });
    const report = validateSources([make("tags-125000-integers.yaml"), make("traits-62000-empty.yaml")], options);
    const files = perFile(report.diagnostics);
    for (const [file, found] of files) {
      expect(found.length, file).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
      expect(
        found.filter((d) => d.code === "limit/findings"),
        file,
      ).toHaveLength(1);
    }
    // One schema/type per integer tag, two schema/required per empty trait: listed plus counted covers them all.
    const tags = files.get("tags-125000-integers.yaml") ?? [];
    expect(tags.length - 1 + countedOut(tags.find((d) => d.code === "limit/findings"))).toBeGreaterThanOrEqual(125_000);
    const traits = files.get("traits-62000-empty.yaml") ?? [];
    expect(traits.length - 1 + countedOut(traits.find((d) => d.code === "limit/findings"))).toBeGreaterThanOrEqual(
      124_000,
    );
  });

  it("every hostile file at the size limit ends in a bounded report (validateTree, from disk)", async () => {
    const dir = tempDir("nexs-hostile-");
    for (const [name, make] of Object.entries(HOSTILE_FILES)) {
      const text = make();
      expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(DEFAULT_MAX_FILE_SIZE);
      writeFileSync(join(dir, name), text);
    }
    const report = await validateTree(["."], { ...options, cwd: dir, keepElements: false });
    expect(report.files).toBe(Object.keys(HOSTILE_FILES).length);
    const files = perFile(report.diagnostics);
    expect([...files.keys()].sort()).toEqual(Object.keys(HOSTILE_FILES).sort());
    for (const [file, found] of files) {
      expect(found.length, file).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
      expect(
        found.some((d) => d.severity === "error"),
        file,
      ).toBe(true);
    }
    // The files built to give the most findings do reach the cap.
    for (const file of [
      "tags-125000-integers.yaml",
      "duplicate-keys.yaml",
      "top-level-keys.yaml",
      "metadata-keys.yaml",
    ])
      expect(countedOut(files.get(file)?.find((d) => d.code === "limit/findings")), file).toBeGreaterThan(10_000);
  });
});
