import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic, Severity } from "../../src/core/diagnostic/diagnostic.js";
import { fileUri, type SarifLog, toSarif } from "../../src/core/report/sarif.js";
import { sarifProblems } from "./sarif-shape.js";

const tool = { name: "nexs-publish", version: "0.1.0", informationUri: "https://www.npmjs.com/package/nexs-publish" };
const meanings = { "schema/required": "A required key is missing.", "yaml/duplicate-key": "The same key twice." };
const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: "elements/persona/a.yaml",
  line: 4,
  column: 3,
  severity: "error",
  code: "schema/required",
  message: "missing name",
  ...over,
});
const run = (log: SarifLog) => log.runs[0];

describe("SARIF", () => {
  it("has the shape GitHub code scanning accepts", () => {
    const log = toSarif(
      [
        d({}),
        d({ severity: "warning", code: "ref/unresolved", endLine: 4, endColumn: 9 }),
        d({ severity: "info", code: "yaml/warning" }),
      ],
      { tool, meanings },
    );
    expect(sarifProblems(log)).toEqual([]);
    expect(log.version).toBe("2.1.0");
    expect(run(log).tool.driver).toMatchObject({
      name: "nexs-publish",
      version: "0.1.0",
      semanticVersion: "0.1.0",
      informationUri: tool.informationUri,
    });
  });

  it("makes a rule of every known code and of every code used, each result pointing at its rule", () => {
    const log = toSarif([d({ code: "ref/unresolved", severity: "warning" }), d({})], { tool, meanings });
    const rules = run(log).tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(["ref/unresolved", "schema/required", "yaml/duplicate-key"]);
    expect(rules[1]).toEqual({
      id: "schema/required",
      name: "SchemaRequired",
      shortDescription: { text: "A required key is missing." },
    });
    expect(rules[0]?.shortDescription.text).toBe("ref/unresolved");
    for (const result of run(log).results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it("maps severities to levels and diagnostics to locations", () => {
    const results = run(
      toSarif([d({ severity: "error" }), d({ severity: "warning" }), d({ severity: "info" })], { tool, meanings }),
    ).results;
    expect(results.map((r) => r.level)).toEqual(["error", "warning", "note"]);
    expect(results[0]?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "elements/persona/a.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 4, startColumn: 3 },
    });
    expect(results[0]?.message.text).toBe("missing name");
  });

  it("keeps a consistent end position and drops one that ends before it starts", () => {
    const [good, backwards] = run(
      toSarif([d({ endLine: 6, endColumn: 1 }), d({ line: 4, column: 8, endLine: 4, endColumn: 2 })], {
        tool,
        meanings,
      }),
    ).results;
    expect(good?.locations[0].physicalLocation.region).toEqual({
      startLine: 4,
      startColumn: 3,
      endLine: 6,
      endColumn: 1,
    });
    expect(backwards?.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 8 });
  });

  it("encodes file names as relative URI references with forward slashes", () => {
    expect(fileUri("elements/my file#1%.yaml")).toBe("elements/my%20file%231%25.yaml");
    // Separators are already `/` (displayPath); a backslash is part of a POSIX name and must survive the round trip.
    expect(fileUri("elements\\odd\\name.yaml")).toBe("elements%5Codd%5Cname.yaml");
    expect(fileUri("elements/ü.yaml")).toBe("elements/%C3%BC.yaml");
    expect(fileUri("elements/\ud800.yaml")).toBe("elements/%EF%BF%BD.yaml");
  });

  it("keeps at most 25,000 results, errors first, and says how many it left out", () => {
    const many = Array.from({ length: 25_010 }, (_, i) => d({ line: i + 1, severity: i < 20 ? "warning" : "error" }));
    const log = toSarif(many, { tool, meanings });
    expect(run(log).results).toHaveLength(25_000);
    expect(run(log).results.every((r) => r.level === "error")).toBe(false); // 24,990 errors + 10 warnings
    expect(run(log).results.filter((r) => r.level === "warning")).toHaveLength(10);
    expect(run(log).invocations[0].toolExecutionNotifications?.[0].message.text).toMatch(
      /^10 more results not included/,
    );
    expect(sarifProblems(log)).toEqual([]);
  });

  it("is accepted whatever the file names, positions and messages (property)", () => {
    const severity = fc.constantFrom<Severity>("error", "warning", "info");
    const segment = fc
      .string({ minLength: 1, maxLength: 12, unit: "binary" })
      .filter((s) => !s.includes("/") && s !== "." && s !== "..");
    const diagnostic = fc.record({
      file: fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/")),
      line: fc.integer({ min: 1, max: 1e6 }),
      column: fc.integer({ min: 1, max: 1e4 }),
      endLine: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }),
      endColumn: fc.option(fc.integer({ min: 1, max: 1e4 }), { nil: undefined }),
      severity,
      code: fc.constantFrom("schema/required", "yaml/syntax", "secret/github-token"),
      message: fc.string({ maxLength: 80, unit: "binary" }),
    });
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 20 }), (diagnostics) => {
        const log = toSarif(
          diagnostics.map((x) => ({ ...x })),
          { tool, meanings },
        );
        expect(sarifProblems(JSON.parse(JSON.stringify(log)))).toEqual([]);
        run(log).results.forEach((r, i) => {
          expect(decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)).toBe(diagnostics[i]?.file);
        });
      }),
      { numRuns: 150 },
    );
  });
});
