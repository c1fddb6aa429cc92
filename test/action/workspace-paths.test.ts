// Issue #9, part 3: the Action's `path` and `sarif-file` stay inside the workspace, by their words and by where
// symlinks lead; a bad sarif-file is refused before any work with one message naming the input. Parsers on a
// real workspace first, then the Action bundle as the runner runs it.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseOutputFile, parseWorkspacePath } from "../../src/action/input-parsers.js";
import { runAction } from "../bundle/run-action.js";
import { tempDir } from "../support/tmp-dir.js";
import { inputRefusal } from "./input-refusal.js";

const ELEMENT = `metadata:
  id: inside
  type: persona
  name: Inside
  version: 1.0.0
  author: a
  description: inside the workspace
data:
  behavioral_traits: [{name: calm, intensity: 5}]
  expertise_areas: [{domain: testing, level: expert}]
  response_style: {tone: calm, formality: neutral, verbosity: concise}
  system_prompt: You check element files carefully.
`;

/** A workspace with elements/ inside, and a directory outside it holding an element file of its own. */
function layout(): { ws: string; outside: string } {
  const root = tempDir("nexs-paths-");
  const ws = join(root, "ws");
  const outside = join(root, "outside");
  mkdirSync(join(ws, "elements"), { recursive: true });
  mkdirSync(join(ws, "reports"));
  mkdirSync(outside);
  writeFileSync(join(ws, "elements/inside.yaml"), ELEMENT);
  writeFileSync(join(outside, "outside.yaml"), ELEMENT.replace("id: inside", "id: outside"));
  symlinkSync(outside, join(ws, "out-link")); // a directory inside the workspace that leads out of it
  symlinkSync(join(ws, "elements"), join(ws, "in-link")); // one that stays inside
  return { ws, outside };
}

describe("input parsers on a real workspace", () => {
  it("path: a symlink on the way must not lead out of the workspace", () => {
    const { ws } = layout();
    const context = { workspace: ws };
    expect(parseWorkspacePath("elements", "path", context)).toBe("elements");
    expect(parseWorkspacePath("in-link", "path", context)).toBe("in-link");
    expect(inputRefusal(() => parseWorkspacePath("out-link", "path", context))).toBe(
      `input "path" must stay inside the workspace (${ws}): "out-link" leads out of it through a symlink`,
    );
    expect(inputRefusal(() => parseWorkspacePath("out-link/outside.yaml", "path", context))).toContain(
      "through a symlink",
    );
    expect(inputRefusal(() => parseWorkspacePath("out-link/missing/deeper", "path", context))).toContain(
      "through a symlink",
    );
  });

  it("sarif-file: outside, absolute outside, through a link, a directory, a link, a missing directory", () => {
    const { ws, outside } = layout();
    const context = { workspace: ws };
    const inside = `must be a path inside the workspace (${ws})`;
    expect(parseOutputFile("", "sarif-file", context)).toBe("");
    expect(parseOutputFile("nexs.sarif", "sarif-file", context)).toBe("nexs.sarif");
    expect(parseOutputFile(join(ws, "reports/nexs.sarif"), "sarif-file", context)).toBe("reports/nexs.sarif");
    expect(inputRefusal(() => parseOutputFile("../outside.sarif", "sarif-file", context))).toBe(
      `input "sarif-file" ${inside}, not "../outside.sarif"`,
    );
    expect(inputRefusal(() => parseOutputFile(join(outside, "x.sarif"), "sarif-file", context))).toBe(
      `input "sarif-file" ${inside}, not "${join(outside, "x.sarif")}"`,
    );
    expect(inputRefusal(() => parseOutputFile("out-link/x.sarif", "sarif-file", context))).toContain(
      "through a symlink",
    );
    expect(inputRefusal(() => parseOutputFile("reports", "sarif-file", context))).toBe(
      'input "sarif-file": "reports" is a directory; name a file in it, such as nexs-publish.sarif',
    );
    expect(inputRefusal(() => parseOutputFile(".", "sarif-file", context))).toBe(
      'input "sarif-file" must name a file, not the workspace itself',
    );
    symlinkSync(join(ws, "reports/target.sarif"), join(ws, "reports/link.sarif"));
    expect(inputRefusal(() => parseOutputFile("reports/link.sarif", "sarif-file", context))).toBe(
      'input "sarif-file": "reports/link.sarif" is a symlink; name a regular file (symlinks are not followed)',
    );
    expect(inputRefusal(() => parseOutputFile("missing/nexs.sarif", "sarif-file", context))).toBe(
      'input "sarif-file": the directory of "missing/nexs.sarif" does not exist in the workspace; create it first, or name a file in an existing directory',
    );
    expect(readdirSync(outside)).toEqual(["outside.yaml"]);
  });
});

describe("the Action bundle", () => {
  it.each([
    ["../outside.sarif", 'input "sarif-file" must be a path inside the workspace'],
    ["reports", 'input "sarif-file": "reports" is a directory'],
    ["missing/nexs.sarif", 'input "sarif-file": the directory of "missing/nexs.sarif" does not exist'],
    ["out-link/x.sarif", 'input "sarif-file" must stay inside the workspace'],
  ])(
    "refuses sarif-file %s before any work: one message, no outputs, no summary, nothing written",
    async (given, says) => {
      const { ws, outside } = layout();
      const run = await runAction(ws, { path: "elements", "sarif-file": given });
      expect(run.code).toBe(1);
      const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(says);
      expect(run.stdout).not.toContain("elements/inside.yaml"); // nothing was validated
      expect(run.outputs.size).toBe(0);
      expect(run.summary).toBe("");
      expect(readdirSync(outside)).toEqual(["outside.yaml"]);
      expect(existsSync(join(ws, "missing"))).toBe(false);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    },
  );

  it("an absolute sarif-file outside the workspace is refused, and nothing is written there", async () => {
    const { ws, outside } = layout();
    const run = await runAction(ws, { path: "elements", "sarif-file": join(outside, "x.sarif") });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input "sarif-file" must be a path inside the workspace');
    expect(readdirSync(outside)).toEqual(["outside.yaml"]);
  });

  it("a path through a symlinked directory leading out is refused; one staying inside is not followed", async () => {
    const { ws } = layout();
    const out = await runAction(ws, { path: "out-link" });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('input "path" must stay inside the workspace');
    expect(out.stdout).not.toContain("outside.yaml");
    const through = await runAction(ws, { path: "in-link/inside.yaml" });
    expect(through.code).toBe(1);
    expect(through.outputs.get("valid")).toBe("false");
    expect(through.stdout).toMatch(/::error .*title=file\/not-regular.*is reached through in-link, a symlink/);
    const named = await runAction(ws, { path: "in-link" });
    expect(named.outputs.get("errors")).toBe("1");
    expect(named.stdout).toMatch(/::error .*title=file\/not-regular.*in-link is a symlink/);
  });

  it("writes a good sarif-file inside the workspace", async () => {
    const { ws } = layout();
    const run = await runAction(ws, { path: "elements", "sarif-file": "reports/nexs.sarif" });
    expect(run.code).toBe(0);
    expect(run.outputs.get("valid")).toBe("true");
    expect(existsSync(join(ws, "reports/nexs.sarif"))).toBe(true);
  });
});
