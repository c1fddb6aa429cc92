// The fast path's pre-scan, case by case: every input here is one where js-yaml and yaml were found to differ
// (or a refusal only the exact path can locate), so the pre-scan must send it to the exact path.
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/core/element/parse.js";
import { parseFast } from "../../../src/core/element/parse-fast.js";
import { fastPathEligible } from "../../../src/core/element/parse-prescan.js";
import { parseYaml } from "../../../src/core/element/parse-yaml.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../../src/core/element/source.js";
import { VALID_EXAMPLES } from "./parse-invariants.js";

const parse = (text: string) =>
  parseSource({ file: "f.yaml", bytes: new TextEncoder().encode(text) }, { maxFileSize: DEFAULT_MAX_FILE_SIZE });
const element = (...data: string[]): string => `metadata:\n  id: x\ndata:\n${data.join("\n")}\n`;

describe("fast path pre-scan", () => {
  it("admits realistic elements, including block scalars holding braces, markdown and rules", () => {
    const template = element(
      "  content: |",
      "    # {{title}}",
      "    * item **bold** R&D!",
      "    ---",
      "    {{#each x}}: [",
      "  format: markdown",
    );
    expect(fastPathEligible(template)).toBe(true);
    expect(parseFast(template)).toEqual({
      metadata: { id: "x" },
      data: { content: "# {{title}}\n* item **bold** R&D!\n---\n{{#each x}}: [\n", format: "markdown" },
    });
    const admitted = VALID_EXAMPLES.map((t) => t.replace(/^\uFEFF/, "")).filter((t) => fastPathEligible(t));
    expect(admitted.length).toBeGreaterThanOrEqual(4);
  });

  const exactOnly: Record<string, string> = {
    "an anchor": element("  a: &x 1"),
    "an alias": element("  a: *x"),
    "a tag": element("  a: !!str 1"),
    "a merge key": element("  <<: {a: 1}"),
    "a second document": `${element("  a: 1")}---\n`,
    "a document end": `${element("  a: 1")}...\n`,
    "a directive": `%YAML 1.2\n${element("  a: 1")}`,
    "an explicit key": element("  ? a", "  : 1"),
    "an empty key": element("  : 1"),
    "a collection key": element("  [a]: 1"),
    "a collection key in a flow mapping": element("  m: {start,  {yes: go}}"),
    "a comment glued to a quote": element('  x: "d"#a'),
    "a comment glued to a bracket": element("  x: [a]#a"),
    "text glued to a quote": element("  x: 'a'b"),
    "a quoted scalar continued on an unindented line": `metadata:\n  id: x\ndata:\n  x: "a\nb"\n`,
    "an escaped line break in a quoted scalar": element('  x: "a \\', '    b"'),
    "a compact nested sequence with an empty item": element(" x:", "  - - ", "  - {}"),
    "an empty item followed by a less indented one": element(' "1":', '  - "":', "     - ", "  - {}"),
    "an item holding only a comment": element(
      "  - type: keyword",
      "    keywords:",
      "      - review",
      "      - #c",
      "  - type: pattern",
    ),
    "an indentation indicator on a blank block": element("  |2", "   "),
    "a flow collection over several lines": element("  x: [a,", "    b]"),
    "a tab": element("  x:\t1"),
    "a lone CR": element("  x: 1\r  y: 2"),
    "a key of more than 1000 characters": element(`  ${"k".repeat(1025)}: 1`),
    "a quoted key of more than 1000 characters": element(`  "${"k".repeat(1025)}": 1`),
    "a long line holding a flow collection": element(`  x: [${"a, ".repeat(400)}b]`),
    "a long plain scalar with a key indicator past 1000 characters": element(`  x: ${"a".repeat(1010)}: b`),
    "a __proto__ key": element("  __proto__: 1"),
    "a key made of a mapping": element("  ? {a: 1}", "  : x"),
  };

  for (const [what, text] of Object.entries(exactOnly)) {
    it(`sends ${what} to the exact path, which decides alone`, () => {
      expect(parseFast(text)).toBeUndefined();
      const exact = parseYaml(text);
      const result = parse(text);
      expect(result.ok).toBe(exact.ok);
      if (exact.ok && result.ok) expect(result.value).toStrictEqual(exact.value);
    });
  }

  it("admits long lines whose key is short: a one-line system prompt, a long list item, a long comment", () => {
    const prompt = "You are a careful reviewer. ".repeat(60).trim();
    const text = element(
      `  system_prompt: ${prompt}`,
      `  notes:`,
      `    - ${"step ".repeat(300).trim()}`,
      `  # ${"c".repeat(1500)}`,
      `  quoted: "${"q".repeat(1200)}"`,
    );
    expect(fastPathEligible(text)).toBe(true);
    const exact = parseYaml(text);
    if (!exact.ok) throw new Error("the exact path must accept these lines too");
    expect(parseFast(text)).toStrictEqual(exact.value);
  });

  it("locates lazily, exactly as the exact path would, on a file the fast path took", () => {
    const text = element("  list:", "    - {k: v}", "  prompt: hello");
    expect(fastPathEligible(text)).toBe(true);
    const result = parse(text);
    if (!result.ok) throw new Error("expected the file to parse");
    expect(result.locate(["data", "list", 0, "k"], "value")).toEqual({
      line: 5,
      column: 11,
      endLine: 5,
      endColumn: 12,
    });
    expect(result.locate(["data", "missing"], "key")).toMatchObject({ line: 3, column: 1 });
  });
});
