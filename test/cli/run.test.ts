import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { parseJsonReport } from "../report/json-shape.js";
import { removeDir } from "../support/tmp-dir.js";
import { fakeIo } from "./fake-io.js";

const REPO = resolve(import.meta.dirname, "../..");
let work = "";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "nexs-cli-"));
  cpSync(join(REPO, "examples/elements"), join(work, "elements"), { recursive: true });
  cpSync(join(REPO, "examples/broken"), join(work, "broken"), { recursive: true });
});
afterAll(() => removeDir(work));

describe("nexs-publish (in process)", () => {
  it("validates ./elements by default and exits 0", async () => {
    const io = fakeIo(work);
    expect(await runCli(["validate"], io)).toBe(0);
    expect(io.out()).toMatch(/^✔ 8 files, 0 errors, 0 warnings$/m);
    expect(io.err()).toBe("");
  });

  it("exits 1 on errors and names every file with its line and column", async () => {
    const io = fakeIo(work);
    expect(await runCli(["validate", "broken"], io)).toBe(1);
    const lines = io.out().trimEnd().split("\n");
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^broken\/[a-z-]+\.yaml:\d+:\d+ (error|warning|info) [a-z0-9-]+\/[a-z0-9-]+ \S/);
    expect(lines.at(-1)).toMatch(/^✖ 6 files, \d+ errors?, \d+ warnings?$/);
  });

  it("prints one JSON object with paths relative to the working directory", async () => {
    const io = fakeIo(join(work, "broken"));
    expect(await runCli(["validate", ".", "--format", "json"], io)).toBe(1);
    const report = parseJsonReport(io.out());
    expect(report).toMatchObject({ files: 6, valid: false });
    const files = new Set(report.diagnostics.map((d) => d.file));
    expect(files).toContain("duplicate-key.yaml");
  });

  it("colours only a terminal, and only the human format", async () => {
    const tty = fakeIo(work, { tty: true });
    await runCli(["validate", "broken"], tty);
    expect(tty.out()).toContain("\u001b[31m");
    const noColor = fakeIo(work, { tty: true, env: { NO_COLOR: "1" } });
    await runCli(["validate", "broken"], noColor);
    expect(noColor.out()).not.toContain("\u001b[");
    const json = fakeIo(work, { tty: true });
    await runCli(["validate", "broken", "--format", "json"], json);
    expect(json.out()).not.toContain("\u001b[");
  });

  it.each([
    [["validate", "missing-dir"], /^nexs-publish: missing-dir: no such file or directory\n$/],
    [["validate", "--format", "yaml"], /^nexs-publish: --format must be one of human, json, sarif, not "yaml"\n$/],
    [
      ["frobnicate"],
      /^nexs-publish: unknown command "frobnicate" \(commands: validate, plan, publish, status, pull, login, logout, whoami, import, export, collection; see --help\)\n$/,
    ],
    [["validate", "--max-file-size", "big"], /^nexs-publish: --max-file-size must be/],
  ])("exits 2 with one line for %j", async (args, message) => {
    const io = fakeIo(work);
    expect(await runCli(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe("");
  });

  it("shows help and version", async () => {
    const help = fakeIo(work);
    expect(await runCli(["--help"], help)).toBe(0);
    expect(help.out()).toContain("validate");
    const commandHelp = fakeIo(work);
    expect(await runCli(["validate", "--help"], commandHelp)).toBe(0);
    expect(commandHelp.out()).toContain("default: elements");
    const version = fakeIo(work);
    expect(await runCli(["--version"], version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bare = fakeIo(work);
    expect(await runCli([], bare)).toBe(2);
    expect(bare.out()).toContain("Usage: nexs-publish <command>");
  });
});
