import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { FileElementRepository } from "../../../src/core/repository/file-repository.js";
import { element } from "./elements.js";

// The writer runs as its own process (TypeScript loaded through tsx), so SIGKILL hits a real process
// between fsync of the temporary file and the rename.
const writer = "test/core/repository/fixtures/crash-writer.ts";
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "nexs-crash-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true, maxRetries: 5 });
});

/** Starts the writer and resolves with the temporary file's path once it is paused before the rename. */
function startWriter(base: string, id: string, name: string): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", writer, base, id, name], {
    stdio: ["ignore", "pipe", "pipe"],
    // tsx keeps its compile cache in TMPDIR: put it in this file's directory, which afterAll removes.
    env: { ...process.env, TMPDIR: work },
  });
  // A failed test must not leave the writer paused before its rename.
  onTestFinished(() => void child.kill("SIGKILL"));
  const ready = new Promise<string>((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^ready (.+)$/m.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`writer exited (${code}) before the rename: ${err}`)));
  });
  return { child, ready };
}

describe("file repository: crash between write and rename", () => {
  it("keeps the old file whole, ignores the temporary file and reports it", async () => {
    const base = join(work, "elements");
    const { repository } = await FileElementRepository.open(base);
    await repository.create(element("victim"));
    await repository.create(element("bystander"));
    const file = join(base, "persona/2025-12-20/victim.yaml");
    const before = await readFile(file, "utf8");

    const { child, ready } = startWriter(base, "victim", "Renamed By The Writer");
    const temporary = await ready;
    expect(await readFile(temporary, "utf8")).toContain("Renamed By The Writer"); // the new version was fully written
    const exited = new Promise((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    expect(await readFile(file, "utf8")).toBe(before);
    const reopened = await FileElementRepository.open(base);
    expect(await reopened.repository.getById("victim")).toEqual(element("victim"));
    expect(await reopened.repository.getById("bystander")).toEqual(element("bystander"));
    expect(reopened.diagnostics.map((d) => d.code)).toEqual(["repository/interrupted-write"]);
    // The leftover is not deleted (it might belong to a live writer) and does not block the next write.
    await reopened.repository.update("victim", (e) => ({ ...e, metadata: { ...e.metadata, name: "After The Crash" } }));
    expect((await readdir(join(base, "persona/2025-12-20"))).sort()).toEqual([
      expect.stringMatching(/^\.victim\.yaml\..*\.tmp$/),
      "bystander.yaml",
      "victim.yaml",
    ]);
    expect(await readFile(file, "utf8")).toContain("After The Crash");
  });
});
