import { describe, expect, it } from "vitest";
import { compareDiagnostics, countBySeverity, type Diagnostic } from "../src/core/diagnostic/diagnostic.js";

const d = (file: string, line: number, column: number, severity: Diagnostic["severity"]): Diagnostic => ({
  file,
  line,
  column,
  severity,
  code: "x/y",
  message: "m",
});

describe("diagnostics", () => {
  it("counts errors and warnings", () => {
    expect(countBySeverity([d("a", 1, 1, "error"), d("a", 2, 1, "warning"), d("b", 1, 1, "info")])).toEqual({
      errors: 1,
      warnings: 1,
    });
  });
  it("sorts by file then position", () => {
    const sorted = [d("b", 1, 1, "error"), d("a", 3, 1, "error"), d("a", 1, 5, "error"), d("a", 1, 2, "error")].sort(
      compareDiagnostics,
    );
    expect(sorted.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(["a:1:2", "a:1:5", "a:3:1", "b:1:1"]);
  });
});
