// bench/store: updates per second through the retry helper with 20 writers on the file store, and how many
// writes coalescing saves for a burst of 1,000 changes.
//   npm run bench -- store [--runs 3] [--writers 20] [--updates 50]
// Peers, measured in the same run: one writer doing the same updates serially (no contention), and 20 writers
// inside one process. Figures are medians over --runs runs.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { DocumentCodec } from "../../src/core/common/document-codec.js";
import { CoalescingUpdater } from "../../src/core/tracking/coalescing-updater.js";
import { FileStateStore } from "../../src/core/tracking/file-store.js";
import type { LockEnvironment } from "../../src/core/tracking/file-store-lock.js";
import type { StateStore, StoredText, WriteOutcome } from "../../src/core/tracking/state-store.js";
import { type RetryPolicy, updateWithRetry } from "../../src/core/tracking/update-with-retry.js";

interface Tokens {
  tokens: string[];
}
const codec: DocumentCodec<Tokens> = {
  parse(text) {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || !("tokens" in value) || !Array.isArray(value.tokens))
      throw new Error("not a token document");
    return { tokens: value.tokens.map(String) };
  },
  serialize: (d) => `${JSON.stringify(d)}\n`,
};
const append =
  (token: string) =>
  (d: Tokens | undefined): Tokens => ({ tokens: [...(d?.tokens ?? []), token] });
const env: LockEnvironment = {
  now: () => Date.now(),
  sleep: (ms) => sleep(ms).then(() => undefined),
  random: Math.random,
};
const POLICY: RetryPolicy = { maxAttempts: 60, baseDelayMs: 10, maxDelayMs: 400 };
const KEY = "sources/acme/agents.json";

class CountingStore implements StateStore {
  writes = 0;
  conflicts = 0;
  constructor(private readonly inner: StateStore) {}
  read(key: string): Promise<StoredText | undefined> {
    return this.inner.read(key);
  }
  async write(key: string, text: string, expected: string | null, message: string): Promise<WriteOutcome> {
    this.writes++;
    const outcome = await this.inner.write(key, text, expected, message);
    if (!outcome.ok) this.conflicts++;
    return outcome;
  }
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function writer(store: StateStore, name: string, updates: number): Promise<number[]> {
  const attempts: number[] = [];
  for (let i = 0; i < updates; i++) {
    attempts.push(
      (await updateWithRetry(store, KEY, codec, append(`${name}:${i}`), { policy: POLICY, message: name }, env))
        .attempts,
    );
  }
  return attempts;
}

function childWriter(directory: string, name: string, updates: number): Promise<number[]> {
  const script = process.argv[1];
  if (!script) throw new Error("cannot find the bench script to re-run as a writer");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, "writer", directory, name, String(updates)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`writer ${name} exited with ${code}`));
      const parsed: unknown = JSON.parse(out);
      resolve(Array.isArray(parsed) ? parsed.map(Number) : []);
    });
  });
}

interface Run {
  seconds: number;
  attempts: number[];
}

async function timed(directory: string, work: () => Promise<number[][]>, expected: number): Promise<Run> {
  const started = performance.now();
  const attempts = (await work()).flat();
  const seconds = (performance.now() - started) / 1000;
  const stored = await new FileStateStore(directory, env).read(KEY);
  const count = stored ? codec.parse(stored.text).tokens.length : 0;
  if (count !== expected) throw new Error(`lost updates: ${count} of ${expected} tokens stored`);
  return { seconds, attempts };
}

async function main(): Promise<void> {
  if (process.argv[2] === "writer") {
    const [, , , directory = "", name = "", updates = "0"] = process.argv;
    process.stdout.write(JSON.stringify(await writer(new FileStateStore(directory, env), name, Number(updates))));
    return;
  }
  const runs = option("runs", 3);
  const writers = option("writers", 20);
  const updates = option("updates", 50);
  const total = writers * updates;
  const root = await mkdtemp(join(tmpdir(), "nexs-bench-store-"));
  try {
    console.log(
      `file store, ${writers} writers x ${updates} updates (${total}), median of ${runs} runs, policy ${JSON.stringify(POLICY)}`,
    );
    const scenarios: Record<string, (dir: string) => Promise<number[][]>> = {
      "1 writer, serial (peer)": async (dir) => [await writer(new FileStateStore(dir, env), "solo", total)],
      [`${writers} writers, one process, one store`]: (dir) => {
        const shared = new FileStateStore(dir, env);
        return Promise.all(Array.from({ length: writers }, (_, w) => writer(shared, `w${w}`, updates)));
      },
      [`${writers} writers, separate processes`]: (dir) =>
        Promise.all(Array.from({ length: writers }, (_, w) => childWriter(dir, `w${w}`, updates))),
    };
    let baseline = NaN;
    for (const [label, work] of Object.entries(scenarios)) {
      const results: Run[] = [];
      for (let r = 0; r < runs; r++)
        results.push(
          await timed(
            join(root, `${label.replace(/\W+/g, "-")}-${r}`),
            () => work(join(root, `${label.replace(/\W+/g, "-")}-${r}`)),
            total,
          ),
        );
      const rate = median(results.map((x) => total / x.seconds));
      if (Number.isNaN(baseline)) baseline = rate;
      const all = results.flatMap((x) => x.attempts);
      const mean = all.reduce((a, b) => a + b, 0) / all.length;
      console.log(
        `  ${label.padEnd(34)} ${rate.toFixed(0).padStart(6)} updates/s  (${(rate / baseline).toFixed(2)}x serial)  attempts mean ${mean.toFixed(2)} max ${Math.max(...all)}`,
      );
    }

    console.log(`\nburst of ${total} changes to one document on the file store (median of ${runs} runs)`);
    const unbatched: number[][] = [];
    const batched: number[][] = [];
    const trickled: number[][] = [];
    for (let r = 0; r < runs; r++) {
      const plain = new CountingStore(new FileStateStore(join(root, `unbatched-${r}`), env));
      let started = performance.now();
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let i = 0; i < updates; i++)
            await updateWithRetry(plain, KEY, codec, append(`w${w}:${i}`), { policy: POLICY, message: "one" }, env);
        }),
      );
      unbatched.push([plain.writes, plain.conflicts, performance.now() - started]);

      const counted = new CountingStore(new FileStateStore(join(root, `batched-${r}`), env));
      const updater = new CoalescingUpdater(counted, codec, { policy: POLICY, message: (n) => `${n} changes` }, env);
      started = performance.now();
      await Promise.all(Array.from({ length: total }, (_, i) => updater.submit(KEY, append(`c${i}`))));
      batched.push([counted.writes, counted.conflicts, performance.now() - started]);
      const stored = await counted.read(KEY);
      if (!stored || codec.parse(stored.text).tokens.length !== total) throw new Error("batching lost changes");

      // Each submitter waits for its previous change to be durable, as a webhook handler would.
      const paced = new CountingStore(new FileStateStore(join(root, `trickled-${r}`), env));
      const pacedUpdater = new CoalescingUpdater(paced, codec, { policy: POLICY, message: (n) => `${n} changes` }, env);
      started = performance.now();
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let i = 0; i < updates; i++) await pacedUpdater.submit(KEY, append(`w${w}:${i}`));
        }),
      );
      trickled.push([paced.writes, paced.conflicts, performance.now() - started]);
    }
    const column = (rows: number[][], i: number) => median(rows.map((row) => row[i] ?? NaN));
    const withoutWrites = column(unbatched, 0);
    const withWrites = column(batched, 0);
    console.log(
      `  without batching (${writers} concurrent writers, retry helper): ${withoutWrites} write calls (${column(unbatched, 1)} conflicts), ${column(unbatched, 2).toFixed(0)} ms`,
    );
    console.log(
      `  with the coalescing updater (all ${total} submitted at once):  ${withWrites} write calls (${column(batched, 1)} conflicts), ${column(batched, 2).toFixed(0)} ms`,
    );
    console.log(
      `  with the coalescing updater (${writers} submitters, each awaiting its last): ${column(trickled, 0)} write calls (${column(trickled, 1)} conflicts), ${column(trickled, 2).toFixed(0)} ms`,
    );
    console.log(
      `  writes saved: ${withoutWrites - withWrites} (${((1 - withWrites / withoutWrites) * 100).toFixed(1)}%); at least ${total} writes would be needed without batching even with no conflict`,
    );
  } finally {
    // Writers still running after a failure may recreate files; retry a few times and never mask the failure.
    await rm(root, { recursive: true, force: true, maxRetries: 5 }).catch(() =>
      console.error(`could not remove ${root}`),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
