import { describe, expect, it } from "vitest";
import { annotationBatches, toAnnotation } from "../../../src/core/check/annotations.js";
import { diagnostic } from "../../../src/core/diagnostic/diagnostic.js";

describe("toAnnotation", () => {
  it("keeps columns for a finding on one line, with the code as title and the level GitHub names", () => {
    const d = diagnostic("elements/a.yaml", { line: 4, column: 3, endColumn: 9 }, "error", "schema/type", "wrong");
    expect(toAnnotation(d)).toEqual({
      path: "elements/a.yaml",
      start_line: 4,
      end_line: 4,
      start_column: 3,
      end_column: 9,
      annotation_level: "failure",
      title: "schema/type",
      message: "wrong",
    });
  });

  it("drops columns for a finding over several lines (GitHub refuses them)", () => {
    const d = diagnostic("a.yaml", { line: 2, column: 5, endLine: 6, endColumn: 1 }, "warning", "x/y", "m");
    const annotation = toAnnotation(d);
    expect(annotation).toMatchObject({ start_line: 2, end_line: 6, annotation_level: "warning" });
    expect(annotation).not.toHaveProperty("start_column");
    expect(annotation).not.toHaveProperty("end_column");
  });

  it("writes an info as a notice and clips a pathological message", () => {
    const d = diagnostic("a.yaml", { line: 1, column: 1 }, "info", "persona/private", "é".repeat(10_000));
    const annotation = toAnnotation(d);
    expect(annotation.annotation_level).toBe("notice");
    expect(annotation.message.length).toBeLessThanOrEqual(4000);
    expect(annotation.message.endsWith("…")).toBe(true);
    expect(annotation).toMatchObject({ start_column: 1, end_column: 1 });
  });
});

describe("annotationBatches", () => {
  it("cuts 120 annotations into 50, 50 and 20, in order", () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    const batches = annotationBatches(list, 50);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches.flat()).toEqual(list);
  });

  it("gives no batch for no annotation, one for exactly 50, and batches of 50 by default", () => {
    expect(annotationBatches([])).toEqual([]);
    expect(annotationBatches(Array.from({ length: 50 }, () => 0)).map((b) => b.length)).toEqual([50]);
    expect(annotationBatches(Array.from({ length: 51 }, () => 0)).map((b) => b.length)).toEqual([50, 1]);
    expect(() => annotationBatches([1], 0)).toThrow(/positive integer/);
  });
});
