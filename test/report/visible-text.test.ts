import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visibleLine, visibleLines } from "../../src/core/report/visible-text.js";

// Every character a terminal, a log or a workflow command could act on, or that could reorder what is shown.
const HAZARDS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

describe("visibleLine", () => {
  it("shows ESC, BEL, NUL, C1 and bidi overrides as \\uXXXX", () => {
    expect(visibleLine("a\u001b[31mb\u0007c\u0000d\u009be\u202ef\u2066g\nh")).toBe(
      "a\\u001b[31mb\\u0007c\\u0000d\\u009be\\u202ef\\u2066g\\u000ah",
    );
  });

  it("leaves no hazard and keeps every other character (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100, unit: "binary" }), (text) => {
        const shown = visibleLine(text);
        expect(shown).not.toMatch(HAZARDS);
        const unescaped = shown.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) =>
          String.fromCharCode(Number.parseInt(hex, 16)),
        );
        // Text that already held a literal "\uXXXX" reads back as that character: ambiguous, but never hidden.
        if (!/\\u[0-9a-f]{4}/.test(text)) expect(unescaped).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("visibleLines", () => {
  it("keeps line feeds and tabs, and escapes a lone CR", () => {
    expect(visibleLines("a\tb\r\nc\rd\u202e")).toBe("a\tb\nc\\u000dd\\u202e");
  });
});
