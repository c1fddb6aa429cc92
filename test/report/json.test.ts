import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostic/diagnostic.js";
import { formatJson } from "../../src/core/report/json.js";

const diag: Diagnostic = {
  file: "elements/a.yaml",
  line: 2,
  column: 7,
  endLine: 2,
  endColumn: 12,
  severity: "error",
  code: "schema/enum",
  message: "bad",
};

describe("json format", () => {
  it("prints exactly one JSON object on one line with the documented fields", () => {
    const out = formatJson(4, [diag, { ...diag, severity: "warning", code: "ref/unresolved" }]);
    expect(out.endsWith("\n")).toBe(true);
    expect(out.trimEnd().includes("\n")).toBe(false);
    const parsed: unknown = JSON.parse(out);
    expect(parsed).toEqual({
      files: 4,
      valid: false,
      errors: 1,
      warnings: 1,
      diagnostics: [
        { file: "elements/a.yaml", line: 2, column: 7, severity: "error", code: "schema/enum", message: "bad" },
        { file: "elements/a.yaml", line: 2, column: 7, severity: "warning", code: "ref/unresolved", message: "bad" },
      ],
    });
    expect(Object.keys(parsed as object)).toEqual(["files", "valid", "errors", "warnings", "diagnostics"]);
  });

  it("is valid with warnings and infos only", () => {
    const parsed: unknown = JSON.parse(
      formatJson(1, [
        { ...diag, severity: "info" },
        { ...diag, severity: "warning" },
      ]),
    );
    expect(parsed).toMatchObject({ valid: true, errors: 0, warnings: 1 });
  });
});
