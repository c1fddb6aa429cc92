// Differential test of the two parsers: on every input the fast path (js-yaml behind a pre-scan) accepts, the
// exact path (yaml, with every refusal) must accept too and yield the same data. Inputs are element documents
// written by yaml in every style, with scalars chosen to sit on the edges of the core schema, plus mutants and
// YAML-ish noise.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify, type ToStringOptions } from "yaml";
import { parseFast } from "../../../src/core/element/parse-fast.js";
import { fastPathEligible } from "../../../src/core/element/parse-prescan.js";
import { parseYaml } from "../../../src/core/element/parse-yaml.js";
import { VALID_EXAMPLES } from "./parse-invariants.js";

const GENERATED_RUNS = 10_000;
const NOISE_RUNS = 10_000;

/** Strings that resolve to something else, or nearly do, under one schema or another. */
const EDGE_SCALARS = [
  "1",
  "-0",
  "+1",
  "0o17",
  "0o8",
  "0x1F",
  "0X1F",
  "-0x1",
  "1_000",
  "0b101",
  "010",
  "1e3",
  "1E+3",
  ".5",
  "5.",
  "+.5e-3",
  "1e",
  "e1",
  ".inf",
  "-.Inf",
  "+.INF",
  ".nan",
  ".NaN",
  "nan",
  "inf",
  "Infinity",
  "NaN",
  "true",
  "True",
  "TRUE",
  "tRUE",
  "yes",
  "No",
  "on",
  "off",
  "y",
  "null",
  "Null",
  "NULL",
  "nULL",
  "~",
  "",
  " ",
  "2025-01-01",
  "2025-01-01T10:00:00Z",
  "12:30",
  "1:2:3",
  "0.",
  "00",
  "-",
  "--",
  "- a",
  "a: b",
  "a #b",
  "a#b",
  "#a",
  "'q'",
  '"d"',
  "[a]",
  "{a}",
  "|",
  ">",
  "@a",
  "`a",
  "%a",
  "?",
  "? a",
  ": a",
  "a:",
  "a :",
  "key:value",
  "é",
  "😀",
  "\u202e",
  "a\\nb",
  "tab\there",
  "line\nbreak",
  "trailing ",
  " leading",
  "x".repeat(90),
  "a, b",
  "[",
  "]",
  "{",
  "}",
];
/** Around yaml's 1024-character limit on implicit keys: long values are fine, long keys are not. */
const LONG_SCALARS = [
  "word ".repeat(250).trim(),
  "x".repeat(1030),
  `${"a".repeat(1010)}: b`,
  `${"b ".repeat(505)}#c`,
  `${"q".repeat(995)}'s`,
];
const LONG_KEYS = ["k".repeat(990), "k".repeat(1010), "k".repeat(1030), `${"key ".repeat(255)}end`];
const scalar = fc.oneof(
  fc.constantFrom(...EDGE_SCALARS),
  fc.constantFrom(...LONG_SCALARS),
  fc.string({ unit: fc.constantFrom(..."ab1.e-+:# '\"[]{},|>~\\\n"), maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...EDGE_SCALARS.filter((s) => s.length < 20)) },
  { weight: 8, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_KEYS) },
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
  data: fc.dictionary(key, node, { maxKeys: 4 }),
});
const style: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
  lineWidth: fc.constantFrom(0, 15, 80),
  minContentWidth: fc.constantFrom(0, 20),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  doubleQuotedAsJSON: fc.boolean(),
  nullStr: fc.constantFrom("null", "~", ""),
});

let taken = 0;
/** Of those, how many hold a line longer than 1000 characters (the widened part of the fast path). */
let takenLong = 0;

/** The property itself: whatever the fast path accepts, the exact path accepts with the same data. */
function agree(text: string): void {
  const fast = parseFast(text);
  if (fast === undefined) return;
  taken++;
  if (text.split("\n").some((line) => line.length > 1000)) takenLong++;
  expect(fastPathEligible(text)).toBe(true);
  const exact = parseYaml(text);
  if (!exact.ok)
    throw new Error(`fast path accepted what the exact path refuses: ${JSON.stringify(exact.findings)}\n${text}`);
  expect(fast).toStrictEqual(exact.value);
}

describe("fast path (js-yaml) against exact path (yaml)", () => {
  it("takes the fast path for the valid examples that keep to plain YAML, with the same data", () => {
    taken = 0;
    for (const text of VALID_EXAMPLES) agree(text.replace(/^\uFEFF/, ""));
    expect(taken).toBeGreaterThanOrEqual(4);
  });

  it(`agrees on ${GENERATED_RUNS} generated documents in every style`, () => {
    taken = 0;
    takenLong = 0;
    fc.assert(
      fc.property(element, style, fc.boolean(), (value, options, crlf) => {
        const text = stringify(value, options);
        agree(crlf ? text.replace(/\n/g, "\r\n") : text);
      }),
      { numRuns: GENERATED_RUNS },
    );
    // The property only means something if the fast path is actually taken, long lines included.
    expect(taken).toBeGreaterThan(GENERATED_RUNS / 4);
    expect(takenLong).toBeGreaterThan(GENERATED_RUNS / 100);
  });

  it(`agrees on ${NOISE_RUNS} mutants and noise built from YAML's punctuation`, () => {
    taken = 0;
    const seeds = VALID_EXAMPLES.map((t) => t.replace(/^\uFEFF/, ""));
    const text = [
      "{{x}}",
      "* a",
      "**b**",
      "R&D",
      "hi!",
      "---",
      "...",
      "%",
      "<<",
      "- - x",
      "&a",
      "*a",
      "!t",
      "? k",
      "a #c",
      ...LONG_SCALARS,
      ...LONG_KEYS.map((k) => `${k}: v`),
    ];
    const piece = fc.constantFrom(
      ...EDGE_SCALARS,
      ...text,
      "\n",
      "\n  ",
      "\n- ",
      ": ",
      ", ",
      " #c",
      "a: 1",
      "- [",
      "{k: ",
      "}",
      "]",
      "  ",
      "\r\n",
      '"',
      "'",
    );
    // Block structure: lines of random indentation, item markers, keys and values, block scalars among them.
    const line = fc
      .tuple(
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.option(fc.constantFrom("a", "b", "k 1", "1", "'q'", '"d"', "~")),
        fc.constantFrom(...EDGE_SCALARS, ...text, "", "[a, b]", "{a: 1}", "|", ">-", "|+", "|2", "| # c"),
      )
      .map(([indent, dash, k, v]) => " ".repeat(indent) + (dash ? "- " : "") + (k === null ? "" : `${k}: `) + v);
    const input = fc.oneof(
      fc
        .array(line, { minLength: 1, maxLength: 8 })
        .map((lines) => `metadata: {}\ndata:\n${lines.map((l) => `  ${l}\n`).join("")}`),
      fc.array(piece, { maxLength: 20 }).map((parts) => `metadata: {}\ndata:\n  x: ${parts.join("")}\n`),
      fc.array(piece, { maxLength: 20 }).map((parts) => parts.join("")),
      fc
        .tuple(
          fc.oneof(
            fc.constantFrom(...seeds),
            fc.tuple(element, style).map(([v, o]) => stringify(v, o)),
          ),
          fc.nat(),
          fc.nat({ max: 6 }),
          piece,
        )
        .map(([seed, at, cut, ins]) => {
          const i = at % (seed.length + 1);
          return seed.slice(0, i) + ins + seed.slice(i + cut);
        }),
    );
    fc.assert(fc.property(input, agree), { numRuns: NOISE_RUNS });
    expect(taken).toBeGreaterThan(NOISE_RUNS / 20);
  });
});
