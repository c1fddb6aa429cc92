// `nexs-publish export` from the CLI bundle: every example element where and as a NEXS MCP server loads it, exactly
// the server's metadata key names; import brings each one back as it was; a target that cannot be written ends
// in one clear error with nothing half-written.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../bundle/run-cli.js";
import { EXAMPLES, keysIn, snapshot, valueIn, yamlFiles } from "../core/interop/fixtures.js";
import { tempDir } from "../support/tmp-dir.js";

const cli = (cwd: string, ...args: string[]) => runCli(args, { cwd });

/** The server's metadata keys (its Go struct's JSON tags, lower-cased by its YAML encoder). */
const SERVER_KEYS = new Set(["id", "type", "name", "description", "version", "author", "tags", "isactive"]);
const TIMESTAMPS = ["createdat", "updatedat"];

describe("nexs-publish export (CLI bundle)", () => {
  it("writes the examples at the server's paths with its key names; import gives back every element", async () => {
    const target = tempDir("nexs-cli-export-");
    const run = await cli(EXAMPLES, "export", ".", "--into", target);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✔ 8 elements exported to .* \(nexs-server layout: 8 created\)\n$/);
    const files = yamlFiles(target);
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
      const text = readFileSync(join(target, file), "utf8");
      const keys = keysIn(text, "metadata");
      expect(
        keys.filter((k) => !SERVER_KEYS.has(k) && !TIMESTAMPS.includes(k) && k !== "custom"),
        file,
      ).toEqual([]);
      expect(keys, file).toEqual(expect.arrayContaining(["isactive", "createdat"]));
      expect(text, file).not.toMatch(/^ *(is_active|created_at|updated_at):/m);
    }

    // import(export(x)) = x: each exported file, imported into the element layout, holds the example's values
    // (with is_active: true written out where the example relied on the default).
    const work = tempDir("nexs-cli-export-back-");
    cpSync(target, join(work, "server"), { recursive: true });
    const back = await cli(work, "import", "server", "--into", "elements");
    expect(back.code, back.stdout + back.stderr).toBe(0);
    const examples = new Map(
      yamlFiles(EXAMPLES).map((f) => {
        const text = readFileSync(join(EXAMPLES, f), "utf8");
        return [String(valueIn(text, "metadata", "id")), text];
      }),
    );
    const imported = yamlFiles(join(work, "elements"));
    expect(imported).toHaveLength(8);
    for (const file of imported) {
      const text = readFileSync(join(work, "elements", file), "utf8");
      const original = examples.get(String(valueIn(text, "metadata", "id")));
      const expected = valueIn(original);
      const metadata = valueIn(original, "metadata");
      if (typeof expected !== "object" || expected === null || typeof metadata !== "object" || metadata === null)
        throw new Error(`no example for ${file}`);
      expect(valueIn(text), file).toEqual({ ...expected, metadata: { is_active: true, ...metadata } });
    }
    const validated = await cli(join(work, "elements"), "validate", ".");
    expect(validated.code, validated.stdout).toBe(0);
  });

  it("--dry-run tells the files that would be created or updated from those already as wanted, and writes nothing", async () => {
    const target = tempDir("nexs-cli-export-");
    const fresh = await cli(EXAMPLES, "export", ".", "--into", target, "--dry-run");
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stdout.match(/ \(would be created\)$/gm)).toHaveLength(8);
    expect(fresh.stdout).toMatch(/ \(nexs-server layout: 8 would be created\) \(dry run: nothing was written\)\n$/);
    expect(yamlFiles(target)).toEqual([]);

    expect((await cli(EXAMPLES, "export", ".", "--into", target)).code).toBe(0);
    const edited = "skill/2025-10-14/skill_code_review.yaml";
    writeFileSync(join(target, edited), `${readFileSync(join(target, edited), "utf8")}# edited by hand\n`);
    const before = snapshot(target);
    const again = await cli(EXAMPLES, "export", ".", "--into", target, "--dry-run");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^skill\/skill-code-review\.yaml → .*skill_code_review\.yaml \(would be updated\)$/m);
    expect(again.stdout.match(/ \(unchanged\)$/gm)).toHaveLength(7);
    expect(again.stdout).toMatch(
      / \(nexs-server layout: 1 would be updated, 7 unchanged\) \(dry run: nothing was written\)\n$/,
    );
    expect(snapshot(target)).toEqual(before);
  });

  it("a target that cannot be written: one clear error, exit 2, nothing written", async () => {
    const work = tempDir("nexs-cli-export-");
    cpSync(EXAMPLES, join(work, "elements"), { recursive: true });
    // Under a regular file no directory can be made, even as root.
    writeFileSync(join(work, "blocker"), "");
    const before = snapshot(work);
    const run = await cli(work, "export", "elements", "--into", "blocker/server");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^nexs-publish: .*blocker/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
    expect(snapshot(work)).toEqual(before);
  });
});
