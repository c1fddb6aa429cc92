// Differential test of the two locators: on every text the fast path takes, the plain index
// (parse-locate-plain.ts) must answer each query exactly as the yaml locator over the full yaml parse does, or
// not at all. Queries are every path of the document (keys and values), a missing key or index under every
// collection, and a child of every scalar. Inputs are element documents written by yaml in every style, the
// benchmark's realistic elements (clean, with warnings, with errors), and their mutants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify, type ToStringOptions } from "yaml";
import { elementTexts, TREES } from "../../../bench/validate/generate.js";
import { parseFast } from "../../../src/core/element/parse-fast.js";
import { createLocator, lazyLocator } from "../../../src/core/element/parse-locate.js";
import { locateInIndex, plainIndex } from "../../../src/core/element/parse-locate-plain.js";
import { parseYaml } from "../../../src/core/element/parse-yaml.js";
import type { NodePath } from "../../../src/core/element/source.js";
import { VALID_EXAMPLES } from "./parse-invariants.js";

const RUNS = 2_000;
const MUTANT_RUNS = 1_000;

/** Every query worth asking of a document: each node by key and by value, plus paths that do not exist. */
function queries(value: unknown): NodePath[] {
  const out: NodePath[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    out.push(path);
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, [...path, i]);
      });
      out.push([...path, node.length], [...path, "x"]);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
      out.push([...path, "no-such-key"], [...path, 0]);
    } else {
      out.push([...path, "x"], [...path, 0]);
    }
  };
  walk(value, []);
  return out;
}

const stats = { texts: 0, asked: 0, answered: 0 };

/** The property: where the index answers, it answers as the yaml locator; the lazy locator always does. */
function agree(text: string): void {
  const fast = parseFast(text);
  if (fast === undefined) return;
  const exact = parseYaml(text);
  if (!exact.ok) throw new Error(`the fast path took a text the exact path refuses:\n${text}`);
  const reference = createLocator(exact.doc, exact.lineCounter);
  const index = plainIndex(text);
  const lazy = lazyLocator(text);
  stats.texts++;
  for (const path of queries(fast)) {
    for (const want of ["key", "value"] as const) {
      const expected = reference(path, want);
      stats.asked++;
      const plain = index && locateInIndex(index, path, want);
      if (plain) {
        stats.answered++;
        expect(plain, `${want} of ${JSON.stringify(path)} in\n${text}`).toStrictEqual(expected);
      }
      // The index reads the top level only as far as the queries so far needed: asked first, on an index of its
      // own, a query must get the same answer (a finding in a file is often its only query).
      const alone = path.length <= 2 ? plainIndex(text) : undefined;
      const first = alone && locateInIndex(alone, path, want);
      if (first) expect(first, `${want} of ${JSON.stringify(path)}, asked first, in\n${text}`).toStrictEqual(expected);
      expect(lazy(path, want), `${want} of ${JSON.stringify(path)} in\n${text}`).toStrictEqual(expected);
    }
  }
}

const EDGE_SCALARS = [
  "1",
  "-0",
  "+1",
  "0o17",
  "0x1F",
  "1e3",
  ".5",
  ".inf",
  "-.Inf",
  ".nan",
  "true",
  "True",
  "FALSE",
  "null",
  "~",
  "",
  " ",
  "2025-01-01",
  "12:30",
  "a: b",
  "a #b",
  "a#b",
  "#a",
  "'q'",
  '"d"',
  "it's",
  'say "hi"',
  "back\\slash",
  "[a]",
  "{a}",
  "-",
  "- a",
  "-a",
  "?a",
  ":a",
  "key:value",
  "é",
  "😀",
  "line\nbreak",
  "trailing ",
  " leading",
  "x".repeat(90),
  "word ".repeat(30).trim(),
];
const scalar = fc.oneof(
  fc.constantFrom(...EDGE_SCALARS),
  fc.string({ unit: fc.constantFrom(..."ab1.e-+:# '\"[]{},|>~\\\n"), maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.constantFrom(...EDGE_SCALARS.filter((s) => s.length < 20)),
  fc.string({ maxLength: 6 }),
  fc.constantFrom("description", "version", "data", "name", "0", "1", "10"),
);
const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    scalar,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(key, tie("node"), { maxKeys: 4 }),
  ),
}));
const element = fc.record({
  metadata: fc.dictionary(key, scalar, { maxKeys: 4 }),
  data: fc.dictionary(key, node, { maxKeys: 5 }),
});
const style: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 15, 80),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
  collectionStyle: fc.constantFrom("any", "block", "block", "flow"),
  nullStr: fc.constantFrom("null", "~", ""),
});

/** The benchmark's realistic files of each tree (warnings and schema errors included). */
const REALISTIC = TREES.flatMap((tree) => [...elementTexts(30, 7, tree)].map((f) => f.text));

describe("plain index against the yaml locator", () => {
  it("answers as the yaml locator on the examples and the benchmark's clean, warning and error trees", () => {
    stats.asked = 0;
    stats.answered = 0;
    for (const text of [...VALID_EXAMPLES.map((t) => t.replace(/^\uFEFF/, "")), ...REALISTIC]) {
      agree(text);
      agree(text.replace(/\n/g, "\r\n"));
    }
    // Realistic files are what it is for: nearly every query (all but block scalars, block collections' ends and
    // what lies in a multi-line scalar) is answered without the yaml parse.
    expect(stats.answered / stats.asked).toBeGreaterThan(0.8);
  });

  it("always answers where the benchmark's findings are (missing description, schema errors in metadata)", () => {
    for (const text of REALISTIC) {
      const index = plainIndex(text);
      expect(index, text).toBeDefined();
      if (!index) continue;
      for (const path of [["metadata"], ["metadata", "version"], ["metadata", "created_at"], ["metadata", "id"]])
        expect(locateInIndex(index, path, path.length === 1 ? "key" : "value"), text).toBeDefined();
    }
  });

  it(`answers as the yaml locator on ${RUNS} generated documents in every style`, () => {
    stats.texts = 0;
    stats.asked = 0;
    stats.answered = 0;
    fc.assert(
      fc.property(element, style, fc.boolean(), fc.boolean(), (value, options, crlf, comments) => {
        let text = stringify(value, options);
        if (comments) text = text.replace(/\n(?=( *)\S)/g, "\n$1# a comment\n\n");
        agree(crlf ? text.replace(/\n/g, "\r\n") : text);
      }),
      { numRuns: RUNS },
    );
    expect(stats.texts).toBeGreaterThan(RUNS / 4);
    expect(stats.answered).toBeGreaterThan(stats.asked / 4);
  });

  it(`answers as the yaml locator on ${MUTANT_RUNS} mutants of realistic files`, () => {
    stats.texts = 0;
    stats.answered = 0;
    const piece = fc.constantFrom(
      ...EDGE_SCALARS,
      "\n",
      "\n  ",
      "\n    ",
      "\n- ",
      "\n  - ",
      ": ",
      " #c",
      "\n# c\n",
      "a: 1",
      "|\n    text",
      ">-\n    text",
      "[a, b]",
      "{k: v}",
      "  ",
      "\r\n",
      '"',
      "'",
    );
    const mutant = fc
      .tuple(fc.constantFrom(...REALISTIC), fc.nat(), fc.nat({ max: 6 }), piece)
      .map(([seed, at, cut, insert]) => {
        const i = at % (seed.length + 1);
        return seed.slice(0, i) + insert + seed.slice(i + cut);
      });
    fc.assert(fc.property(mutant, agree), { numRuns: MUTANT_RUNS });
    expect(stats.texts).toBeGreaterThan(MUTANT_RUNS / 10);
    expect(stats.answered).toBeGreaterThan(0);
  });
});
