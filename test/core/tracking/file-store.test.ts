import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileStateStore, InvalidStateKeyError } from "../../../src/core/tracking/file-store.js";
import { StateLockTimeoutError } from "../../../src/core/tracking/file-store-lock.js";
import { counterCodec, expectSerialEquivalent } from "./support/counter-document.js";
import { systemEnvironment } from "./support/system-environment.js";
import { transpiledPath, transpileForNode } from "./support/transpile.js";

let root: string;
/** Writer processes still running: a failed or timed-out test must not leave them writing into `root`. */
const running = new Set<ChildProcess>();
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "nexs-file-store-"));
});
afterAll(async () => {
  await Promise.all([...running].map((child) => new Promise((gone) => child.once("close", gone).kill("SIGKILL"))));
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

async function freshDir(name: string): Promise<string> {
  const dir = join(root, name);
  return dir;
}

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  const pid = child.pid;
  await new Promise((resolve) => child.on("exit", resolve));
  if (pid === undefined) throw new Error("no pid");
  return pid;
}

describe("file store: compare-and-swap on files", () => {
  it("creates, conflicts on a stale version, updates, and leaves no temporary files", async () => {
    const store = new FileStateStore(await freshDir("cas"), systemEnvironment);
    expect(await store.read("sources/acme/agents.json")).toBeUndefined();
    const created = await store.write("sources/acme/agents.json", "one\n", null, "create");
    expect(created.ok).toBe(true);
    expect(await store.write("sources/acme/agents.json", "again\n", null, "create")).toEqual({
      ok: false,
      reason: "conflict",
    });
    const read = await store.read("sources/acme/agents.json");
    expect(read?.text).toBe("one\n");
    if (!created.ok || !read) throw new Error("unreachable");
    expect(read.version).toBe(created.version);
    expect(await store.write("sources/acme/agents.json", "two\n", "0".repeat(64), "stale")).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect((await store.write("sources/acme/agents.json", "two\n", read.version, "update")).ok).toBe(true);
    expect(await readFile(join(store.directory, "sources/acme/agents.json"), "utf8")).toBe("two\n");
    expect(await readdir(join(store.directory, "sources/acme"))).toEqual(["agents.json"]);
  });

  it("refuses keys that would leave the directory or hide among lock files", async () => {
    const store = new FileStateStore(await freshDir("keys"), systemEnvironment);
    for (const key of ["../escape.json", "/abs.json", "a//b.json", ".hidden", "a/../../b", ""]) {
      await expect(store.write(key, "x", null, "m"), key).rejects.toBeInstanceOf(InvalidStateKeyError);
    }
  });

  it("serializes concurrent writers in one process without losing an update", async () => {
    const store = new FileStateStore(await freshDir("in-process"), systemEnvironment);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.write("k.json", `writer ${i}\n`, null, "race")),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe("file store: the lock", () => {
  it("takes over a lock left by a dead process", async () => {
    const dir = await freshDir("stale");
    const store = new FileStateStore(dir, systemEnvironment);
    await store.write("doc.json", "v1\n", null, "create");
    await writeFile(join(dir, ".doc.json.lock"), JSON.stringify({ pid: await deadPid(), token: "ab".repeat(16) }));
    const current = await store.read("doc.json");
    const outcome = await store.write("doc.json", "v2\n", current?.version ?? null, "after crash");
    expect(outcome.ok).toBe(true);
    expect(await readdir(dir)).toEqual(["doc.json"]);
  });

  it("takes over an unreadable lock only once it is old", async () => {
    const dir = await freshDir("torn");
    const store = new FileStateStore(dir, systemEnvironment, { lockTimeoutMs: 300 });
    await store.write("doc.json", "v1\n", null, "create");
    const lock = join(dir, ".doc.json.lock");
    await writeFile(lock, "");
    const version = (await store.read("doc.json"))?.version ?? null;
    await expect(store.write("doc.json", "v2\n", version, "fresh torn lock")).rejects.toBeInstanceOf(
      StateLockTimeoutError,
    );
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    expect((await store.write("doc.json", "v2\n", version, "old torn lock")).ok).toBe(true);
  });

  it("judges an unreadable lock's age by the clock it is given, not its own", async () => {
    const dir = await freshDir("torn-clock");
    await new FileStateStore(dir, systemEnvironment).write("doc.json", "v1\n", null, "create");
    await writeFile(join(dir, ".doc.json.lock"), "");
    const later = new FileStateStore(
      dir,
      { ...systemEnvironment, now: () => Date.now() + 60_000 },
      { lockTimeoutMs: 300 },
    );
    const version = (await later.read("doc.json"))?.version ?? null;
    expect((await later.write("doc.json", "v2\n", version, "a minute later")).ok).toBe(true);
    expect(await readdir(dir)).toEqual(["doc.json"]);
  });

  it("waits a bounded time for a live holder and then says who holds it", async () => {
    const dir = await freshDir("live");
    // The wait is measured on the store's own clock, which only its sleeps advance: no real time passes, so a
    // busy machine cannot make it look longer.
    let clock = Date.now();
    const virtual = {
      ...systemEnvironment,
      now: () => clock,
      sleep: async (ms: number) => {
        clock += ms;
      },
    };
    const store = new FileStateStore(dir, virtual, { lockTimeoutMs: 200 });
    await store.write("doc.json", "v1\n", null, "create");
    // This very test process is alive: its lock must never be taken over.
    await writeFile(join(dir, ".doc.json.lock"), JSON.stringify({ pid: process.pid, token: "cd".repeat(16) }));
    const started = clock;
    const error = await store.write("doc.json", "v2\n", null, "blocked").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateLockTimeoutError);
    expect(String(error)).toContain(`process ${process.pid}`);
    // It waited its 200 ms (plus at most one poll), not the 10 s default and not forever.
    expect(clock - started).toBeGreaterThanOrEqual(200);
    expect(clock - started).toBeLessThan(1_000);
    expect(await readFile(join(dir, "doc.json"), "utf8")).toBe("v1\n");
  });
});

describe("file store: separate processes", () => {
  // Enough processes to contend for the lock on two cores; more only adds run time on a busy machine.
  const WRITERS = 8;
  const UPDATES = 25;
  const POLICY = { maxAttempts: 50, baseDelayMs: 10, maxDelayMs: 400 };

  it(`${WRITERS} processes x ${UPDATES} updates through the retry helper equal the serial result`, async () => {
    const build = join(root, "build");
    const entry = "test/core/tracking/support/file-store-writer.ts";
    await transpileForNode([entry], build);
    const dir = await freshDir("processes");
    const writers = Array.from({ length: WRITERS }, (_, w) =>
      startWriter(transpiledPath(build, entry), [
        dir,
        "sources/acme/agents.json",
        `w${w}`,
        String(UPDATES),
        JSON.stringify(POLICY),
      ]),
    );
    // All loaded, then all started at once: the writers race however slowly a busy machine spawned them.
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.start();
    // Every writer has exited before anything is judged (or the directory removed), even when one failed.
    const settled = await Promise.allSettled(writers.map((w) => w.done));
    const outputs = settled.map((s) => {
      if (s.status === "rejected") throw s.reason;
      return s.value;
    });
    const store = new FileStateStore(dir, systemEnvironment);
    const stored = await store.read("sources/acme/agents.json");
    const document = stored && counterCodec.parse(stored.text);
    expect(expectSerialEquivalent(document, WRITERS, UPDATES)).toEqual([]);
    const attempts = outputs.flatMap((o) => o.attempts);
    expect(attempts).toHaveLength(WRITERS * UPDATES);
    expect(Math.max(...attempts)).toBeLessThanOrEqual(POLICY.maxAttempts);
    // The processes really raced: some updates lost a compare-and-swap to another process and were retried
    // (typically 10-30 of the 200, with or without load: started together, none retried would mean no overlap).
    expect(attempts.filter((a) => a > 1).length, "updates that needed a retry").toBeGreaterThan(0);
    expect(await readdir(join(dir, "sources/acme"))).toEqual(["agents.json"]);
  }, 120_000);
});

interface Writer {
  /** Resolves once the writer has loaded and waits for start(). */
  ready: Promise<void>;
  start(): void;
  done: Promise<{ attempts: number[] }>;
}

function startWriter(script: string, args: string[]): Writer {
  const child = spawn(process.execPath, [script, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith("ready\n")) loaded();
  });
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<{ attempts: number[] }>((resolve, reject) => {
    child.on("error", reject);
    // "close", not "exit": the output is complete only once the pipes are.
    child.on("close", (code) => {
      loaded(); // a writer that died before "ready" must not hold the others back
      if (code !== 0) return reject(new Error(`writer ${args[2]} exited ${code}: ${err.slice(0, 2000)}`));
      const parsed = parseJson(out.trimEnd().split("\n").at(-1) ?? "");
      if (typeof parsed !== "object" || parsed === null || !("attempts" in parsed) || !Array.isArray(parsed.attempts))
        return reject(new Error(`bad output: ${out}`));
      resolve({ attempts: parsed.attempts.map(Number) });
    });
  });
  running.add(child);
  child.on("close", () => running.delete(child));
  return { ready, start: () => child.stdin.end("go\n"), done };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
