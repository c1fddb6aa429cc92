import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostic/diagnostic.js";
import { formatHuman } from "../../src/core/report/human.js";

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: "elements/a.yaml",
  line: 3,
  column: 5,
  severity: "error",
  code: "schema/required",
  message: "missing name",
  ...over,
});

describe("human format", () => {
  it("prints file:line:col severity code message, then a tally", () => {
    const out = formatHuman(
      2,
      [
        d({}),
        d({ file: "b.yml", line: 1, column: 1, severity: "warning", code: "ref/unresolved", message: "no such skill" }),
      ],
      { color: false },
    );
    expect(out).toBe(
      "elements/a.yaml:3:5 error schema/required missing name\n" +
        "b.yml:1:1 warning ref/unresolved no such skill\n" +
        "✖ 2 files, 1 error, 1 warning\n",
    );
  });

  it("says all is well when there are only warnings or nothing", () => {
    expect(formatHuman(1, [], { color: false })).toBe("✔ 1 file, 0 errors, 0 warnings\n");
    expect(formatHuman(3, [d({ severity: "warning" })], { color: false })).toMatch(/^✔ 3 files, 0 errors, 1 warning$/m);
  });

  it("uses ANSI colour only when asked", () => {
    const plain = formatHuman(1, [d({})], { color: false });
    const coloured = formatHuman(1, [d({})], { color: true });
    expect(plain).not.toContain("\u001b[");
    expect(coloured).toContain("\u001b[31merror\u001b[0m");
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });

  it("cannot be made to print extra lines or terminal escapes by a file name or message", () => {
    const out = formatHuman(1, [d({ file: "x\n::error::forged.yaml", message: "a\rb\u001b[2Jc\u2028d" })], {
      color: false,
    });
    expect(out.split("\n")).toHaveLength(3); // one diagnostic, the tally, the final newline
    expect(out).not.toMatch(/[\r\u001b\u2028]/);
    expect(out).toContain("x\\u000a::error::forged.yaml:3:5");
  });
});
