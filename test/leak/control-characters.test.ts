// Control characters and bidi overrides from file names and values reach the terminal, the Action's log,
// workflow commands and the job summary only as visible `\uXXXX` escapes, through the committed bundles.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../bundle/run-action.js";
import { runCli } from "../bundle/run-cli.js";
import { tempDir } from "../support/tmp-dir.js";
import { skill } from "./corpus.js";

const HAZARDS = ["\u001b", "\u0007", "\u009b", "\u202e", "\u2066"];
const NAME = "a\u001b]0;x\u0007b\u202egpj.yaml";

function workspace(): string {
  const root = tempDir("nexs-controls-");
  mkdirSync(join(root, "elements"));
  // A value the schema echoes (an unknown type), holding the same characters; and one in the file name.
  writeFileSync(
    join(root, "elements", "b.yaml"),
    skill("probe-b").replace("type: skill", 'type: "x\\e[2J\\u202ey\\u009b"'),
  );
  writeFileSync(join(root, "elements", NAME), skill("probe-a").replace("version: 1.0.0", "version: one"));
  return root;
}

function rawHazards(text: string): string[] {
  return HAZARDS.filter((c) => text.includes(c)).map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

describe("control and bidi characters", () => {
  it("are escaped in the CLI's human output", async () => {
    const run = await runCli(["validate", "elements"], { cwd: workspace() });
    expect(run.code).toBe(1);
    expect(rawHazards(run.stdout + run.stderr)).toEqual([]);
    expect(run.stdout).toContain("a\\u001b]0;x\\u0007b\\u202egpj.yaml");
  });

  it("are escaped in the Action's workflow commands, log and job summary", async () => {
    const run = await runAction(workspace(), { path: "elements" });
    expect(run.code).toBe(1);
    const commands = run.stdout.split("\n").filter((l) => l.startsWith("::error "));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    expect(rawHazards(run.stdout)).toEqual([]);
    expect(rawHazards(run.summary)).toEqual([]);
    expect(commands.join("\n")).toContain("\\u202e");
  });
});
