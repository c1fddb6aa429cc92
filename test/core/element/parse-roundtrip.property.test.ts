// Generated element documents, written by the yaml package in many styles: parseSource accepts them (unless a
// key is one docs/elements.md forbids), yields the same data as the yaml package's own reading, and that data round-trips.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify, type ToStringOptions } from "yaml";
import {
  checkPositions,
  checkRoundTrip,
  isPlainData,
  parseBytes,
  parseText,
  VALID_EXAMPLES,
} from "./parse-invariants.js";

const RUNS = 5_000;

const scalar = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(..."ab -:#&*!|>'\"{}[],?%@`~\t\n\\0123456789.e+"), maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("1", "true", "null", "~", "-", "? x", "a: b", "<<", "__proto__", "constructor", "#"),
);
const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    scalar,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(key, tie("node"), { maxKeys: 3 }),
  ),
}));
const element = fc.record({
  metadata: fc.dictionary(key, scalar, { maxKeys: 3 }),
  data: fc.dictionary(key, node, { maxKeys: 3 }),
});
const style: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  flowCollectionPadding: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
});

/** The keys docs/elements.md refuses, anywhere in a value. */
function refusedKeys(value: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) {
      for (const [k, inner] of Object.entries(v)) {
        if (k === "<<") found.add("yaml/merge-key");
        if (["__proto__", "constructor", "prototype"].includes(k)) found.add("yaml/forbidden-key");
        walk(inner);
      }
    }
  };
  walk(value);
  return found;
}

describe("parseSource on generated documents", () => {
  it("accepts every valid example, and its data round-trips", () => {
    for (const text of VALID_EXAMPLES) {
      const result = parseText(text);
      expect(result.diagnostics).toEqual([]);
      expect(result.ok).toBe(true);
      checkRoundTrip(result);
    }
  });

  it(`yields the data the yaml package reads, in any style, with LF, CRLF or a BOM (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(element, style, fc.constantFrom("lf", "crlf", "bom"), (value, options, ending) => {
        let text = stringify(value, options);
        if (ending === "crlf") text = text.replace(/\n/g, "\r\n");
        if (ending === "bom") text = `\uFEFF${text}`;
        const bytes = new TextEncoder().encode(text);
        const result = parseBytes(bytes);
        checkPositions(bytes, result);
        // The yaml package's own reading is the reference. Its writer is not: a blank string written as a block
        // literal comes back empty, and some multi-line keys come out as invalid YAML, which both must refuse.
        let reference: unknown;
        try {
          // Read back from the bytes: the writer can split a surrogate pair, which UTF-8 encoding replaces.
          const written = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
          const document = parseDocument(written, { schema: "core", merge: false });
          if (document.errors.length > 0) throw document.errors[0];
          reference = document.toJS({ mapAsMap: true });
        } catch {
          expect(result.ok).toBe(false);
          return;
        }
        const refused = refusedKeys(value);
        // Only a plain << is a merge key: written quoted, "<<" is an ordinary key and reads as the reference does.
        const quotedMerge =
          result.ok && refused.size === 1 && refused.has("yaml/merge-key") && !/(?:^|[\s{,[?-])<<\s*:/.test(text);
        if (refused.size > 0 && !quotedMerge) {
          expect(result.ok).toBe(false);
          for (const d of result.diagnostics) expect(refused).toContain(d.code);
          return;
        }
        if (!result.ok) throw new Error(`refused ${JSON.stringify(result.diagnostics)}\n${text}`);
        expect(result.value).toStrictEqual(plainKeys(reference));
        expect(isPlainData(result.value)).toBe(true);
        // The yaml writer puts a "<<" key back plain, which is a merge key: that text is rightly refused.
        if (!quotedMerge) checkRoundTrip(result);
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * The reference read with maps, its keys then named as docs/elements.md says (a key is its value as a string, as
 * js-yaml and JSON see it): the yaml package names a null key "" where parseSource names it "null". The writer
 * makes such keys on its own (a string ":\na" in a flow sequence comes back as a mapping with an empty key).
 */
function plainKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainKeys);
  if (!(value instanceof Map)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of value) out[String(key)] = plainKeys(child);
  return out;
}
