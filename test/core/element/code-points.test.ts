// codePointLength replaces ajv's ucs2length in the generated validators: it must give the same count for every
// string, whatever mix of ASCII, two-byte characters, surrogate pairs and lone surrogates it holds.
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength } from "../../../src/core/element/code-points.js";
import { validatorFor } from "../../../src/core/element/schemas.js";

const units = fc.constantFrom(0x41, 0xe9, 0x2192, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xdfff, 0xd800);
const mixed = fc.array(units, { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));

describe("codePointLength", () => {
  it("counts as ajv's own validators do (property)", () => {
    // ajv compiled at run time counts with its ucs2length: the string is exactly as long as it says when ajv
    // accepts it at that maxLength and refuses it at one less.
    const ajv = new Ajv();
    const byMax = new Map<number, (text: string) => boolean>();
    const fits = (text: string, max: number): boolean => {
      let check = byMax.get(max);
      if (!check) {
        const validate = ajv.compile({ type: "string", maxLength: max });
        check = (t) => validate(t);
        byMax.set(max, check);
      }
      return check(text);
    };
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: "binary" }), fc.string()), (text) => {
        const length = codePointLength(text);
        expect(fits(text, length)).toBe(true);
        if (length > 0) expect(fits(text, length - 1)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("counts a pair as one, a lone surrogate as one, and each unit of other text as one", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("😀😀")).toBe(2);
    expect(codePointLength("\ud800")).toBe(1);
    expect(codePointLength("\ud800\ud800\udc00")).toBe(2);
    expect(codePointLength("a\udc00\ud83d")).toBe(3);
  });

  it("is what the generated validators count: 500 emoji fit a 500-character description, 501 do not", () => {
    const element = (description: string) => ({
      metadata: {
        id: "counted",
        type: "skill",
        name: "Counted",
        description,
        version: "1.0.0",
        author: "a@example.com",
      },
      data: {},
    });
    const validate = validatorFor("skill");
    validate(element("😀".repeat(500)));
    expect(validate.errors?.some((e) => e.keyword === "maxLength") ?? false).toBe(false);
    validate(element("😀".repeat(501)));
    expect(validate.errors?.some((e) => e.keyword === "maxLength" && e.instancePath === "/metadata/description")).toBe(
      true,
    );
  });
});
