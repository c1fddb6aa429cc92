import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../../src/core/element/codes.js";
import { parseSource } from "../../../src/core/element/parse.js";
import { DEFAULT_MAX_FILE_SIZE, type ParsedSource, type ParseResult } from "../../../src/core/element/source.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const parseBytes = (bytes: Uint8Array, maxFileSize = DEFAULT_MAX_FILE_SIZE): ParseResult =>
  parseSource({ file: "el.yaml", bytes }, { maxFileSize });
const parse = (text: string, maxFileSize?: number): ParseResult => parseBytes(encode(text), maxFileSize);

const VALID = [
  "metadata:",
  "  id: persona-x",
  "  type: persona",
  "  name: Expert",
  "data:",
  "  system_prompt: You are helpful.",
  "",
].join("\n");
/** VALID with extra lines appended under `data:` (each indented by two spaces by the caller). */
const withData = (...lines: string[]): string => `${VALID + lines.join("\n")}\n`;

function accepted(result: ParseResult): ParsedSource {
  if (!result.ok) throw new Error(`expected the file to parse, got ${JSON.stringify(result.diagnostics)}`);
  return result;
}

/** The refusal's first diagnostic, as `code line:column`, plus every code seen. */
function refusal(result: ParseResult): string {
  if (result.ok) return "accepted";
  const [first] = result.diagnostics;
  return first ? `${first.code} ${first.line}:${first.column}` : "no diagnostic";
}

describe("parseSource: a valid file", () => {
  it("yields plain data and no diagnostics", () => {
    const parsed = accepted(parse(VALID));
    expect(parsed.value).toEqual({
      metadata: { id: "persona-x", type: "persona", name: "Expert" },
      data: { system_prompt: "You are helpful." },
    });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.text).toBe(VALID);
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });

  it("resolves the YAML 1.2 core schema and nothing more", () => {
    const parsed = accepted(
      parse(withData("  n: [1, -2, 0x1f, 0o17, 1.5, 1e3, .inf, true, False, ~, null, yes, on, 2025-01-01, '1']")),
    );
    expect(parsed.value.data).toMatchObject({
      n: [1, -2, 31, 15, 1.5, 1000, Infinity, true, false, null, null, "yes", "on", "2025-01-01", "1"],
    });
  });

  it("accepts a leading BOM and keeps columns as an editor shows them", () => {
    const result = parse("\uFEFFmetadata: !!str x\ndata: {}\n");
    expect(refusal(result)).toBe("yaml/tag 1:11");
    const parsed = accepted(parseBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(VALID)])));
    expect(parsed.text).toBe(VALID);
    expect(parsed.locate(["metadata", "id"], "value")).toMatchObject({ line: 2, column: 7 });
  });

  it("accepts CRLF line ends and keeps columns right", () => {
    const crlf = withData("  a: 1", "  b: [x, y]").replace(/\n/g, "\r\n");
    const parsed = accepted(parse(crlf));
    expect(parsed.value.data).toEqual({ system_prompt: "You are helpful.", a: 1, b: ["x", "y"] });
    expect(parsed.locate(["data", "b", 1], "value")).toMatchObject({ line: 8, column: 10 });
    expect(refusal(parse(`${crlf}  a: 2\r\n`))).toBe("yaml/duplicate-key 9:3");
  });

  it("accepts aliases within the limits and expands them to copies", () => {
    const parsed = accepted(parse(withData("  base: &b {x: 1}", "  copy: *b")));
    expect(parsed.value.data).toMatchObject({ base: { x: 1 }, copy: { x: 1 } });
  });
});

describe("parseSource: each refusal has its own code and points at the offending place", () => {
  it("limit/file-size: over the limit is refused before decoding; at the limit is read", () => {
    const bytes = encode(VALID);
    expect(refusal(parseBytes(bytes, bytes.length - 1))).toBe("limit/file-size 1:1");
    accepted(parseBytes(bytes, bytes.length));
  });

  it("encoding/utf8: the first bad byte, column in UTF-16 units after multi-byte characters", () => {
    const prefix = encode("metadata:\n  name: é😀");
    expect(refusal(parseBytes(new Uint8Array([...prefix, 0xff, 0x0a])))).toBe("encoding/utf8 2:12");
    expect(refusal(parseBytes(new Uint8Array([...encode("a: "), 0xc0, 0xaf])))).toBe("encoding/utf8 1:4"); // overlong
    expect(refusal(parseBytes(new Uint8Array([...encode("a: "), 0xed, 0xa0, 0x80])))).toBe("encoding/utf8 1:4"); // surrogate
    expect(refusal(parseBytes(new Uint8Array([...encode("a:\n b: "), 0xe2, 0x82])))).toBe("encoding/utf8 2:5"); // truncated
    expect(refusal(parseBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encode("ab"), 0x80])))).toBe("encoding/utf8 1:3"); // after a BOM
    accepted(parse(withData("  note: é😀 ünïcödé")));
  });

  it("yaml/multiple-documents: points at the second document", () => {
    expect(refusal(parse(`${VALID}---\nmetadata: {}\n`))).toBe("yaml/multiple-documents 7:1");
    accepted(parse(`---\n${VALID}...\n`));
  });

  it("yaml/duplicate-key: points at the second key, also when only the JavaScript keys collide", () => {
    expect(refusal(parse(withData("  a: 1", "  b: 2", "  a: 3")))).toBe("yaml/duplicate-key 9:3");
    const both = parse(withData("  m: {1: a, '1': b}"));
    expect(refusal(both)).toBe("yaml/duplicate-key 7:13");
    expect(both.ok ? "" : both.diagnostics[0]?.message).toContain("first defined on line 7");
    accepted(parse(withData("  a: 1", "  nested: {a: 2}")));
  });

  it("yaml/forbidden-key: __proto__, constructor, prototype as keys, at any depth", () => {
    expect(refusal(parse(withData("  __proto__: {polluted: true}")))).toBe("yaml/forbidden-key 7:3");
    expect(refusal(parse(withData("  x: [{constructor: 1}]")))).toBe("yaml/forbidden-key 7:8");
    expect(refusal(parse(withData("  'prototype': 1")))).toBe("yaml/forbidden-key 7:3");
    const fine = accepted(parse(withData("  about: constructor", "  __proto__x: 1")));
    expect(fine.value.data).toMatchObject({ about: "constructor", __proto__x: 1 });
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("yaml/tag: any explicit tag, including the standard ones, points at the tag", () => {
    expect(refusal(parse(withData("  x: !!python/object/apply:os.system ['rm -rf /']")))).toBe("yaml/tag 7:6");
    expect(refusal(parse(withData("  x: !custom 1")))).toBe("yaml/tag 7:6");
    expect(refusal(parse(withData("  x: !!str 1")))).toBe("yaml/tag 7:6");
    expect(refusal(parse(withData("  x: !<tag:yaml.org,2002:int> 1")))).toBe("yaml/tag 7:6");
    expect(refusal(parse(withData("  x: ! 1")))).toBe("yaml/tag 7:6");
    expect(refusal(parse(withData("  x:", "    !!map", "    a: 1")))).toBe("yaml/tag 8:5");
    const fine = accepted(parse(withData("  x: a!b", "  y: '!!str'", '  z: "!x"')));
    expect(fine.value.data).toMatchObject({ x: "a!b", y: "!!str", z: "!x" });
  });

  it("yaml/merge-key: a plain << is refused; a quoted one is an ordinary key (YAML 1.2 merges only the plain one)", () => {
    expect(refusal(parse(withData("  base: &b {x: 1}", "  copy:", "    <<: *b", "    y: 2")))).toBe(
      "yaml/merge-key 9:5",
    );
    expect(refusal(parse(withData("  m: {<<: {a: 1}}")))).toBe("yaml/merge-key 7:7");
    expect(accepted(parse(withData("  m: {'<<': {a: 1}}", '  n: {"<<": 1}')))?.value.data).toMatchObject({
      m: { "<<": { a: 1 } },
      n: { "<<": 1 },
    });
    expect(accepted(parse(withData("  arrow: <<")))?.value.data).toMatchObject({ arrow: "<<" });
  });

  it("limit/aliases: 100 aliases pass, the 101st is refused where it stands", () => {
    const hundred = Array.from({ length: 100 }, () => "*a").join(", ");
    accepted(parse(withData("  a: &a 1", `  list: [${hundred}]`)));
    const refused = parse(withData("  a: &a 1", `  list: [${hundred}, *a]`));
    expect(refusal(refused)).toBe(`limit/aliases 8:${"  list: [".length + 100 * 4 + 1}`);
  });

  it("limit/aliases: an alias inside the collection it names is refused at the alias", () => {
    expect(refusal(parse(withData("  loop: &l [1, *l]")))).toBe("limit/aliases 7:16");
  });

  it("limit/depth: 64 levels pass, 65 are refused at the opening of level 65 (flow, block, through an alias)", () => {
    // The root mapping is level 1 and `data` level 2, so `x` may open 62 more levels.
    const flow = (n: number): string => withData(`  x: ${"[".repeat(n)}${"]".repeat(n)}`);
    accepted(parse(flow(62)));
    expect(refusal(parse(flow(63)))).toBe(`limit/depth 7:${"  x: ".length + 63}`);
    const block = (n: number): string => withData(`  x:`, `    ${"- ".repeat(n)}leaf`);
    accepted(parse(block(62)));
    expect(refusal(parse(block(63)))).toBe(`limit/depth 8:${4 + 2 * 62 + 1}`);
    const viaAlias = withData(
      `  a: &deep ${"[".repeat(40)}${"]".repeat(40)}`,
      `  b: ${"[".repeat(30)}*deep${"]".repeat(30)}`,
    );
    expect(refusal(parse(viaAlias))).toBe(`limit/depth 8:${"  b: ".length + 30 + 1}`);
  });

  it("yaml/directive: %YAML and %TAG lines are refused", () => {
    expect(refusal(parse(`%YAML 1.2\n---\n${VALID}`))).toBe("yaml/directive 1:1");
    expect(refusal(parse(`%TAG !e! tag:example.com,2000:\n---\n${VALID}`))).toBe("yaml/directive 1:1");
  });

  it("yaml/complex-key: collection and alias keys are refused at the key", () => {
    expect(refusal(parse(withData("  ? [a, b]", "  : x")))).toBe("yaml/complex-key 7:5");
    expect(refusal(parse(withData("  m: {[a]: x}")))).toBe("yaml/complex-key 7:7");
    expect(refusal(parse(withData("  k: &k key", "  *k : x")))).toBe("yaml/complex-key 8:3");
    expect(accepted(parse(withData("  1: one", "  true: yes"))).value.data).toMatchObject({ 1: "one", true: "yes" });
  });

  it("yaml/syntax: the YAML parser's own message and position", () => {
    const unclosed = parse(withData("  x: [1, 2"));
    expect(refusal(unclosed)).toBe("yaml/syntax 8:1"); // yaml reports the end of input, where `]` is missing
    expect(unclosed.diagnostics[0]?.message).toMatch(/\]/);
    expect(refusal(parse(withData('  x: "unterminated')))).toBe("yaml/syntax 8:1"); // end of input: the closing quote is missing
    expect(refusal(parse(withData("  x: 1", " bad: 2")))).toBe("yaml/syntax 8:1");
    expect(refusal(parse(withData("  x: *nothing")))).toBe("yaml/syntax 7:6");
  });

  it("structure/top-level: extra keys at the key, missing ones at the document start, other shapes at their start", () => {
    expect(refusal(parse(`${VALID}extra: 1\n`))).toBe("structure/top-level 7:1");
    expect(refusal(parse("# comment\nmetadata: {}\n"))).toBe("structure/top-level 2:1");
    expect(refusal(parse("data: {}\nmetadata: {}\n"))).toBe("accepted");
    expect(refusal(parse("\n\n- a\n"))).toBe("structure/top-level 3:1");
    expect(refusal(parse("just text\n"))).toBe("structure/top-level 1:1");
    expect(refusal(parse(""))).toBe("structure/top-level 1:1");
    expect(refusal(parse("# only a comment\n"))).toBe("structure/top-level 1:1");
  });

  it("uses only codes listed in codes.ts", () => {
    const results = [parse(`${VALID}x: 1\n`), parse("a: !!str x"), parse("[")];
    for (const r of results) for (const d of r.diagnostics) expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
  });
});

describe("locate", () => {
  const parsed = accepted(
    parse(
      [
        "metadata:",
        "  id: a",
        "  tags: [x, y]",
        "data:",
        "  empty:",
        "  list:",
        "    - {k: v}",
        "    - [k2: v2]",
        "",
      ].join("\n"),
    ),
  );

  it("finds keys and values", () => {
    expect(parsed.locate(["metadata", "id"], "key")).toMatchObject({ line: 2, column: 3, endLine: 2, endColumn: 5 });
    expect(parsed.locate(["metadata", "id"], "value")).toMatchObject({ line: 2, column: 7 });
    expect(parsed.locate(["metadata", "tags", 1], "value")).toMatchObject({ line: 3, column: 13 });
    expect(parsed.locate(["data", "list", 0, "k"], "value")).toMatchObject({ line: 7, column: 11 });
    expect(parsed.locate(["data", "list", 1, 0, "k2"], "key")).toMatchObject({ line: 8, column: 8 });
  });

  it("points an empty value at its key", () => {
    expect(parsed.locate(["data", "empty"], "value")).toMatchObject({ line: 5, column: 3 });
  });

  it("points a missing path at the key that holds the nearest ancestor", () => {
    expect(parsed.locate(["metadata", "name"], "key")).toMatchObject({ line: 1, column: 1 });
    expect(parsed.locate(["data", "list", 5], "value")).toMatchObject({ line: 6, column: 3 });
    expect(parsed.locate(["nope"], "key")).toMatchObject({ line: 1, column: 1 });
  });
});
