// `nexs-publish pull` from the CLI bundle against the GitHub emulator, after a publish was merged: an element
// changed only in the collection is brought in (the local file's comments and key order kept), one changed on
// both sides is left and listed (or merged under `merge`), and an edit made only here survives.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../bundle/run-action.js";
import { runCli } from "../bundle/run-cli.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { readState, SIGNING_KEY } from "../publish/support.js";
import { commitFiles, listFiles } from "../support/emulator.js";
import { cliEnv, jsonOf, mergePullRequest, type SourceRepo, sourceRepo } from "./support.js";

let fx: Fixture;
let repo: SourceRepo;
const home = mkdtempSync(join(tmpdir(), "nexs-cli-home-"));
// What --layout nexs-server writes into, as a NEXS MCP server's data directory.
const server = mkdtempSync(join(tmpdir(), "nexs-cli-server-"));
const SERVER_FILE = "skill/2025-10-14/skill_code_review.yaml";
const example = (path: string) => readFileSync(join(REPO, "examples/elements", path), "utf8");

const REMOTE_ONLY = "skill/skill-code-review.yaml";
const BOTH = "persona/persona-technical-expert.yaml";
const MERGEABLE = "skill/skill-static-analysis.yaml";
const LOCAL_ONLY = "template/template-review-report.yaml";

/** The collection's copy of REMOTE_ONLY: a new version, its first comment dropped and `tags` moved up. */
function remoteEdit(text: string): string {
  const lines = text.replace("version: 2.0.1", "version: 2.1.0").split("\n").slice(1);
  const tags = lines.findIndex((line) => line.startsWith("  tags:"));
  const [tagLine = ""] = lines.splice(tags, 1);
  lines.splice(2, 0, tagLine);
  return lines.join("\n");
}

beforeAll(async () => {
  fx = await startFixture();
  repo = sourceRepo();
  const published = await cli("publish", "--collection", "nexs/collection");
  if (published.code !== 0) throw new Error(published.stderr);
  // Merged with no App and no `track`: pull's own reconcile records the merge and its base.
  await mergePullRequest(fx, 1);
  await commitFiles(
    fx.emulator.url,
    fx.emulator.token,
    fx.emulator.collection,
    "main",
    {
      [`elements/${REMOTE_ONLY}`]: remoteEdit(example(REMOTE_ONLY)),
      [`elements/${BOTH}`]: example(BOTH).replace("Senior software architect", "Principal architect"),
      [`elements/${MERGEABLE}`]: example(MERGEABLE).replace("version: 1.4.0", "version: 1.5.0"),
    },
    "Edits made in the collection",
  );
  repo.write(BOTH, example(BOTH).replace("Senior software architect", "Staff engineer"), false);
  repo.write(MERGEABLE, `# Kept here.\n${example(MERGEABLE).replace("Runs the project's", "Runs our")}`, false);
  repo.write(LOCAL_ONLY, example(LOCAL_ONLY).replace("version: 1.0.0", "version: 1.1.0"), false);
});
afterAll(async () => {
  await fx.close();
  repo.remove();
  rmSync(home, { recursive: true, force: true });
  rmSync(server, { recursive: true, force: true });
});

/** A file under `server` as the CLI shows it: relative to the source repository. */
function copyOf(path: string): string {
  return relative(repo.dir, join(server, path));
}

function cli(...args: string[]) {
  return runCli(args, { cwd: repo.dir, env: cliEnv(fx, home, { NEXS_SIGNING_KEY: SIGNING_KEY }) });
}

describe("nexs-publish pull (CLI bundle)", () => {
  it("--dry-run shows what would change and writes nothing, here or in the collection", async () => {
    fx.proxy.resetCounts();
    const before = [REMOTE_ONLY, BOTH, MERGEABLE, LOCAL_ONLY].map((path) => repo.read(path));
    const run = await cli(
      "pull",
      "--collection",
      "nexs/collection",
      "--dry-run",
      "--conflict-strategy",
      "merge",
      "--layout",
      "nexs-server",
      "--into",
      server,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(`elements/${REMOTE_ONLY} → ${copyOf(SERVER_FILE)} (would be created)\n`);
    expect(existsSync(join(server, "skill"))).toBe(false);
    // It plans against the merge its reconcile would record, without recording it.
    expect(run.stdout).toMatch(/^would update {2}skill-code-review {2}elements\/skill\/skill-code-review\.yaml: /m);
    expect(run.stdout).toMatch(/^would merge {3}skill-static-analysis {2}/m);
    expect(run.stdout).toMatch(/\nDry run: 2 elements to bring in, 1 left for a person\.\n/);
    expect([REMOTE_ONLY, BOTH, MERGEABLE, LOCAL_ONLY].map((path) => repo.read(path))).toEqual(before);
    expect(fx.proxy.writes()).toEqual([]);
  });

  it("brings in the remote change, leaves the conflicts, keeps the local-only edit", async () => {
    const run = await cli("pull", "--collection", "nexs/collection", "--layout", "nexs-server", "--into", server);
    expect(run.code, run.stderr).toBe(1);
    // Only what was brought in is copied, where and as a NEXS MCP server loads it.
    expect(run.stdout).toContain(`elements/${REMOTE_ONLY} → ${copyOf(SERVER_FILE)} (created)\n`);
    const copied = readFileSync(join(server, SERVER_FILE), "utf8");
    expect(copied).toMatch(/^ {4}id: skill-code-review$/m);
    expect(copied).toMatch(/^ {4}version: 2\.1\.0$/m);
    expect(copied).toMatch(/^ {4}isactive: true$/m);
    expect(copied).toMatch(/^ {4}createdat: 2025-10-14T08:30:00Z$/m);
    expect(copied).not.toMatch(/created_at|is_active|yaml-language-server/);
    expect(existsSync(join(server, "persona"))).toBe(false);
    expect(run.stdout).toMatch(
      /^updated {2}skill-code-review {2}elements\/skill\/skill-code-review\.yaml: changed in/m,
    );
    expect(run.stdout).toMatch(/^left {5}persona-technical-expert {2}.*conflict strategy is manual$/m);
    expect(run.stdout).toMatch(/^left {5}skill-static-analysis {2}/m);
    expect(run.stdout).toMatch(/^kept {5}template-review-report {2}.*changed here only/m);
    expect(run.stdout).toMatch(/\n1 element brought in, 2 left for a person\.\n/);

    const pulled = repo.read(REMOTE_ONLY);
    expect(pulled).toBe(example(REMOTE_ONLY).replace("version: 2.0.1", "version: 2.1.0"));
    expect(repo.read(BOTH)).toContain("Staff engineer");
    expect(repo.read(MERGEABLE)).toMatch(/^# Kept here\.\n/);
    expect(repo.read(LOCAL_ONLY)).toContain("version: 1.1.0");

    const state = await readState(fx.emulator);
    expect(state.submissions["1"]?.status).toBe("merged");
    const collection = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, "main");
    expect(state.base["skill-code-review"]?.blob).toBe(collection.get(`elements/${REMOTE_ONLY}`));
    expect(state.base["persona-technical-expert"]?.blob).not.toBe(collection.get(`elements/${BOTH}`));
  });

  it("merges field by field under --conflict-strategy merge; the next plan proposes the merged file", async () => {
    const run = await cli("pull", "--collection", "nexs/collection", "--conflict-strategy", "merge", "--json");
    expect(run.code, run.stderr).toBe(1);
    const result = jsonOf(run.stdout);
    expect(result["baseMoved"]).toBe(true);
    expect(result["elements"]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "skill-static-analysis", action: "merge" }),
        expect.objectContaining({ id: "persona-technical-expert", action: "leave" }),
        expect.objectContaining({ id: "template-review-report", action: "keep" }),
      ]),
    );
    const merged = repo.read(MERGEABLE);
    expect(merged).toMatch(/^# Kept here\.\n/);
    expect(merged).toContain("Runs our linters");
    expect(merged).toContain("version: 1.5.0");

    const plan = jsonOf((await cli("plan", "--collection", "nexs/collection", "--json")).stdout);
    const outcomes = Object.fromEntries(
      (Array.isArray(plan["rows"]) ? plan["rows"] : []).map((row) => [row.id, row.outcome]),
    );
    expect(outcomes).toMatchObject({
      // Its comment and key order stayed here, so publishing proposes them; the version is no longer news.
      "skill-code-review": "update",
      "skill-static-analysis": "update",
      "template-review-report": "update",
      "persona-technical-expert": "conflict",
    });
  });

  it("--layout needs --into and a known layout; each refusal is one line before anything is read", async () => {
    fx.proxy.resetCounts();
    const cases: [string[], RegExp][] = [
      [
        ["--layout", "nexs-server"],
        /^nexs-publish: --layout nexs-server writes under --into <dir>: give the directory\n$/,
      ],
      [["--into", server], /^nexs-publish: --into is where --layout writes: give --layout too\n$/],
      [
        ["--layout", "zip", "--into", server],
        /^nexs-publish: --layout must be one of nexs-server, elements, not "zip"\n$/,
      ],
    ];
    for (const [flags, message] of cases) {
      const run = await cli("pull", "--collection", "nexs/collection", ...flags);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(fx.proxy.writes()).toEqual([]);
  });

  it("a --into that cannot be written: the local pull stands, one clear error, nothing half-written", async () => {
    // The collection changes one element again, so there is something to bring in and copy.
    const AGENT = "agent/agent-pr-reviewer.yaml";
    const next = example(AGENT).replace(/^ {2}version: .*$/m, "  version: 9.0.0");
    await commitFiles(
      fx.emulator.url,
      fx.emulator.token,
      fx.emulator.collection,
      "main",
      { [`elements/${AGENT}`]: next },
      "Another edit in the collection",
    );
    // A directory under a regular file cannot be made, even as root.
    const blocker = join(server, "blocker");
    writeFileSync(blocker, "not a directory\n");
    const run = await cli("pull", "--collection", "nexs/collection", "--layout", "elements", "--into", blocker);
    expect(run.code, run.stdout).toBe(2);
    expect(run.stderr).toMatch(/^nexs-publish: the local files were pulled, but nothing was written under --into/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(blocker, "utf8")).toBe("not a directory\n");
    expect(repo.read(AGENT)).toContain("version: 9.0.0");
  });

  it("refuses a strategy that would overwrite a local edit, in one line", async () => {
    const run = await cli("pull", "--collection", "nexs/collection", "--conflict-strategy", "remote-wins");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^nexs-publish: pull settles conflicts by manual or merge only .*"remote-wins"\n$/);
  });
});
