// `nexs-publish import` from the CLI bundle, on the NEXS MCP fixtures (test/fixtures/nexs: a server file and a
// flat sample of every type, with comments, unicode, a server file whose empty data was left out, and flat
// samples missing required fields). What the core tests check in-process, checked here on what ships: the exit
// status, one line per problem, validate on the result, a second run changing nothing, and a target that cannot
// be written leaving nothing behind.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../bundle/run-cli.js";
import { snapshot, valueIn, workCopy, yamlFiles } from "../core/interop/fixtures.js";
import { tempDir } from "../support/tmp-dir.js";

const cli = (cwd: string, ...args: string[]) => runCli(args, { cwd });

describe("nexs-publish import (CLI bundle)", () => {
  it("before: validate gives each foreign file exactly one error, with the command that converts it", async () => {
    const work = workCopy("nexs-cli-import-");
    const run = await cli(work, "validate", "server", "flat");
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((line) => / error /.test(line));
    expect(errors).toHaveLength(12);
    for (const line of errors) {
      const file = line.slice(0, line.indexOf(":"));
      expect(line).toMatch(/ error structure\/(nexs-server|flat)-format /);
      expect(line).toContain(`convert it with: nexs-publish import ${file}`);
    }
  });

  it("converts in place; validate then passes, or names the missing field; a second run changes nothing", async () => {
    const work = workCopy("nexs-cli-import-");
    const first = await cli(work, "import", "server", "flat");
    // Exit 1: some files still need a person (a required field with no source).
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/✖ 12 files: 12 converted \(12 written\), 0 left alone; 6 files need a person\n$/);
    const converted = snapshot(work);
    // Comments and unicode come along.
    expect(Object.values(converted).join("\n")).toMatch(/#.*\n/);
    expect(Object.values(converted).join("\n")).toMatch(/[^\x00-\x7f]/);

    const validated = await cli(work, "validate", "server", "flat");
    const errors = validated.stdout.split("\n").filter((line) => / error /.test(line));
    // Only the files the import report said need a person fail, each on a required field it named.
    const needing = first.stdout
      .split("\n")
      .filter((line) => line.startsWith("  needs a person: "))
      .join(" ");
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) {
      expect(line).toMatch(/ error schema\/required /);
      const field = /"([a-z_]+)"/.exec(line)?.[1] ?? "";
      expect(needing, line).toContain(field);
    }
    expect(new Set(errors.map((line) => line.slice(0, line.indexOf(":")))).size).toBe(6);

    const second = await cli(work, "import", "server", "flat");
    expect(second.stdout).toMatch(/12 files: 0 converted \(0 written\), 12 left alone/);
    expect(snapshot(work)).toEqual(converted);
  });

  it("--rename-ids: every reference to a renamed id follows it, related_personas (kept in custom) included", async () => {
    const work = workCopy("nexs-cli-import-");
    const OLD = "persona_technical_expert_20251220-101500";
    const BAD = "persona_Technical Expert_20251220-101500";
    const NEW = "persona_technical-expert_20251220-101500";
    const edit = (path: string, change: (text: string) => string) =>
      writeFileSync(join(work, path), change(readFileSync(join(work, path), "utf8")));
    edit("server/persona/2025-12-20/persona_technical_expert_20251220_101500.yaml", (t) => t.replace(OLD, BAD));
    // The server keeps related_personas under custom; the agent names its persona in the contract's persona_id.
    edit("server/skill/2025-12-20/skill_code_review_20251220_101600.yaml", (t) => t.replace(OLD, BAD));
    edit("server/agent/2025-12-20/agent_pr_reviewer_20251220_101800.yaml", (t) =>
      t.replace(/^data:\n/m, `data:\n    persona_id: ${BAD}\n`),
    );
    const run = await cli(work, "import", "server", "--rename-ids", "--into", "out");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`  id renamed: ${BAD} → ${NEW}`);
    const out = join(work, "out");
    const text = (type: string) => {
      const file = yamlFiles(out).find((f) => f.startsWith(`${type}/`));
      return file === undefined ? "" : readFileSync(join(out, file), "utf8");
    };
    expect(valueIn(text("persona"), "metadata", "id")).toBe(NEW);
    expect(valueIn(text("skill"), "metadata", "custom", "related_personas")).toEqual([NEW]);
    expect(valueIn(text("agent"), "data", "persona_id")).toBe(NEW);
    expect(run.stdout).not.toMatch(/ref\/unresolved .*persona/);
    expect(Object.values(snapshot(out)).join("\n")).not.toContain(BAD);
  });

  it("leaves a file in neither shape alone and reports it", async () => {
    const work = tempDir("nexs-cli-import-");
    writeFileSync(join(work, "notes.yaml"), "# mine\ntitle: liste de courses — café\n");
    const run = await cli(work, "import", "notes.yaml");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("notes.yaml: neither a NEXS MCP server file nor a flat sample");
    expect(snapshot(work)).toEqual({ "notes.yaml": "# mine\ntitle: liste de courses — café\n" });
  });

  it("a file that cannot be read counts in the tally, as an error (✖): the counts add up to the files given", async () => {
    const work = workCopy("nexs-cli-import-");
    // Without the one server file that needs a person, every readable file converts cleanly.
    rmSync(join(work, "server/memory"), { recursive: true });
    writeFileSync(join(work, "server/locked.yaml"), "id: x\n");
    chmodSync(join(work, "server/locked.yaml"), 0o000);
    symlinkSync("../flat/skill-code-review.yaml", join(work, "server/link.yaml"));
    // Readable to the unprivileged user the run drops to when the tests run as root (root reads mode 000).
    chmodSync(work, 0o755);
    const uid = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const run = await runCli(["import", "server", "--dry-run"], { cwd: work, ...uid });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^server\/link\.yaml:1:1 error file\/not-regular /m);
    expect(run.stdout).toMatch(/^server\/locked\.yaml:1:1 error file\/unreadable .*EACCES/m);
    expect(run.stdout).toMatch(
      /\n✖ 7 files: 5 converted \(5 would be written\), 0 left alone, 2 not read; 0 files need a person \(dry run: nothing was written\)\n$/,
    );
  });

  it("a symbolic link to a directory inside --into: one error, exit 2, nothing written, the directories made removed", async () => {
    const work = workCopy("nexs-cli-import-");
    const elsewhere = tempDir("nexs-cli-import-elsewhere-");
    // The date directory exists where the link leads: the link must be refused, not just a missing directory.
    mkdirSync(join(elsewhere, "2025-12-20"));
    mkdirSync(join(work, "out"));
    symlinkSync(elsewhere, join(work, "out/persona"));
    const run = await cli(work, "import", "server", "--into", "out");
    expect(run.code, run.stdout).toBe(2);
    expect(run.stderr).toMatch(
      /^nexs-publish: could not write persona\/2025-12-20\/\S+: \S*out\/persona is a symbolic link: nothing is written through a link \(make it a real directory\)\n$/,
    );
    expect(run.stdout).toBe("");
    expect(snapshot(elsewhere)).toEqual({});
    // The agent, ensemble... directories the run had made before the persona are gone again.
    expect(readdirSync(join(work, "out"))).toEqual(["persona"]);
  });

  it("--into DIR is not created by opening or planning: not on a dry run, nor when nothing is stored", async () => {
    const work = workCopy("nexs-cli-import-");
    const dry = await cli(work, "import", "server", "--into", "dry/out", "--dry-run");
    expect(dry.code, dry.stderr).toBe(1);
    expect(dry.stdout).toContain("(would be created)");
    expect(existsSync(join(work, "dry"))).toBe(false);
    // The prompt sample has no id or author: converted, but nothing to store.
    const none = await cli(work, "import", "prompt", "--into", "none");
    expect(none.code, none.stderr).toBe(1);
    expect(none.stdout).toContain("not written:");
    expect(existsSync(join(work, "none"))).toBe(false);
  });

  it("a target that cannot be written: one clear error, exit 2, nothing written anywhere", async () => {
    const work = workCopy("nexs-cli-import-");
    // Under a regular file no directory can be made, even as root.
    writeFileSync(join(work, "blocker"), "");
    const before = snapshot(work);
    const run = await cli(work, "import", "server", "flat", "--into", "blocker/elements");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^nexs-publish: cannot open the element directory .*blocker\/elements: E[A-Z]+\n$/);
    expect(run.stdout).toBe("");
    expect(snapshot(work)).toEqual(before);
  });
});
