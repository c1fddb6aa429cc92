// The committed dist/cli bundle, run the way package.json's bin runs it. Rebuild (`npm run build`) after
// changing the source: these tests see only what is in dist/.
import { cpSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonReport } from "../report/json-shape.js";
import { sarifProblems } from "../report/sarif-shape.js";
import { removeDir } from "../support/tmp-dir.js";
import { REPO } from "./run-action.js";
import { cliBin, runCli } from "./run-cli.js";

const pkgVersion = /"version": "([^"]+)"/.exec(readFileSync(join(REPO, "package.json"), "utf8"))?.[1];
let cwd = "";

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "nexs-cli-bundle-"));
  cpSync(join(REPO, "examples"), join(cwd, "examples"), { recursive: true });
});
afterAll(() => removeDir(cwd));

describe("the CLI bundle", () => {
  it("is an executable script with a shebang", () => {
    expect(readFileSync(cliBin(), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(cliBin()).mode & 0o111).not.toBe(0);
  });

  it("prints --version and --help", async () => {
    const version = await runCli(["--version"], { cwd });
    expect(version).toEqual({ code: 0, stdout: `${pkgVersion}\n`, stderr: "" });
    const help = await runCli(["validate", "--help"], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: nexs-publish validate [paths...] [options]");
  });

  it("passes the examples: human format, exit 0", async () => {
    const run = await runCli(["validate", "examples/elements"], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("✔ 8 files, 0 errors, 0 warnings\n");
    expect(run.stderr).toBe("");
  });

  it("fails the broken examples: exit 1, every finding on its own line, no colour in a pipe", async () => {
    const run = await runCli(["validate", "examples/broken"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).toMatch(/^examples\/broken\/duplicate-key\.yaml:\d+:\d+ error yaml\/duplicate-key /m);
    expect(run.stdout).toMatch(/^examples\/broken\/missing-required\.yaml:\d+:\d+ error schema\/required /m);
    const forced = await runCli(["validate", "examples/broken"], { cwd, env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\u001b[31merror\u001b[0m");
  });

  it("prints exactly one JSON object", async () => {
    const run = await runCli(["validate", "examples/broken", "--format", "json"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd()).not.toContain("\n");
    const report = parseJsonReport(run.stdout);
    expect(report.files).toBe(6);
    expect(report.valid).toBe(false);
    expect(report.errors).toBe(report.diagnostics.filter((d) => d.severity === "error").length);
    expect(report.warnings).toBe(report.diagnostics.filter((d) => d.severity === "warning").length);
    expect(new Set(report.diagnostics.map((d) => d.file.split("/")[0]))).toEqual(new Set(["examples"]));
  });

  it("prints SARIF that code scanning accepts", async () => {
    const run = await runCli(["validate", "examples/broken", "--format", "sarif"], { cwd });
    expect(run.code).toBe(1);
    const log: unknown = JSON.parse(run.stdout);
    expect(sarifProblems(log)).toEqual([]);
    expect(run.stdout).toContain('"uri": "examples/broken/duplicate-key.yaml"');
  });

  it.each([
    [["validate", "no/such/dir"], "nexs-publish: no/such/dir: no such file or directory\n"],
    [
      ["validate", "--format", "xml", "examples"],
      'nexs-publish: --format must be one of human, json, sarif, not "xml"\n',
    ],
    [
      ["validate", "--max-file-size", "0"],
      'nexs-publish: --max-file-size must be a whole number of bytes greater than 0, not "0"\n',
    ],
    [["validate", "--nope"], null],
    [
      ["frobnicate"],
      'nexs-publish: unknown command "frobnicate" (commands: validate, plan, publish, status, pull, login, logout, whoami, import, export, collection; see --help)\n',
    ],
  ])("exits 2 with one line and no stack for %j", async (args, message) => {
    const run = await runCli(args, { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    if (message) expect(run.stderr).toBe(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
