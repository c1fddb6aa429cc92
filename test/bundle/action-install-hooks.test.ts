// The Action bundle on a collection whose collection.yaml declares a `command` install hook: an error (the step
// fails) unless the allow-install-hooks input opts in, and then a warning annotation naming the hook's line.
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/tmp-dir.js";
import { REPO, runAction } from "./run-action.js";

const MANIFEST = `name: review-kit
version: 1.0.0
author: team@example.com
description: Reviewers, their skills and the report they write.
elements:
  - path: elements/persona/*.yaml
    type: persona
  - path: elements/skill/*.yaml
    type: skill
  - path: elements/template/*.yaml
    type: template
  - path: elements/agent/*.yaml
    type: agent
  - path: elements/memory/*.yaml
    type: memory
  - path: elements/ensemble/*.yaml
    type: ensemble
hooks:
  post_install:
    - type: command
      command: ./scripts/setup.sh
`;

/** The example elements under elements/ and the manifest at the root, checked from the root. */
function collection(): string {
  const ws = tempDir("nexs-ws-hooks-");
  cpSync(join(REPO, "examples/elements"), join(ws, "elements"), { recursive: true });
  writeFileSync(join(ws, "collection.yaml"), MANIFEST);
  return ws;
}

const onManifest = (stdout: string, kind: "error" | "warning") =>
  stdout.split("\n").filter((line) => line.startsWith(`::${kind} `) && line.includes(",file=collection.yaml,"));

describe("the Action's allow-install-hooks input", () => {
  it("by default a command hook is an error annotated on its line, and the step fails", async () => {
    const run = await runAction(collection(), { path: "." });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.get("errors")).toBe("1");
    const errors = onManifest(run.stdout, "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error title=collection\/install-hook,file=collection\.yaml,line=20,col=13::/);
    expect(errors[0]).toContain("allow-install-hooks");
  });

  it("set to true, the hook is a warning naming its line, and the step passes", async () => {
    const run = await runAction(collection(), { path: ".", "allow-install-hooks": "true" });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.get("errors")).toBe("0");
    expect(onManifest(run.stdout, "error")).toEqual([]);
    const warnings = onManifest(run.stdout, "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^::warning title=collection\/install-hook-review,file=collection\.yaml,line=20,col=13::/,
    );
    expect(warnings[0]).toContain("on line 20");
  });

  it("refuses a value that is not a boolean in one line, before checking anything", async () => {
    const run = await runAction(collection(), { path: ".", "allow-install-hooks": "yes please" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*allow-install-hooks/);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
