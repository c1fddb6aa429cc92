// validate on the shapes NEXS MCP users already have: one error per file that names the shape and the command
// that converts it, instead of one per key; other files are checked exactly as before.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../../src/core/element/codes.js";
import { recognizeForeignShape, shellWord } from "../../../src/core/element/foreign-shape.js";
import { parseSource } from "../../../src/core/element/parse.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { validateTree } from "../../../src/core/element/validate-tree.js";
import { at } from "./validate-fixtures.js";

const NEXS_FIXTURES = join(import.meta.dirname, "../../fixtures/nexs");
const OPTIONS = { strict: false, maxFileSize: 256 * 1024 };

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const SERVER = files(join(NEXS_FIXTURES, "server"));
const FLAT = files(join(NEXS_FIXTURES, "flat"));

describe("recognition of NEXS MCP shapes in validate", () => {
  it("has a server file of every type and a flat sample of every type", () => {
    const types = (list: string[]) =>
      list.map((f) => recognizeForeignShape(parseAny(f))?.type).sort((a, b) => String(a).localeCompare(String(b)));
    const all = ["agent", "ensemble", "memory", "persona", "skill", "template"];
    expect(types(SERVER)).toEqual(all);
    expect(types(FLAT)).toEqual(all);
  });

  it.each([
    ...SERVER.map((f) => [f, "structure/nexs-server-format"]),
    ...FLAT.map((f) => [f, "structure/flat-format"]),
  ])("%s gets exactly one error, %s, with the command to run", async (path, code) => {
    const file = relative(NEXS_FIXTURES, path);
    const report = await validateTree([file], { ...OPTIONS, cwd: NEXS_FIXTURES });
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(report.diagnostics).toHaveLength(1);
    const [finding] = errors;
    expect(finding?.code).toBe(code);
    expect(finding?.message).toContain(`convert it with: nexs-publish import ${file}`);
    expect(report.elements).toEqual([]);
  });

  it("points at the first key that gives the shape away", () => {
    const path = join(NEXS_FIXTURES, "server/persona/2025-12-20/persona_technical_expert_20251220_101500.yaml");
    const text = readFileSync(path, "utf8");
    const [finding] = validateSources([{ file: "p.yaml", bytes: readFileSync(path) }], OPTIONS).diagnostics;
    expect(finding).toMatchObject({ ...at(text, "isactive"), code: "structure/nexs-server-format" });
    expect(finding?.message).toContain("metadata keys isactive, createdat, updatedat instead of is_active");

    const flat = join(NEXS_FIXTURES, "flat/skill-code-review.yaml");
    const [first] = validateSources([{ file: "s.yaml", bytes: readFileSync(flat) }], OPTIONS).diagnostics;
    expect(first).toMatchObject({ line: 1, column: 1, code: "structure/flat-format" });
  });

  it("recognises a server file whose empty data was left out", () => {
    const text = "metadata:\n    id: memory_x\n    type: memory\n    isactive: true\n";
    const parsed = parseSource({ file: "m.yaml", bytes: Buffer.from(text) }, { maxFileSize: 1000 });
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(["structure/nexs-server-format"]);
  });

  it("still reports a secret in a server file", () => {
    const text =
      "metadata:\n    id: memory_x\n    type: memory\n    name: Notes\n    version: 1.0.0\n    author: me\n" +
      "    isactive: true\ndata:\n    content: token ghp_EXAMPLEonlyNotARealToken000000000000\n";
    const report = validateSources([{ file: "m.yaml", bytes: Buffer.from(text) }], OPTIONS);
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual([
      "secret/github-token",
      "structure/nexs-server-format",
    ]);
  });

  it("leaves files in neither shape to the usual checks", () => {
    const notes = "title: shopping list\nitems: [milk, bread]\n";
    const typeless = "id: x\nname: Something\nkind: persona\n";
    const element = readFileSync(
      join(import.meta.dirname, "../../../examples/elements/memory/memory-architecture-decisions.yaml"),
    );
    const report = validateSources(
      [
        { file: "notes.yaml", bytes: Buffer.from(notes) },
        { file: "typeless.yaml", bytes: Buffer.from(typeless) },
        { file: "ok.yaml", bytes: element },
      ],
      OPTIONS,
    );
    const codes = (file: string) => report.diagnostics.filter((d) => d.file === file).map((d) => d.code);
    expect(codes("notes.yaml")).toEqual(Array(4).fill("structure/top-level"));
    expect(codes("typeless.yaml")).toEqual(Array(5).fill("structure/top-level"));
    expect(codes("ok.yaml")).toEqual([]);
    // An element whose metadata has an unknown key that is not one of the server's is reported as before.
    const typo =
      "metadata:\n  id: a\n  type: memory\n  name: abc\n  version: 1.0.0\n  author: me\n  isactiv: true\n" +
      "data:\n  content: x\n";
    const found = validateSources([{ file: "t.yaml", bytes: Buffer.from(typo) }], OPTIONS).diagnostics;
    expect(found.map((d) => d.code)).toEqual(["schema/additional-property"]);
  });

  it("quotes a path for the shell only when it must", () => {
    expect(shellWord("elements/persona/a_b-1.yaml")).toBe("elements/persona/a_b-1.yaml");
    expect(shellWord("my elements/it's.yaml")).toBe(`'my elements/it'\\''s.yaml'`);
  });

  it("documents its codes", () => {
    expect(Object.keys(DIAGNOSTIC_CODES)).toEqual(
      expect.arrayContaining(["structure/nexs-server-format", "structure/flat-format"]),
    );
  });
});

function parseAny(path: string): unknown {
  const parsed = parseSource({ file: path, bytes: readFileSync(path) }, { maxFileSize: 1 << 20, shape: "mapping" });
  return parsed.ok ? parsed.value : undefined;
}
