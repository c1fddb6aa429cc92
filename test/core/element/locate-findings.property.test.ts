// Files with findings, checked twice: once as validation runs (the plain index places what it can) and once with
// the index switched off (every position from the full yaml parse, as before the index existed). The reports
// must be identical: same findings, same lines and columns, same ends.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { elementTexts, TREES } from "../../../bench/validate/generate.js";
import { checkSource } from "../../../src/core/element/check-source.js";
import { parseFast } from "../../../src/core/element/parse-fast.js";

const index = vi.hoisted(() => ({ on: true, answered: 0 }));
vi.mock("../../../src/core/element/parse-locate-plain.js", async (importActual) => {
  const actual = await importActual<typeof import("../../../src/core/element/parse-locate-plain.js")>();
  return {
    ...actual,
    plainIndex: (text: string) => (index.on ? actual.plainIndex(text) : undefined),
    locateInIndex: (...args: Parameters<typeof actual.locateInIndex>) => {
      const answer = actual.locateInIndex(...args);
      if (answer) index.answered++;
      return answer;
    },
  };
});

const RUNS = 1_500;
const OPTIONS = { strict: false, maxFileSize: 256 * 1024 };

function bothWays(text: string, strict = false) {
  const file = { file: "f.yaml", bytes: new TextEncoder().encode(text) };
  index.on = true;
  const withIndex = checkSource(file, { ...OPTIONS, strict }).diagnostics;
  index.on = false;
  const withYaml = checkSource(file, { ...OPTIONS, strict }).diagnostics;
  index.on = true;
  expect(withIndex, text).toStrictEqual(withYaml);
  return withIndex;
}

/** Edits that give a realistic file a finding: warnings, schema errors, rule findings. */
const EDITS: readonly ((text: string) => string)[] = [
  (t) => t.replace(/\n {2}description: [^\n]*/, ""),
  (t) => t.replace(/version: [^\n]*/, "version: 1.0"),
  (t) => t.replace(/version: [^\n]*/, 'version: "one"'),
  (t) => t.replace(/\n {2}author: /, "\n  owner: x\n  author: "),
  (t) => t.replace(/\ndata:\n/, "\ndata:\n  unknown_key: 1\n  another_one: [a]\n"),
  (t) => t.replace(/created_at: "[^"]*"/, 'created_at: "yesterday"'),
  (t) => t.replace(/updated_at: "[^"]*"/, 'updated_at: "2020-01-01T00:00:00Z"'),
  (t) => t.replace(/name: [^\n]*/, "name: ab"),
  (t) => t.replace(/type: \w+/, "type: gadget"),
  (t) => t.replace(/intensity: \d+/, "intensity: high"),
  (t) => t.replace(/step: 2/, "step: 1"),
  (t) => t.replace(/\{\{owner\}\}/, "{{owner}} {{nobody}} {{ ghost }}"),
  (t) => t.replace(/role: role-1/, "role: role-0"),
  (t) => t.replace(/content_hash: \w+/, `content_hash: ${"0".repeat(64)}`),
  (t) => t.replace(/aggregation_strategy: \w+/, "aggregation_strategy: majority"),
  (t) => t.replace(/max_iterations: \d+/, "max_iterations: -1"),
  (t) => t.replace(/\n {2}tags: \[[^\]]*\]/, "\n  tags:\n    - a\n    - a\n    - ''"),
  (t) => t.replace(/\n {2}system_prompt: [^\n]*/, "\n  system_prompt: |\n    be kind\n  # a comment\n"),
];

const REALISTIC = TREES.flatMap((tree) => [...elementTexts(36, 11, tree)].map((f) => f.text));

describe("findings placed with the plain index are placed as the yaml parse places them", () => {
  it("on every realistic file with each edit, and with several edits at once", () => {
    index.answered = 0;
    let fast = 0;
    let findings = 0;
    for (const text of REALISTIC) {
      for (const edit of EDITS) {
        const edited = edit(text);
        if (parseFast(edited)) fast++;
        findings += bothWays(edited).length + bothWays(edited, true).length;
      }
      bothWays(EDITS.reduce((t, edit) => edit(t), text));
    }
    // The comparison means something only if the fast path and the index actually placed findings.
    expect(fast).toBeGreaterThan(REALISTIC.length * EDITS.length * 0.8);
    expect(findings).toBeGreaterThan(REALISTIC.length * EDITS.length);
    expect(index.answered).toBeGreaterThan(findings / 4);
  });

  it(`on ${RUNS} random combinations of edits, comments, blank lines and line endings`, () => {
    const input = fc
      .tuple(
        fc.constantFrom(...REALISTIC),
        fc.subarray([...EDITS.keys()], { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([text, edits, comments, blank, crlf]) => {
        let out = edits.reduce((t, i) => EDITS[i]?.(t) ?? t, text);
        if (comments) out = out.replace(/\n(?=( *)[a-z])/g, "\n$1# note\n");
        if (blank) out = out.replace(/\n(?= {2}\w)/g, "\n\n");
        return crlf ? out.replace(/\n/g, "\r\n") : out;
      });
    fc.assert(
      fc.property(input, fc.boolean(), (text, strict) => {
        bothWays(text, strict);
      }),
      { numRuns: RUNS },
    );
  });
});
