// import: NEXS MCP server files and flat samples → element files. The result passes validate or the report names
// exactly what is missing; comments, unicode and every value come along; a second run changes nothing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run.js";
import { isPlainObject } from "../../../src/core/common/plain-object.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { validateTree } from "../../../src/core/element/validate-tree.js";
import { applyImport } from "../../../src/core/interop/apply-import.js";
import { type ImportedFile, planImport } from "../../../src/core/interop/plan-import.js";
import { FileElementRepository } from "../../../src/core/repository/file-repository.js";
import { fakeIo } from "../../cli/fake-io.js";
import { tempDir } from "../../support/tmp-dir.js";
import { keysIn, NEXS, snapshot, sourcesIn, valueIn, workCopy, yamlFiles } from "./fixtures.js";

const OPTIONS = { renameIds: false, maxFileSize: 256 * 1024 };
const plan = planImport(
  [...sourcesIn(join(NEXS, "server"), "server/"), ...sourcesIn(join(NEXS, "flat"), "flat/")],
  OPTIONS,
);
const entry = (file: string): ImportedFile => {
  const found = plan.find((p) => p.file === file);
  if (!found) throw new Error(`no ${file} in the plan`);
  return found;
};
const errorsOf = (text: string, file = "x.yaml") =>
  validateSources([{ file, bytes: Buffer.from(text) }], { strict: false, maxFileSize: 1 << 20 }).diagnostics.filter(
    (d) => d.severity === "error",
  );

/** Every scalar (string, number, boolean) anywhere in a value, as text. */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (isPlainObject(value)) return Object.values(value).flatMap(leaves);
  return value === null || value === undefined ? [] : [String(value)];
}

describe("import: what comes out", () => {
  it("converts every fixture", () => {
    expect(plan.map((p) => [p.file, p.outcome])).toEqual(plan.map((p) => [p.file, "converted"]));
    expect(plan).toHaveLength(12);
  });

  it.each(plan.map((p) => [p.file]))("%s passes validate, or the report names exactly what is missing", (file) => {
    const result = entry(file);
    const errors = errorsOf(result.text ?? "", file);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(
      errors.map((d) => d.code),
    );
    // Every error is a missing field the report lists, and every listed field is a missing one.
    const missing = errors.filter((d) => d.code === "schema/required");
    expect(errors).toEqual(missing);
    const named = new Set(
      missing.map((d) => {
        const [, where, key] = /^(.*) is missing the required key "(.*)"$/.exec(d.message) ?? [];
        return `${where}.${key}`.replace(/\[\d+\]/g, "[]");
      }),
    );
    expect([...named].sort()).toEqual(result.needsPerson.map((f) => f.replace(/ \(\d+ entries\)$/, "")).sort());
  });

  it("names the fields a person must still fill in", () => {
    expect(entry("flat/persona-data-analyst.yaml").needsPerson).toEqual([
      "data.system_prompt",
      "data.behavioral_traits[].intensity (2 entries)",
      "data.expertise_areas[].level (3 entries)",
      "data.response_style.formality",
    ]);
    expect(entry("flat/memory-project-context.yaml").needsPerson).toEqual(["metadata.author"]);
    expect(entry("flat/memory-project-context.yaml").element).toBeUndefined();
    expect(entry("flat/memory-project-context.yaml").unstorable).toBe("it has no metadata.author");
    expect(entry("flat/template-meeting-summary.yaml").needsPerson).toEqual(["data.content"]);
    expect(entry("server/memory/2025-12-20/memory_session_notes_20251220_101900.yaml").needsPerson).toEqual([
      "data.content",
    ]);
    for (const file of [
      "flat/skill-code-review.yaml",
      ...plan.filter((p) => p.shape === "nexs-server").map((p) => p.file),
    ])
      if (!file.includes("memory")) expect(entry(file).needsPerson, file).toEqual([]);
  });

  it("renames the server's keys and keeps its timestamps, custom and id", () => {
    const result = entry("server/skill/2025-12-20/skill_code_review_20251220_101600.yaml");
    const source = readFileSync(join(NEXS, result.file), "utf8");
    const metadata = valueIn(source, "metadata");
    const { isactive, createdat, updatedat, ...rest } = isPlainObject(metadata) ? metadata : {};
    expect(valueIn(result.text, "metadata")).toEqual({
      ...rest,
      is_active: isactive,
      created_at: createdat,
      updated_at: updatedat,
    });
    expect(valueIn(result.text, "metadata", "custom")).toEqual({
      related_personas: ["persona_technical_expert_20251220-101500"],
    });
    expect(valueIn(result.text, "data")).toEqual(valueIn(source, "data"));
    expect(result.notes.mapped).toEqual([
      { from: "metadata.isactive", to: "metadata.is_active" },
      { from: "metadata.createdat", to: "metadata.created_at" },
      { from: "metadata.updatedat", to: "metadata.updated_at" },
    ]);
    // Unquoted RFC 3339, fractions and offsets as written.
    const persona = entry("server/persona/2025-12-20/persona_technical_expert_20251220_101500.yaml");
    expect(persona.text).toContain("  created_at: 2025-12-20T10:15:00.123456789-03:00\n");
  });

  it("writes data: {} where the server left an empty data out, and drops only the empty strings it writes", () => {
    const memory = entry("server/memory/2025-12-20/memory_session_notes_20251220_101900.yaml");
    expect(valueIn(memory.text, "data")).toEqual({});
    const persona = entry("server/persona/2025-12-20/persona_technical_expert_20251220_101500.yaml");
    expect(keysIn(persona.text, "data")).not.toContain("owner");
    expect(persona.notes.notes).toEqual(['data.owner was "" (the server writes every field, set or not): left out']);
  });

  it("keeps comments and unicode", () => {
    const persona = entry("flat/persona-data-analyst.yaml").text ?? "";
    expect(
      persona.startsWith("# A flat sample, in the shape of the NEXS MCP repository's data/elements.\nmetadata:\n"),
    ).toBe(true);
    expect(persona).toContain("- domain: Estatística descritiva # the basics first\n");
    expect(persona).toContain("formality: high # not one of casual, neutral, formal: kept aside\n");
    expect(persona).toContain("com gráficos claros 📊");
    const server = entry("server/persona/2025-12-20/persona_technical_expert_20251220_101500.yaml").text ?? "";
    expect(server).toContain("  is_active: true # turned on by hand after review\n");
    expect(server).toContain("# Written by the NEXS MCP server (yaml.v3), then annotated by hand.\nmetadata:\n");
    expect(entry("flat/skill-code-review.yaml").text).toContain("  # phrases that start the skill\n  triggers:\n");
  });

  it.each(yamlFiles(join(NEXS, "flat")))("drops no value of flat/%s", (file) => {
    const before = leaves(valueIn(readFileSync(join(NEXS, "flat", file), "utf8")));
    const after = leaves(valueIn(entry(`flat/${file}`).text));
    const status = before.filter((v) => v === "active");
    const unmatched = [...after];
    const lost = before.filter((v) => {
      const at = unmatched.indexOf(v);
      if (at !== -1) unmatched.splice(at, 1);
      return at === -1;
    });
    // status: active is is_active: true, and a keyword trigger gains its type.
    expect(lost).toEqual(status);
  });

  it("maps flat fields where the meaning is the same and keeps the rest aside", () => {
    const persona = entry("flat/persona-data-analyst.yaml").text;
    expect(valueIn(persona, "metadata")).toMatchObject({
      id: "data-analyst-001",
      author: "NEXS-MCP Team",
      is_active: true,
    });
    expect(valueIn(persona, "data", "expertise_areas")).toEqual([
      { domain: "Estatística descritiva" },
      { domain: "SQL and data modelling" },
      { domain: "Visualisation" },
    ]);
    expect(valueIn(persona, "data", "response_style")).toEqual({ tone: "friendly and precise", verbosity: "concise" });
    expect(valueIn(persona, "metadata", "custom")).toMatchObject({
      category: "analytics",
      metadata: { license: "MIT", difficulty: "intermediate" },
      communication_style: { formality: "high", audience_awareness: "high" },
    });
    const skill = entry("flat/skill-code-review.yaml").text;
    expect(valueIn(skill, "data", "triggers")).toEqual([
      { type: "keyword", keywords: ["code review request", "pull request submission"] },
    ]);
    expect(valueIn(skill, "data", "procedures", 1)).toEqual({ step: 2, action: "Check quality and style" });
    expect(valueIn(skill, "metadata", "custom", "procedure")).toEqual([{}, { estimated_minutes: 5 }, {}]);
    const agent = entry("flat/agent-ci-automation.yaml").text;
    expect(valueIn(agent, "data", "related_skills")).toEqual(["code-review-expert-001"]);
    const template = entry("flat/template-meeting-summary.yaml").text;
    expect(valueIn(template, "data")).toEqual({ format: "markdown" });
    expect(valueIn(template, "metadata", "custom", "status")).toBe("draft");
  });

  it("converts a converted file to nothing more: it is an element file now", () => {
    const again = planImport(
      plan.map((p) => ({ file: p.file, bytes: Buffer.from(p.text ?? "") })),
      OPTIONS,
    );
    expect(new Set(again.map((p) => p.outcome))).toEqual(new Set(["element"]));
  });

  it("renames ids that break the rule, with --rename-ids, and rewrites references to them", () => {
    const skill = readFileSync(
      join(NEXS, "server/skill/2025-12-20/skill_code_review_20251220_101600.yaml"),
      "utf8",
    ).replaceAll("skill_code_review_20251220-101600", "skill_Code Review_20251220-101600");
    const persona = readFileSync(
      join(NEXS, "server/persona/2025-12-20/persona_technical_expert_20251220_101500.yaml"),
      "utf8",
    ).replace("skill_code_review_20251220-101600", "skill_Code Review_20251220-101600");
    const sources = [
      { file: "skill.yaml", bytes: Buffer.from(skill) },
      { file: "persona.yaml", bytes: Buffer.from(persona) },
    ];
    const kept = planImport(sources, OPTIONS);
    expect(kept[0]?.diagnostics.map((d) => d.code)).toContain("schema/pattern");
    const renamed = planImport(sources, { ...OPTIONS, renameIds: true });
    expect(renamed[0]?.renamed).toEqual({
      from: "skill_Code Review_20251220-101600",
      to: "skill_code-review_20251220-101600",
    });
    expect(valueIn(renamed[1]?.text, "data", "related_skills")).toEqual(["skill_code-review_20251220-101600"]);
    for (const r of renamed)
      expect(
        r.diagnostics.filter((d) => d.severity === "error"),
        r.file,
      ).toEqual([]);
  });

  it("leaves files in neither shape, element files and unreadable files alone, and says so", () => {
    const result = planImport(
      [
        { file: "notes.yaml", bytes: Buffer.from("title: shopping list\nitems: [milk]\n") },
        { file: "broken.yaml", bytes: Buffer.from("a: [1, 2\n") },
        {
          file: "element.yaml",
          bytes: readFileSync(
            join(import.meta.dirname, "../../../examples/elements/memory/memory-architecture-decisions.yaml"),
          ),
        },
      ],
      OPTIONS,
    );
    expect(result.map((r) => [r.file, r.outcome, r.text])).toEqual([
      ["notes.yaml", "neither", undefined],
      ["broken.yaml", "unreadable", undefined],
      ["element.yaml", "element", undefined],
    ]);
  });
});

describe("import: writing", () => {
  it("converts in place, passes validate where nothing is missing, and a second run changes nothing", async () => {
    const work = workCopy();
    const first = fakeIo(work);
    expect(await runCli(["import", "server", "flat"], first)).toBe(1);
    expect(first.out()).toMatch(/✖ 12 files: 12 converted \(12 written\), 0 left alone; 6 files need a person\n$/);
    expect(first.out()).toContain("needs a person: data.system_prompt");
    const after = snapshot(work);
    const report = await validateTree(["server", "flat"], { strict: false, maxFileSize: 1 << 20, cwd: work });
    const failing = new Set(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
    expect([...failing].sort()).toEqual([
      "flat/agent-ci-automation.yaml",
      "flat/ensemble-code-review-team.yaml",
      "flat/memory-project-context.yaml",
      "flat/persona-data-analyst.yaml",
      "flat/template-meeting-summary.yaml",
      "server/memory/2025-12-20/memory_session_notes_20251220_101900.yaml",
    ]);
    const second = fakeIo(work);
    await runCli(["import", "server", "flat"], second);
    expect(second.out()).toMatch(/12 files: 0 converted \(0 written\), 12 left alone/);
    expect(snapshot(work)).toEqual(after);
  });

  it("writes into a directory through the file element repository, and a second run writes nothing", async () => {
    const work = workCopy();
    const io = fakeIo(work);
    await runCli(["import", "server", "flat", "--into", "elements"], io);
    expect(io.out()).toContain(
      "server/persona/2025-12-20/persona_technical_expert_20251220_101500.yaml: NEXS MCP server file (persona) → " +
        "elements/persona/2025-12-20/persona_technical_expert_20251220-101500.yaml (created)",
    );
    expect(io.out()).toContain(
      "flat/memory-project-context.yaml: flat sample (memory) → not written: it has no metadata.author",
    );
    const written = snapshot(join(work, "elements"));
    expect(Object.keys(written)).toHaveLength(11);
    const { repository, diagnostics } = await FileElementRepository.open(join(work, "elements"));
    expect(diagnostics).toEqual([]);
    expect(await repository.getById("data-analyst-001")).toMatchObject({ metadata: { author: "NEXS-MCP Team" } });
    expect(written["persona/2025-12-20/data-analyst-001.yaml"]).toContain("# the basics first");
    const sources = snapshot(join(work, "flat"));
    const again = fakeIo(work);
    await runCli(["import", "server", "flat", "--into", "elements"], again);
    expect(again.out()).toMatch(/12 converted \(0 written\)/);
    expect(snapshot(join(work, "elements"))).toEqual(written);
    expect(snapshot(join(work, "flat"))).toEqual(sources);
  });

  it("writes nothing on a dry run", async () => {
    const work = workCopy();
    const before = snapshot(work);
    const io = fakeIo(work);
    await runCli(["import", "server", "flat", "--dry-run"], io);
    await runCli(["import", "server", "--into", "out", "--dry-run"], fakeIo(work));
    expect(io.out()).toContain("(would be rewritten)");
    expect(io.out()).toMatch(/\(dry run: nothing was written\)\n$/);
    expect(snapshot(work)).toEqual(before);
    expect(existsSync(join(work, "out"))).toBe(false);
  });

  it("explains itself, and refuses a call without paths", async () => {
    const help = fakeIo(NEXS);
    expect(await runCli(["import", "--help"], help)).toBe(0);
    expect(help.out()).toContain("Usage: nexs-publish import <paths...> [options]");
    const bare = fakeIo(NEXS);
    expect(await runCli(["import"], bare)).toBe(2);
    expect(bare.err()).toBe("nexs-publish: give the files or directories to work on (see --help)\n");
  });

  it("reports a file in neither shape and leaves it alone", async () => {
    const work = tempDir("nexs-import-");
    writeFileSync(join(work, "notes.yaml"), "title: shopping list\n");
    const io = fakeIo(work);
    expect(await runCli(["import", "notes.yaml"], io)).toBe(1);
    expect(io.out()).toContain(
      "notes.yaml: neither a NEXS MCP server file nor a flat sample (nor an element file); left alone",
    );
    expect(readFileSync(join(work, "notes.yaml"), "utf8")).toBe("title: shopping list\n");
  });

  it("ends in one clear error, with nothing written, when the target cannot be written", async () => {
    const work = workCopy();
    writeFileSync(join(work, "not-a-directory"), "");
    const before = snapshot(work);
    const io = fakeIo(work);
    expect(await runCli(["import", "server", "--into", "not-a-directory/elements"], io)).toBe(2);
    expect(io.err()).toMatch(
      /^nexs-publish: cannot open the element directory .*not-a-directory\/elements: E[A-Z]+\n$/,
    );
    expect(io.out()).toBe("");
    expect(snapshot(work)).toEqual(before);
  });

  it("takes back what it wrote when a write fails half-way", async () => {
    const work = workCopy();
    const base = join(work, "elements");
    let writes = 0;
    const { repository } = await FileElementRepository.open(base, {
      beforeRename: () => {
        if (++writes === 3) throw Object.assign(new Error("no space left"), { code: "ENOSPC" });
      },
    });
    const converted = planImport(sourcesIn(join(work, "server"), "server/"), OPTIONS);
    await expect(applyImport(converted, { kind: "into", repository }, false)).rejects.toThrow(
      /could not write .*: ENOSPC/,
    );
    // Nothing half-written: not even the directory the import would have created.
    expect(existsSync(base)).toBe(false);
  });
});
