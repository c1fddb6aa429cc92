// Issue #9, part 2: no file crashes a run from its size. The two files that ended a run with "Maximum call stack
// size exceeded" and the other hostile files of test/hostile/hostile-files.ts, each as large as the default limit
// allows, end in a normal report: at most 1,000 findings per file, plus one limit/findings that counts the rest.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDiagnostics, type Diagnostic, diagnostic } from "../../../src/core/diagnostic/diagnostic.js";
import { capFindings, firstFindings, MAX_FINDINGS_PER_FILE } from "../../../src/core/diagnostic/finding-cap.js";
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

  it("making only the first findings of a kind gives the report that making them all gives (property)", () => {
    const severity = fc.constantFrom<Diagnostic["severity"]>("error", "warning", "info");
    const finding = (code: string) =>
      fc
        .record({ line: fc.integer({ min: 1, max: 40 }), column: fc.integer({ min: 1, max: 3 }), severity })
        .map(({ line, column, severity }) => diagnostic("a.yaml", { line, column }, severity, code, `${code} ${line}`));
    fc.assert(
      fc.property(
        fc.array(finding("other/x"), { maxLength: 12 }),
        fc.array(fc.record({ line: fc.integer({ min: 1, max: 40 }), column: fc.integer({ min: 1, max: 3 }) }), {
          maxLength: 20,
        }),
        severity,
        fc.integer({ min: 1, max: 8 }),
        (others, places, kind, max) => {
          const items = [...places].sort((a, b) => a.line - b.line || a.column - b.column);
          const make = (cap: number) =>
            capFindings(
              "a.yaml",
              [
                ...others,
                ...firstFindings(
                  "a.yaml",
                  items,
                  { severity: kind, code: "rule/y" },
                  (p) => p,
                  (p) => `y at ${p.line}:${p.column}`,
                  cap,
                ),
              ],
              max,
            ).sort(compareDiagnostics);
          expect(make(max)).toEqual(make(Number.POSITIVE_INFINITY));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a template with 1,500 undeclared {{names}} lists the first 1,000 by position, those found only at the content first", () => {
    // Names written with an escape are found in the parsed content but not verbatim in the file: they are
    // reported at the content, which comes before every verbatim use.
    const escaped = Array.from({ length: 20 }, (_, i) => `e${i}`);
    const verbatim = Array.from({ length: 1480 }, (_, i) => `v${i}`);
    const content = [...verbatim.slice(0, 700), ...escaped.map((n) => `\\x7b{${n}}}`), ...verbatim.slice(700)]
      .map((n) => (n.startsWith("\\") ? n : `{{${n}}}`))
      .join(" ");
    const text = `metadata:\n  id: many-names\n  type: template\n  name: Many names\n  description: d\n  version: 1.0.0\n  author: a@example.com\ndata:\n  format: markdown\n  content: "${content}"\n`;
    const report = validateSources([{ file: "t.yaml", bytes: new TextEncoder().encode(text) }], options);
    const listed = report.diagnostics.filter((d) => d.code === "template/undeclared-variable");
    const more = report.diagnostics.filter((d) => d.code === "limit/findings");
    expect(listed).toHaveLength(MAX_FINDINGS_PER_FILE);
    expect(more.map(countedOut)).toEqual([500]);
    // What making every finding and sorting them would list: the escaped names at the content, then by position.
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
    const contentLine = lineOf(text.indexOf('content: "'));
    const expected = [
      ...escaped.map((n) => ({ name: n, line: contentLine, column: 12 })),
      ...verbatim.map((n) => {
        const offset = text.indexOf(`{{${n}}}`);
        return { name: n, line: lineOf(offset), column: offset - text.lastIndexOf("\n", offset - 1) };
      }),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    expect(listed.map((d) => [/\{\{(\w+)\}\}/.exec(d.message)?.[1], d.line, d.column])).toEqual(
      expected.slice(0, MAX_FINDINGS_PER_FILE).map((e) => [e.name, e.line, e.column]),
    );
    const cut = expected[MAX_FINDINGS_PER_FILE];
    expect([more[0]?.line, more[0]?.column]).toEqual([cut?.line, cut?.column]);
  });

  it("a file with 1,500 secrets of two kinds lists the first 1,000 by position and still redacts every one", () => {
    // Two rules, interleaved on each line: the scanner reports rule by rule, so the cut must be by position.
    const token = (i: number) => `ghp_${String(i).padStart(6, "0")}EXAMPLEonlyNotARealToken000000`;
    const npm = (i: number) => `npm_${String(i).padStart(6, "0")}EXAMPLEonlyNotARealToken000000`;
    const rows = Array.from({ length: 750 }, (_, i) => `    ${npm(i)} then ${token(i)}`).join("\n");
    const text = `metadata:\n  id: many-secrets\n  type: agent\n  name: Many secrets\n  description: d\n  version: 1.0.0\n  author: a@example.com\ndata:\n  goals: [ship]\n  actions: [{ name: a, type: tool }]\n  fallback_strategy: |\n${rows}\n`;
    const report = validateSources([{ file: "s.yaml", bytes: new TextEncoder().encode(text) }], {
      ...options,
      maxFileSize: 1024 * 1024,
    });
    // The block is longer than fallback_strategy allows: that error, on line 11, comes before every secret.
    const [tooLong, ...listed] = report.diagnostics.filter((d) => d.code !== "limit/findings");
    expect([tooLong?.code, tooLong?.line]).toEqual(["schema/max-length", 11]);
    const more = report.diagnostics.filter((d) => d.code === "limit/findings");
    const rowLine = 12;
    const all = Array.from({ length: 750 }, (_, i) => [
      ["secret/npm-token", rowLine + i, 5],
      ["secret/github-token", rowLine + i, 5 + npm(i).length + 6],
    ]).flat();
    const kept = MAX_FINDINGS_PER_FILE - 1;
    expect(listed.map((d) => [d.code, d.line, d.column])).toEqual(all.slice(0, kept));
    expect(more.map(countedOut)).toEqual([1500 - kept]);
    expect([more[0]?.line, more[0]?.column]).toEqual(all[kept]?.slice(1));
    // Every value, listed or counted, is masked wherever the report would echo it.
    const printed = JSON.stringify(report);
    for (let i = 0; i < 750; i++) {
      expect(printed).not.toContain(token(i));
      expect(printed).not.toContain(npm(i));
    }
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
