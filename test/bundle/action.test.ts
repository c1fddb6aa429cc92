// The committed dist/action bundle, run as the Actions runner runs it. Rebuild (`npm run build`) after
// changing the source: like the runner, these tests see only what is in dist/.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sarifProblems } from "../report/sarif-shape.js";
import { tempDir } from "../support/tmp-dir.js";
import { REPO, readActionManifest, runAction } from "./run-action.js";

const FAKE_TOKEN = readFileSync(join(REPO, "examples/broken/leaked-token.yaml"), "utf8").match(/ghp_\w+/)?.[0] ?? "";

function workspaceWith(source: string): string {
  const ws = tempDir("nexs-ws-");
  cpSync(join(REPO, source), join(ws, "elements"), { recursive: true });
  return ws;
}

/** `::error file=…,line=…,col=…,title=…::message` lines, as the runner reads them. */
function annotations(stdout: string, kind: "error" | "warning" | "notice") {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`))
    .map((line) => {
      const match = /^::\w+(?: (.*?))?::(.*)$/.exec(line);
      const props = new Map(
        (match?.[1] ?? "")
          .split(",")
          .filter(Boolean)
          .map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
      );
      return { props, message: match?.[2] ?? "" };
    });
}

describe("action.yml", () => {
  it("runs the bundle on node24 and declares the validate inputs and outputs", () => {
    const manifest = readActionManifest();
    expect(manifest.using).toBe("node24");
    expect(existsSync(join(REPO, manifest.main))).toBe(true);
    // Other commands add their own inputs and outputs; these are the ones validate implements.
    expect(
      Object.fromEntries(
        ["command", "path", "strict", "max-file-size", "sarif-file"].map((name) => [name, manifest.inputs.get(name)]),
      ),
    ).toEqual({
      command: "validate",
      path: "elements",
      strict: "false",
      "max-file-size": "262144",
      "sarif-file": "",
    });
    expect(manifest.outputs).toEqual(expect.arrayContaining(["errors", "files", "valid", "warnings"]));
  });
});

describe("the Action bundle, command validate", () => {
  it("passes a valid tree: outputs, summary, no annotations, exit 0", async () => {
    const ws = workspaceWith("examples/elements");
    const run = await runAction(ws, {});
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(Object.fromEntries(run.outputs)).toEqual({ valid: "true", files: "8", errors: "0", warnings: "0" });
    expect(annotations(run.stdout, "error")).toEqual([]);
    expect(run.summary).toContain("✅ **8 files**: 0 errors, 0 warnings");
    expect(run.summary).toContain("| persona | 1 |");
    expect(run.summary).toContain("| agent | 2 |");
  });

  it("fails an invalid tree: annotations on the line, every diagnostic in the summary, SARIF, exit 1", async () => {
    const ws = workspaceWith("examples/broken");
    mkdirSync(join(ws, "reports")); // sarif-file's directory must exist: nothing is created outside the check
    const run = await runAction(ws, { "sarif-file": "reports/nexs.sarif" });
    expect(run.code).toBe(1);
    expect(run.outputs.get("valid")).toBe("false");
    expect(run.outputs.get("files")).toBe("6");
    const errors = Number(run.outputs.get("errors"));
    expect(errors).toBeGreaterThanOrEqual(5);

    const errorLines = annotations(run.stdout, "error");
    const located = errorLines.filter((a) => a.props.has("file"));
    expect(located.length).toBe(Math.min(errors, 10));
    for (const a of located) {
      expect(a.props.get("file")).toMatch(/^elements\/[a-z-]+\.yaml$/);
      expect(Number(a.props.get("line"))).toBeGreaterThanOrEqual(1);
      expect(Number(a.props.get("col"))).toBeGreaterThanOrEqual(1);
      expect(a.props.get("title")).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    }
    const byFile = new Map(located.map((a) => [a.props.get("file"), a.props.get("title")]));
    expect(byFile.get("elements/duplicate-key.yaml")).toBe("yaml/duplicate-key");
    expect(byFile.get("elements/syntax-error.yaml")).toBe("yaml/syntax");
    // The step fails with one message (an ::error:: without a file) after the annotations.
    expect(errorLines.filter((a) => !a.props.has("file")).map((a) => a.message)).toEqual([
      `${errors} errors in 6 element files: see the annotations and the job summary`,
    ]);

    const rows = run.summary.split("\n").filter((line) => line.startsWith("| elements/"));
    expect(rows.length).toBeGreaterThanOrEqual(errors);
    expect(run.summary).toContain("❌ **6 files**");

    const sarif: unknown = JSON.parse(readFileSync(join(ws, "reports/nexs.sarif"), "utf8"));
    expect(sarifProblems(sarif)).toEqual([]);
    // The fake token is found but never repeated: not in the log, the summary or the SARIF file.
    expect(FAKE_TOKEN.length).toBe(40);
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(sarif)])
      expect(text).not.toContain(FAKE_TOKEN);
  });

  it("annotates the first 10 errors and says how many more there were", async () => {
    const ws = tempDir("nexs-ws-");
    mkdirSync(join(ws, "elements"));
    for (let i = 0; i < 13; i++)
      writeFileSync(join(ws, "elements", `broken-${String(i).padStart(2, "0")}.yaml`), "metadata: [unclosed\n");
    const run = await runAction(ws, {});
    expect(run.code).toBe(1);
    expect(annotations(run.stdout, "error").filter((a) => a.props.has("file"))).toHaveLength(10);
    expect(annotations(run.stdout, "notice").map((a) => a.message)).toEqual([
      `${Number(run.outputs.get("errors")) - 10} more errors and 0 more warnings are not annotated: the job summary lists every diagnostic`,
    ]);
  });

  it("escapes untrusted file names in workflow commands and in the log", async () => {
    const ws = tempDir("nexs-ws-");
    mkdirSync(join(ws, "elements"));
    const name = "evil%0A\n::warning file=x::forged,a:b.yaml";
    writeFileSync(join(ws, "elements", name), "metadata: [unclosed\n");
    const run = await runAction(ws, {});
    expect(run.code).toBe(1);
    // No line of output starts a command the Action did not mean to give.
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::warning"))).toEqual([]);
    const [annotation] = annotations(run.stdout, "error").filter((a) => a.props.has("file"));
    // The line break is shown as \u000a (control characters are made visible first), then @actions/core escapes.
    expect(annotation?.props.get("file")).toBe(
      "elements/evil%250A\\u000a%3A%3Awarning file=x%3A%3Aforged%2Ca%3Ab.yaml",
    );
    // The human-readable log is wrapped in stop-commands with a fresh token.
    const stop = /^::stop-commands::([0-9a-f-]{36})$/m.exec(run.stdout);
    expect(stop).not.toBeNull();
    expect(run.stdout).toContain(`\n::${stop?.[1]}::`);
  });

  it.each([
    [{ strict: "yes" }, 'input "strict" must be true or false, not "yes"'],
    [{ "max-file-size": "0" }, 'input "max-file-size" must be a whole number greater than 0, not "0"'],
    [{ command: "publsh" }, 'input "command" must be one of validate, '],
    [{ path: "../outside" }, 'input "path" must be a path inside the workspace'],
    [{ path: "nowhere" }, 'input "path": "nowhere" does not exist in the workspace'],
  ])("refuses a wrong input %j with one error and no outputs", async (inputs, message) => {
    const ws = workspaceWith("examples/elements");
    const run = await runAction(ws, inputs);
    expect(run.code).toBe(1);
    const errors = annotations(run.stdout, "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.startsWith(message)).toBe(true);
    expect(run.outputs.size).toBe(0);
    expect(run.stderr).toBe("");
  });
});
