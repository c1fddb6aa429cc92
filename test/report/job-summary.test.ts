import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostic/diagnostic.js";
import type { ElementType } from "../../src/core/element/types.js";
import { formatJobSummary } from "../../src/core/report/job-summary.js";
import { escapeMarkdownCell } from "../../src/core/report/markdown-escape.js";

const byType: Record<ElementType, number> = { persona: 1, skill: 2, template: 0, agent: 3, memory: 0, ensemble: 1 };
const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: "elements/a.yaml",
  line: 2,
  column: 4,
  severity: "error",
  code: "schema/enum",
  message: "bad value",
  ...over,
});
const decode = (text: string): string =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
const withoutEntities = (text: string): string => text.replace(/&#\d+;/g, "");
const tableRows = (md: string): string[] =>
  md.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| File") && !line.startsWith("| ---"));

describe("job summary", () => {
  it("gives the verdict, files per element type and every diagnostic in a table", () => {
    const md = formatJobSummary({
      files: 7,
      diagnostics: [
        d({}),
        d({ severity: "warning", line: 9, column: 1, code: "ref/unresolved", message: "no skill x" }),
      ],
      byType,
    });
    expect(md).toContain("❌ **7 files**: 1 error, 1 warning");
    expect(md).toContain("| agent | 3 |");
    expect(md).toContain("| template | 0 |");
    expect(md).toContain("| File | Line | Column | Severity | Code | Message |");
    expect(md).toContain("| elements/a.yaml | 2 | 4 | error | schema/enum | bad value |");
    expect(md).toContain("| elements/a.yaml | 9 | 1 | warning | ref/unresolved | no skill x |");
    expect(md).not.toContain("more not shown");
  });

  it("has no diagnostics table when all is clean", () => {
    const md = formatJobSummary({ files: 2, diagnostics: [], byType });
    expect(md).toContain("✅ **2 files**: 0 errors, 0 warnings");
    expect(md).not.toContain("| File |");
  });

  it("renders hostile text as text: one row, no HTML, no link, no table break", () => {
    const message =
      "x | y\n| forged | row |<script>alert(1)</script> [click](javascript:alert(1)) ![i](http://e/i.png) **b** `c` @team #1 $x$";
    const md = formatJobSummary({ files: 1, diagnostics: [d({ file: "elements/<b>|.yaml", message })], byType });
    const rows = md.split("\n").filter((line) => line.includes("forged"));
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? "";
    expect(row.split(" | ")).toHaveLength(6); // the pipes of the message did not add cells
    expect(withoutEntities(row)).not.toMatch(/[<>[\]()`*@#!$&]/);
    expect(decode(row)).toContain(message.replace("\n", " "));
  });

  it("stays under the byte limit and says how many rows it left out", () => {
    const diagnostics = Array.from({ length: 5000 }, (_, i) =>
      d({ line: i + 1, message: `message ${"ü".repeat(100)} ${i}` }),
    );
    const md = formatJobSummary({ files: 5000, diagnostics, byType }, 100_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(100_000);
    const shown = tableRows(md).filter((r) => r.includes("message")).length;
    expect(shown).toBeGreaterThan(100);
    expect(md).toContain(`_${5000 - shown} more not shown`);
  });

  it("fits the default 1 MiB budget whatever is thrown at it (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.string({ maxLength: 2000, unit: "binary" }),
        (count, message) => {
          const diagnostics = Array.from({ length: count }, (_, i) => d({ line: i + 1, message }));
          const md = formatJobSummary({ files: count, diagnostics, byType });
          expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe("escapeMarkdownCell", () => {
  it("leaves nothing markdown or HTML could act on, and loses no visible text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (text) => {
        const cell = escapeMarkdownCell(text);
        expect(withoutEntities(cell)).not.toMatch(/[|<>\n\r`*_[\]()\\!~$@#&]/);
        const visible = text
          .replace(/\r\n|[\r\n\u2028\u2029]/g, " ")
          .replace(
            /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
            (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
          );
        expect(decode(cell)).toBe(visible);
      }),
      { numRuns: 2000 },
    );
  });

  it("shortens long text without splitting a character", () => {
    expect(escapeMarkdownCell("abcdef", 3)).toBe("abc…");
    expect(escapeMarkdownCell("ab😀cd", 3)).toBe("ab…");
  });
});
