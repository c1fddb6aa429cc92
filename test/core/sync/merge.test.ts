import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { mergeElementYaml } from "../../../src/core/sync/merge.js";

type Tree = Record<string, Record<string, unknown>>;
type Edit = { group: string; key: string; value?: unknown };

function applyEdits(tree: Tree, edits: readonly Edit[]): Tree {
  const out: Tree = structuredClone(tree);
  for (const { group, key, value } of edits) {
    const holder = out[group] ?? {};
    out[group] = holder;
    if (value === undefined) delete holder[key];
    else holder[key] = value;
  }
  return out;
}

const GROUPS = ["metadata", "data"];
const KEYS = ["a", "b", "c", "d", "e", "f"];
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom("x", "y"), scalar));
const tree: fc.Arbitrary<Tree> = fc.record({
  metadata: fc.dictionary(fc.constantFrom(...KEYS), value),
  data: fc.dictionary(fc.constantFrom(...KEYS), value),
});
/** Two edit lists on disjoint fields: `[group, key]` pairs are split between the sides. */
const disjointEdits = fc
  .uniqueArray(
    fc.tuple(fc.constantFrom(...GROUPS), fc.constantFrom(...KEYS), fc.option(value, { nil: undefined }), fc.boolean()),
    {
      selector: ([g, k]) => `${g}.${k}`,
      maxLength: 8,
    },
  )
  .map((edits) => {
    const toEdit = ([group, key, v]: [string, string, unknown, boolean]): Edit => ({ group, key, value: v });
    return { local: edits.filter((e) => e[3]).map(toEdit), remote: edits.filter((e) => !e[3]).map(toEdit) };
  });

const BASE = `# an element
metadata:
  id: persona-x # keep this comment
  type: persona
  name: 'Quoted Name'
  version: 1.0.0
  tags: [a, b]
  updated_at: "2025-01-01T00:00:00Z"
data:
  # traits follow
  system_prompt: |
    Line one.
    Line two.
  verbosity: balanced
  tone: Professional
`;

describe("field-level merge", () => {
  it("property: non-overlapping edits merge to both edits applied, in either order", () => {
    fc.assert(
      fc.property(tree, disjointEdits, (base, { local, remote }) => {
        const result = mergeElementYaml({
          base: stringify(base),
          local: stringify(applyEdits(base, local)),
          remote: stringify(applyEdits(base, remote)),
        });
        if (!result.ok) throw new Error(result.reason);
        const merged: unknown = parse(result.text);
        expect(merged).toEqual(applyEdits(applyEdits(base, local), remote));
        expect(merged).toEqual(applyEdits(applyEdits(base, remote), local));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the local file's comments and formatting, changing only the collection's fields", () => {
    const local = BASE.replace("tone: Professional", "tone: Friendly # warmer");
    const remote = BASE.replace("verbosity: balanced", "verbosity: concise");
    const result = mergeElementYaml({ base: BASE, local, remote });
    expect(result).toEqual({
      ok: true,
      text: local.replace("verbosity: balanced", "verbosity: concise"),
      fromRemote: ["data.verbosity"],
    });
  });

  it("keeps CRLF line endings of the local file", () => {
    const crlf = (t: string) => t.replace(/\n/g, "\r\n");
    const result = mergeElementYaml({
      base: crlf(BASE),
      local: crlf(BASE.replace("1.0.0", "1.1.0")),
      remote: BASE.replace("balanced", "verbose"),
    });
    expect(result.ok && result.text).toBe(crlf(BASE.replace("1.0.0", "1.1.0").replace("balanced", "verbose")));
  });

  it("refuses when both sides changed the same field differently, naming it", () => {
    const result = mergeElementYaml({
      base: BASE,
      local: BASE.replace("balanced", "concise"),
      remote: BASE.replace("balanced", "verbose"),
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("data.verbosity") });
  });

  it("refuses when one side replaced a mapping the other edited inside", () => {
    const local = BASE.replace("  tone: Professional\n", "  tone: Professional\n  style: { a: 1 }\n");
    const remote = BASE.replace("  tone: Professional\n", "  tone: Professional\n  style: { a: 2 }\n");
    expect(
      mergeElementYaml({
        base: local.replace("{ a: 1 }", "{ a: 0, b: 0 }"),
        local,
        remote: remote.replace("{ a: 2 }", "plain"),
      }).ok,
    ).toBe(false);
  });

  it("accepts identical changes on both sides and keeps the later updated_at", () => {
    const local = BASE.replace("2025-01-01", "2025-03-01").replace("1.0.0", "1.1.0");
    const remote = BASE.replace("2025-01-01", "2025-02-01").replace("1.0.0", "1.1.0").replace("balanced", "concise");
    const result = mergeElementYaml({ base: BASE, local, remote });
    expect(result.ok && parse(result.text)).toMatchObject({
      metadata: { updated_at: "2025-03-01T00:00:00Z", version: "1.1.0" },
      data: { verbosity: "concise" },
    });
    const later = mergeElementYaml({ base: BASE, local: remote, remote: local });
    expect(later.ok && parse(later.text).metadata.updated_at).toBe("2025-03-01T00:00:00Z");
  });

  it("falls back when the merged file does not validate or a side does not parse", () => {
    const local = BASE.replace("1.0.0", "1.1.0");
    const remote = BASE.replace("balanced", "concise");
    const rejected = mergeElementYaml({ base: BASE, local, remote }, (text) =>
      text.includes("concise") ? "data.verbosity is not allowed" : undefined,
    );
    expect(rejected).toEqual({ ok: false, reason: expect.stringContaining("not a valid element: data.verbosity") });
    expect(mergeElementYaml({ base: BASE, local, remote: "a: [" }).ok).toBe(false);
    expect(mergeElementYaml({ base: BASE, local, remote: `x: !!python/object 1\n` }).ok).toBe(false);
    expect(mergeElementYaml({ base: BASE, local, remote: `${"[".repeat(5000)}` }).ok).toBe(false);
  });
});
