// Valid element files with bytes and lines inserted, deleted and duplicated, YAML-ish noise and raw bytes:
// parseSource never throws, every diagnostic has a real position, and whatever parses round-trips.
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkPositions, checkRoundTrip, parseBytes } from "./parse-invariants.js";

const MUTATION_RUNS = 15_000;
const NOISE_RUNS = 10_000;
const BYTES_RUNS = 5_000;

/** Small valid elements (small, so that tens of thousands of mutants parse in seconds). */
const SEEDS: readonly string[] = [
  "metadata:\n  id: a\n  type: skill\ndata:\n  steps: [1, 2]\n",
  "metadata: {id: b, tags: [x, 'y']}\ndata:\n  - {k: v}\n  - \"q\\n\"\n",
  "metadata:\n  name: >-\n    folded\n    text\ndata:\n  content: |\n    line\n",
  "# c\nmetadata:\n  a: &x 1\n  b: *x\ndata: {n: ~, t: true}\n",
  "metadata:\r\n  id: c\r\ndata:\r\n  - a\r\n  - b: 2\r\n",
  "\uFEFFmetadata: {}\ndata:\n  é: ü😀\n",
];
const encoder = new TextEncoder();
const SEED_BYTES = SEEDS.map((s) => encoder.encode(s));

/** Tokens that reach the parser's refusals and corners. */
const TOKENS = [
  "&a ",
  "*a",
  "!!str ",
  "!x ",
  "<<: ",
  "---\n",
  "...\n",
  "%YAML 1.2\n",
  "__proto__: ",
  "constructor: ",
  "? ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ": ",
  ", ",
  "#",
  "|",
  ">",
  "'",
  '"',
  "\\",
  "\t",
  "\r",
  "\n",
  "  ",
  "\uFEFF",
  "\u202E",
  "a: 1\na: 2\n",
  "[[[[[[[[",
  "- - - - ",
];
const byte = fc.integer({ min: 0, max: 255 });

type Mutation = (bytes: Uint8Array) => Uint8Array;
const at = (bytes: Uint8Array, i: number): number => (bytes.length === 0 ? 0 : i % (bytes.length + 1));
const splice = (bytes: Uint8Array, start: number, remove: number, insert: Uint8Array): Uint8Array =>
  new Uint8Array([...bytes.subarray(0, start), ...insert, ...bytes.subarray(start + remove)]);
const lines = (bytes: Uint8Array): Uint8Array[] => {
  const out: Uint8Array[] = [];
  let start = 0;
  bytes.forEach((b, i) => {
    if (b === 0x0a) {
      out.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  });
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
};
const join = (parts: Uint8Array[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })).map(
    ([i, ins]): Mutation =>
      (b) =>
        splice(b, at(b, i), 0, ins),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(
    ([i, n]): Mutation =>
      (b) =>
        splice(b, at(b, i), n, new Uint8Array()),
  ),
  fc.tuple(fc.nat(), byte).map(
    ([i, v]): Mutation =>
      (b) =>
        splice(b, at(b, i), 1, new Uint8Array([v])),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(
    ([i, t]): Mutation =>
      (b) =>
        splice(b, at(b, i), 0, encoder.encode(t)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (b) => {
        const ls = lines(b);
        const k = ls.length === 0 ? 0 : i % ls.length;
        const line = ls[k];
        return line ? join([...ls.slice(0, k + 1), line, ...ls.slice(k + 1)]) : b;
      },
  ),
  fc.nat().map(
    (i): Mutation =>
      (b) => {
        const ls = lines(b);
        return ls.length === 0 ? b : join(ls.filter((_, k) => k !== i % ls.length));
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Mutation =>
      (b) => {
        const ls = lines(b);
        if (ls.length < 2) return b;
        const [x, y] = [i % ls.length, j % ls.length];
        const swapped = [...ls];
        const [lx, ly] = [ls[x], ls[y]];
        if (!lx || !ly) return b;
        swapped[x] = ly;
        swapped[y] = lx;
        return join(swapped);
      },
  ),
);

const check = (bytes: Uint8Array): void => {
  const result = parseBytes(bytes);
  checkPositions(bytes, result);
  checkRoundTrip(result);
};

describe("parseSource on damaged and hostile input", () => {
  it(`survives ${MUTATION_RUNS} mutants of valid elements`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEED_BYTES),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (seed, mutations) => {
          check(mutations.reduce<Uint8Array>((b, m) => m(b), seed));
        },
      ),
      { numRuns: MUTATION_RUNS },
    );
  });

  it(`survives ${NOISE_RUNS} strings made of YAML's own punctuation`, () => {
    const unit = fc.constantFrom(...TOKENS, "a", "b", "1", "x: ", "\n  ", "- a\n", "k: v\n");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (parts) => check(encoder.encode(parts.join("")))),
      { numRuns: NOISE_RUNS },
    );
  });

  it(`survives ${BYTES_RUNS} arbitrary byte strings`, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), check), { numRuns: BYTES_RUNS });
  });
});
