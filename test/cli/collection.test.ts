// `nexs-publish collection init` and the collection.yaml checks of `validate`, from the CLI bundle: the manifest
// init writes for the examples is one validate accepts, and a manifest with a command hook, a glob leaving the
// repository, a missing required field or a bad version gets one finding each, its own code, at its line:column.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../bundle/run-cli.js";
import { EXAMPLES } from "../core/interop/fixtures.js";
import { tempDir } from "../support/tmp-dir.js";

const cli = (cwd: string, ...args: string[]) => runCli(args, { cwd });

/** A repository with the example elements under elements/. */
function repository(): string {
  const root = tempDir("nexs-cli-collection-");
  cpSync(EXAMPLES, join(root, "elements"), { recursive: true });
  return root;
}

/** `file:line:column severity code` of every finding validate prints. */
const findings = (stdout: string) =>
  stdout
    .split("\n")
    .map((line) => /^(\S+:\d+:\d+) (error|warning) (\S+) /.exec(line))
    .flatMap((m) => (m ? [`${m[1]} ${m[2]} ${m[3]}`] : []));

describe("nexs-publish collection (CLI bundle)", () => {
  it("init on the examples writes a manifest validate accepts; a second run writes nothing", async () => {
    const root = repository();
    const init = await cli(root, "collection", "init");
    expect(init.code, init.stderr).toBe(0);
    const manifest = readFileSync(join(root, "collection.yaml"), "utf8");
    expect(manifest).toContain("  - path: elements/persona/*.yaml\n    type: persona\n");
    expect(manifest).toMatch(/^ {2}total_elements: 8$/m);
    const validated = await cli(root, "validate", ".");
    expect(validated.code, validated.stdout).toBe(0);
    expect(findings(validated.stdout)).toEqual([]);
    const again = await cli(root, "collection", "init");
    expect(again.code).toBe(0);
    expect(readFileSync(join(root, "collection.yaml"), "utf8")).toBe(manifest);
  });

  it("gives a command hook, an escaping glob, a missing field and a bad version each its code and position", async () => {
    const root = repository();
    writeFileSync(
      join(root, "collection.yaml"),
      [
        "name: review-kit",
        "version: 1.2", // 2:10 collection/version
        "description: Reviewers — and their skills.", // no author: collection/required at the top mapping
        "elements:",
        "  - path: elements/skill/*.yaml",
        "    type: skill",
        "  - path: ../other-repo/*.yaml", // 7:11 collection/element-outside
        "    type: skill",
        "hooks:",
        "  post_install:",
        "    - type: command", // 11:13 collection/install-hook
        "      command: rm -rf ~",
        "",
      ].join("\n"),
    );
    const run = await cli(root, "validate", ".");
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      "collection.yaml:1:1 error collection/required",
      "collection.yaml:2:10 error collection/version",
      "collection.yaml:7:11 error collection/element-outside",
      "collection.yaml:11:13 error collection/install-hook",
    ]);
    expect(run.stdout).toMatch(/collection\/required .*author/);

    // Opted in, the hook is a warning that names its line; the other findings stay.
    const allowed = await cli(root, "validate", ".", "--allow-install-hooks");
    expect(findings(allowed.stdout)).toContain("collection.yaml:11:13 warning collection/install-hook-review");
    expect(allowed.stdout).toMatch(/install-hook-review hooks\.post_install\[0\] on line 11 /);
  });

  it("init keeps a command hook; --allow-install-hooks makes it a warning for review there too, as for validate", async () => {
    const root = repository();
    const first = await cli(root, "collection", "init");
    expect(first.code, first.stderr).toBe(0);
    const hooked = `${readFileSync(join(root, "collection.yaml"), "utf8")}hooks:\n  post_install:\n    - type: command\n      command: make setup\n`;
    writeFileSync(join(root, "collection.yaml"), hooked);
    const line = hooked.split("\n").indexOf("    - type: command") + 1;

    const refused = await cli(root, "collection", "init");
    expect(refused.code).toBe(1);
    expect(findings(refused.stdout)).toEqual([`collection.yaml:${line}:13 error collection/install-hook`]);
    const allowed = await cli(root, "collection", "init", "--allow-install-hooks");
    expect(allowed.code, allowed.stdout + allowed.stderr).toBe(0);
    expect(findings(allowed.stdout)).toEqual([`collection.yaml:${line}:13 warning collection/install-hook-review`]);
    expect(readFileSync(join(root, "collection.yaml"), "utf8")).toBe(hooked);
    const help = await cli(root, "collection", "--help");
    expect(help.stdout).toMatch(/\n {2}--allow-install-hooks {4}/);
  });

  it("refuses an unknown subcommand in one line", async () => {
    const run = await cli(repository(), "collection", "publish");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('nexs-publish: unknown collection command "publish" (commands: init; see --help)\n');
  });
});
