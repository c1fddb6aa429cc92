// The attack corpus: hostile element files, read from disk and parsed twice in one process (a second very deep
// parse is what used to abort Node 20). Each must be refused with its own code at the offending place.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSource } from "../../../src/core/element/parse.js";
import { readElementTree } from "../../../src/core/element/read-tree.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../../src/core/element/source.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/attack");
const HEAD = "metadata:\n  id: attack\n  type: persona\n  name: Attack\ndata:\n";
const FIVE_MB = 5 * 1024 * 1024;

let work: string;

const promptOf = (value: Record<string, unknown>): string => {
  const data = value.data;
  const prompt = typeof data === "object" && data !== null && "system_prompt" in data ? data.system_prompt : undefined;
  return typeof prompt === "string" ? prompt : "";
};

/** A ~1 KB-per-paragraph valid element whose system prompt makes the file `bytes` long. */
function bigElement(bytes: number): string {
  const start = `${HEAD}  system_prompt: >-\n`;
  const line = "    You are a careful reviewer who reads every line twice before answering.\n";
  return start + line.repeat(Math.ceil((bytes - start.length) / line.length));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "attack-"));
  const corpus = join(work, "corpus");
  mkdirSync(corpus);
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(corpus, name));
  writeFileSync(join(corpus, "deep-flow.yaml"), `metadata: {}\ndata: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
  writeFileSync(join(corpus, "deep-block.yaml"), `metadata: {}\ndata:\n  ${"- ".repeat(100_000)}x\n`);
  writeFileSync(join(corpus, "huge-scalar.yaml"), `${HEAD}  system_prompt: ${"a".repeat(FIVE_MB)}\n`);
  writeFileSync(join(corpus, "big-300k.yaml"), bigElement(300 * 1024));
  writeFileSync(join(work, "outside.yaml"), `${HEAD}  system_prompt: lives outside the tree\n`);
  symlinkSync(join(work, "outside.yaml"), join(corpus, "symlink-outside.yaml"));
  execFileSync("mkfifo", [join(corpus, "fifo.yaml")]);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** file → what happened to it: `code line:column` per diagnostic, or `ok` and where the id is. */
async function runCorpus(): Promise<Record<string, string[]>> {
  const tree = await readElementTree(["corpus"], { cwd: work, maxFileSize: DEFAULT_MAX_FILE_SIZE });
  const outcome: Record<string, string[]> = {};
  const note = (file: string, entry: string): void => {
    const entries = outcome[file] ?? [];
    entries.push(entry);
    outcome[file] = entries;
  };
  for (const d of tree.diagnostics) note(d.file, `${d.code} ${d.line}:${d.column}`);
  for (const source of tree.sources) {
    const result = parseSource(source, { maxFileSize: DEFAULT_MAX_FILE_SIZE });
    if (result.ok) {
      const at = result.locate(["metadata", "id"], "value");
      note(source.file, `ok id@${at.line}:${at.column}`);
    } else for (const d of result.diagnostics) note(source.file, `${d.code} ${d.line}:${d.column}`);
  }
  return outcome;
}

describe("attack corpus", () => {
  it("refuses each attack with its own code and position, the same twice in one process", async () => {
    const first = await runCorpus();
    const second = await runCorpus();
    expect(second).toEqual(first);
    expect(first).toEqual({
      "corpus/billion-laughs.yaml": ["limit/aliases 12:10"], // first *e of `f`: the expansion passes 100,000 nodes
      "corpus/many-aliases.yaml": ["limit/aliases 8:410"], // the 101st alias
      "corpus/duplicate-keys.yaml": ["yaml/duplicate-key 7:3"],
      "corpus/python-tag.yaml": ["yaml/tag 6:18"],
      "corpus/unknown-tag.yaml": ["yaml/tag 6:18"],
      "corpus/merge-key.yaml": ["yaml/merge-key 8:5"],
      "corpus/proto-key.yaml": ["yaml/forbidden-key 6:3"],
      "corpus/constructor-key.yaml": ["yaml/forbidden-key 7:5", "yaml/forbidden-key 7:19"],
      "corpus/multiple-documents.yaml": ["yaml/multiple-documents 7:1"],
      "corpus/invalid-utf8.yaml": ["encoding/utf8 6:23"],
      "corpus/bidi-id.yaml": ["ok id@2:7"], // parses; the id pattern of the schema refuses it
      "corpus/deep-flow.yaml": ["limit/depth 2:70"], // the 64th `[` opens level 65
      "corpus/deep-block.yaml": ["limit/depth 3:129"], // the 64th `- ` opens level 65
      "corpus/huge-scalar.yaml": ["limit/file-size 1:1"],
      "corpus/big-300k.yaml": ["limit/file-size 1:1"],
      "corpus/symlink-outside.yaml": ["file/not-regular 1:1"],
      "corpus/fifo.yaml": ["file/not-regular 1:1"],
    });
  });

  it("keeps the bidi override in the id, so the id rule can refuse it", async () => {
    const tree = await readElementTree(["corpus/bidi-id.yaml"], { cwd: work, maxFileSize: DEFAULT_MAX_FILE_SIZE });
    const [source] = tree.sources;
    if (!source) throw new Error("bidi-id.yaml was not read");
    const result = parseSource(source, { maxFileSize: DEFAULT_MAX_FILE_SIZE });
    expect(result.ok && result.value.metadata).toMatchObject({ id: "persona-\u202eexe.txt" });
  });

  it("with the limit raised, the parser itself takes a 5 MB scalar and the 300 KiB file", async () => {
    const tree = await readElementTree(["corpus/huge-scalar.yaml", "corpus/big-300k.yaml"], {
      cwd: work,
      maxFileSize: 6 * 1024 * 1024,
    });
    expect(tree.diagnostics).toEqual([]);
    for (let round = 0; round < 2; round++) {
      const [big, huge] = tree.sources.map((s) => parseSource(s, { maxFileSize: 6 * 1024 * 1024 }));
      if (!huge?.ok || !big?.ok) throw new Error("expected both files to parse");
      expect(promptOf(huge.value)).toHaveLength(FIVE_MB);
      expect(huge.locate(["data", "system_prompt"], "value")).toMatchObject({ line: 6, column: 18 });
      expect(promptOf(big.value).length).toBeGreaterThan(280 * 1024); // folding drops each line's indentation
    }
  });

  it("refuses deep flow mappings, mixed and indented nesting at level 65, on both paths", () => {
    const limit = { maxFileSize: 4 * 1024 * 1024 };
    const cases: Record<string, string> = {
      maps: `metadata: {}\ndata: ${"{a: ".repeat(100_000)}1${"}".repeat(100_000)}\n`,
      mixed: `metadata: {}\ndata: ${"[{a: ".repeat(50_000)}1${"}]".repeat(50_000)}\n`,
      indented: `metadata: {}\ndata:\n${Array.from({ length: 1_000 }, (_, i) => `${" ".repeat(i + 2)}k${i}:`).join("\n")} 1\n`,
      // Shallow enough for the fast path's pre-scan, so js-yaml parses it and the depth check on its result decides.
      flow300: `metadata: {}\ndata: ${"[".repeat(300)}${"]".repeat(300)}\n`,
      indented150: `metadata: {}\ndata:\n${Array.from({ length: 150 }, (_, i) => `${" ".repeat(i + 2)}k${i}:`).join("\n")} 1\n`,
    };
    // Level 65 opens at the 64th `[` or `{a: ` (after `data: `), the `{` of the 32nd `[{a: `, the key on line 66.
    const depthAt: Record<string, string> = {
      maps: "limit/depth 2:259",
      mixed: "limit/depth 2:163",
      indented: "limit/depth 66:66",
      flow300: "limit/depth 2:70",
      indented150: "limit/depth 66:66",
    };
    for (let round = 0; round < 2; round++) {
      for (const [name, text] of Object.entries(cases)) {
        const result = parseSource({ file: `${name}.yaml`, bytes: new TextEncoder().encode(text) }, limit);
        expect(result.ok ? "ok" : result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([
          depthAt[name],
        ]);
      }
    }
  });
});
