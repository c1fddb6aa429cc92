// export: valid elements in the layout and key names the NEXS MCP server loads; import(export(x)) = x.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run.js";
import { isElementType } from "../../../src/core/element/types.js";
import { validateTree } from "../../../src/core/element/validate-tree.js";
import { layoutElements, serverElementPath, serverFileName, toServerText } from "../../../src/core/interop/layouts.js";
import { planImport } from "../../../src/core/interop/plan-import.js";
import { plainElement } from "../../../src/core/repository/element-record.js";
import { fakeIo } from "../../cli/fake-io.js";
import { tempDir } from "../../support/tmp-dir.js";
import { EXAMPLES, keysIn, NEXS, snapshot, sourcesIn, valueIn, yamlFiles } from "./fixtures.js";

const SERVER_METADATA_KEYS = [
  "id",
  "type",
  "name",
  "description",
  "version",
  "author",
  "tags",
  "isactive",
  "createdat",
  "updatedat",
  "custom",
];
const OPTIONS = { strict: false, maxFileSize: 1 << 20 };

async function exported(dir: string, args: string[] = []): Promise<{ out: string; dir: string; code: number }> {
  const target = tempDir("nexs-export-");
  const io = fakeIo(dir);
  const code = await runCli(["export", ".", "--into", target, ...args], io);
  return { out: io.out(), dir: target, code };
}

describe("export", () => {
  it("writes each example where the server would, with exactly the server's key names", async () => {
    const { dir, code } = await exported(EXAMPLES);
    expect(code).toBe(0);
    const files = yamlFiles(dir);
    expect(files).toEqual([
      "agent/2025-11-10/agent_pr_reviewer.yaml",
      "agent/2025-12-01/agent_security_auditor.yaml",
      "ensemble/2025-12-05/ensemble_review_board.yaml",
      "memory/2025-12-20/memory_architecture_decisions.yaml",
      "persona/2025-11-03/persona_technical_expert.yaml",
      "skill/2025-09-01/skill_static_analysis.yaml",
      "skill/2025-10-14/skill_code_review.yaml",
      "template/2025-10-20/template_review_report.yaml",
    ]);
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(keysIn(text), file).toEqual(["metadata", "data"]);
      const keys = keysIn(text, "metadata");
      expect(
        keys.filter((k) => !SERVER_METADATA_KEYS.includes(k)),
        file,
      ).toEqual([]);
      expect(keys, file).toContain("isactive");
      expect(keys, file).toContain("createdat");
      // Unquoted, so the server's decoder reads a time, and indented by four spaces as the server writes.
      expect(text, file).toMatch(/^ {4}createdat: \d{4}-\d\d-\d\dT[^"'\n]+$/m);
      const id = valueIn(text, "metadata", "id");
      const type = valueIn(text, "metadata", "type");
      const created = valueIn(text, "metadata", "createdat");
      if (typeof id !== "string" || !isElementType(type) || typeof created !== "string") throw new Error(file);
      expect(file).toBe(serverElementPath({ id, type, created_at: created }));
    }
  });

  it("is undone by import: import(export(x)) = x for every valid example", async () => {
    const { dir } = await exported(EXAMPLES);
    const back = planImport(sourcesIn(dir), { renameIds: false, maxFileSize: 1 << 20 });
    const originals = await validateTree(["."], { ...OPTIONS, cwd: EXAMPLES });
    expect(back.map((b) => b.outcome)).toEqual(Array(8).fill("converted"));
    for (const original of originals.elements) {
      const again = back.find((b) => b.element?.metadata.id === original.element.metadata.id);
      expect(
        again?.diagnostics.filter((d) => d.severity === "error"),
        original.file,
      ).toEqual([]);
      // The server reads a missing is_active as false, so export writes the contract's default (true) out.
      const expected = plainElement(original.element);
      if (original.element.metadata.is_active === undefined)
        Object.assign(expected, { metadata: { ...original.element.metadata, is_active: true } });
      expect(again?.element && plainElement(again.element), original.file).toEqual(expected);
    }
  });

  it("gives a server file back its own path and keys: export(import(f)) is where the server keeps f", () => {
    const imported = planImport(sourcesIn(join(NEXS, "server")), { renameIds: false, maxFileSize: 1 << 20 });
    const laid = layoutElements(
      "nexs-server",
      imported.flatMap((i) => (i.element && i.text ? [{ file: i.file, text: i.text, element: i.element }] : [])),
    );
    expect(laid.problems).toEqual([]);
    expect(laid.files.map((f) => f.path)).toEqual(laid.files.map((f) => f.file));
    for (const file of laid.files) {
      const original = readFileSync(join(NEXS, "server", file.file), "utf8");
      expect(keysIn(file.text, "metadata").sort(), file.file).toEqual(keysIn(original, "metadata").sort());
    }
  });

  it("names files as the server does", () => {
    expect(serverFileName("persona-technical-expert")).toBe("persona_technical_expert.yaml");
    expect(serverFileName("persona_technical_expert_20251220-101500")).toBe(
      "persona_technical_expert_20251220_101500.yaml",
    );
    expect(serverFileName("a--b__c")).toBe("a_b_c.yaml");
    expect(serverElementPath({ id: "x", type: "memory" })).toBe("memory/0001-01-01/x.yaml");
    expect(serverElementPath({ id: "x", type: "skill", created_at: "2025-12-31T23:30:00-03:00" })).toBe(
      "skill/2025-12-31/x.yaml",
    );
    expect(
      toServerText("metadata:\n  id: a\n  type: memory\n  name: abc\n  version: 1.0.0\n  author: me\ndata: {}\n"),
    ).toBe(
      "metadata:\n    id: a\n    type: memory\n    name: abc\n    version: 1.0.0\n    author: me\n" +
        "    isactive: true\ndata: {}\n",
    );
  });

  it("refuses two elements that would land on one path, and exports the rest", async () => {
    const work = tempDir("nexs-export-src-");
    cpSync(join(EXAMPLES, "memory"), work, { recursive: true });
    const text = readFileSync(join(EXAMPLES, "memory/memory-architecture-decisions.yaml"), "utf8");
    writeFileSync(
      join(work, "twin.yaml"),
      text.replace("id: memory-architecture-decisions", "id: memory_architecture-decisions"),
    );
    writeFileSync(join(work, "broken.yaml"), "metadata: {}\ndata: {}\n");
    const { out, dir, code } = await exported(work);
    expect(code).toBe(1);
    expect(out).toMatch(/^broken\.yaml:1:1 error schema\/required metadata is missing the required key "id"$/m);
    expect(out).toContain(
      "twin.yaml: not exported: memory/2025-12-20/memory_architecture_decisions.yaml is also where",
    );
    expect(out).toMatch(/✖ 0 elements exported to .* \(nexs-server layout\); 3 files not exported\n$/);
    expect(yamlFiles(dir)).toEqual([]);
  });

  it("writes nothing the second time, and nothing at all on a dry run", async () => {
    const { dir } = await exported(EXAMPLES);
    const before = snapshot(dir);
    const io = fakeIo(EXAMPLES);
    await runCli(["export", ".", "--into", dir], io);
    expect(io.out()).not.toMatch(/\((created|updated)\)/);
    expect(io.out().match(/\(unchanged\)/g)).toHaveLength(8);
    expect(snapshot(dir)).toEqual(before);
    const { dir: empty, out } = await exported(EXAMPLES, ["--dry-run"]);
    expect(out).toContain("(dry run: nothing was written)");
    expect(snapshot(empty)).toEqual({});
  });

  it("keeps the files as they are with --layout elements", async () => {
    const { dir } = await exported(EXAMPLES, ["--layout", "elements"]);
    expect(readFileSync(join(dir, "persona/2025-11-03/persona-technical-expert.yaml"), "utf8")).toBe(
      readFileSync(join(EXAMPLES, "persona/persona-technical-expert.yaml"), "utf8"),
    );
  });

  it("ends in one clear error, with nothing written, when the target cannot be written", async () => {
    const work = tempDir("nexs-export-");
    writeFileSync(join(work, "file"), "");
    const io = fakeIo(EXAMPLES);
    expect(await runCli(["export", ".", "--into", join(work, "file/data")], io)).toBe(2);
    expect(io.err()).toMatch(
      /^nexs-publish: could not write .*file\/data\/agent\/.*: .*is not a directory.*; nothing was changed\n$/,
    );
    expect(io.out()).toBe("");
    expect(snapshot(work)).toEqual({ file: "" });
  });

  it.each([
    [["export", "."], /--into <dir> is required/],
    [["export", ".", "--into", "x", "--layout", "zip"], /--layout must be one of nexs-server, elements, not "zip"/],
  ])("refuses %j", async (args, message) => {
    const io = fakeIo(EXAMPLES);
    expect(await runCli(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});
