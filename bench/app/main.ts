// bench/app: the App under pull_request webhooks. Deliveries per second and p50/p95 response time (send to 2xx
// reply: Probot answers once the handlers are done, so for the App once the state write carrying the event is
// durable) with tracking on, against the loopback GitHub with 50 ms injected latency per request, side by side
// with the framework's floor: the same Probot middleware with an app that registers the same pull_request.*
// events and does nothing. Then the burst: 200 events over 200 PRs from 5 sources, delivered at once with at
// most 20 in flight, and the state writes they cost (counted at the proxy); then, for context, the same burst with
// all 200 in flight, as GitHub sends them (each reply waits for its write, so a bounded sender bounds batching).
//   npm run bench -- app [events=200] [runs=3]
// Same payloads (signed markers, each event a status move), same signing, same concurrency (10 in flight), in the
// same run, the two alternating; figures are medians over the runs (at least 3). GitHub (emulate@0.12.2 behind
// the latency proxy) runs in a child process so its CPU is not the App's; the App and the sender share this one.
// Everything listens on 127.0.0.1; nothing is written to disk but the bundle.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApplicationFunction, createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import { nexsApp, PULL_REQUEST_EVENTS } from "../../src/app/app.js";
import { type AppConfig, readConfig } from "../../src/app/config.js";
import { probotOptions } from "../../src/app/probot-options.js";
import { STATE_CODEC, stateKey } from "../../src/core/state/state-codec.js";
import { createGitHubClient } from "../../src/github/client.js";
import { GitHubStateStore } from "../../src/github/state-store.js";
import {
  APP_ID,
  type ChildMessage,
  type GitHubStats,
  PUBLISHER_TOKEN,
  runGitHubSide,
  STATE_BRANCH,
} from "./github-side.js";
import {
  COLLECTION,
  type Delivery,
  loadTemplate,
  makeSubmissions,
  nextDelivery,
  seededDocuments,
  type TrackedPr,
} from "./submissions.js";

const LATENCY_MS = 50;
const CONCURRENCY = 10;
const SOURCES = 5;
const PRS_PER_SOURCE = 40;
const BURST_CONCURRENCY = 20;
const WARMUP_EVENTS = 20;
const TARGET_P95_MS = 1000;
const TARGET_EVENTS_PER_WRITE = 10;
/** The whole bench stops after this, whatever happens. */
const DEADLINE_MS = 5 * 60_000;
const WEBHOOK_SECRET = "bench-webhook-secret";
const SIGNING_KEY = "bench-signing-key-0123456789abcdef";

/** Retry and throttling off through the function form (the object form is overridden), as the tests do. */
const BenchOctokit = ProbotOctokit.defaults((options: ConstructorParameters<typeof ProbotOctokit>[0]) => ({
  ...options,
  retry: { enabled: false },
  throttle: { ...options?.throttle, enabled: false },
}));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------- the GitHub side (child process)

interface GitHubSide {
  emulatorUrl: string;
  proxyUrl: string;
  privateKey: string;
  stats(reset: boolean): Promise<GitHubStats>;
  close(): Promise<void>;
}

function isChildMessage(value: unknown): value is ChildMessage {
  return isRecord(value) && (value["kind"] === "ready" || value["kind"] === "stats");
}

async function startGitHubSide(): Promise<GitHubSide> {
  const script = process.argv[1];
  if (!script) throw new Error("cannot find the bench script to re-run as the GitHub side");
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, script, "github-side"], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const waiters: Array<{ resolve(message: ChildMessage): void; reject(error: Error): void }> = [];
  child.on("message", (message: unknown) => {
    if (isChildMessage(message)) waiters.shift()?.resolve(message);
  });
  child.on("exit", (code) => {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`the GitHub side exited (${code})`));
  });
  const next = () => new Promise<ChildMessage>((resolve, reject) => waiters.push({ resolve, reject }));
  const ready = await next();
  if (ready.kind !== "ready") throw new Error("the GitHub side did not start");
  return {
    emulatorUrl: ready.emulatorUrl,
    proxyUrl: ready.proxyUrl,
    privateKey: ready.privateKey,
    async stats(reset) {
      const answer = next();
      child.send({ kind: "stats", reset });
      const message = await answer;
      if (message.kind !== "stats") throw new Error("the GitHub side answered out of turn");
      return message.stats;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill(), 5_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.disconnect();
      }),
  };
}

// ---------------------------------------------------------------- the two apps

interface AppUnderTest {
  webhookUrl: string;
  close(): Promise<void>;
}

async function serveApp(config: AppConfig, appFn: ApplicationFunction): Promise<AppUnderTest> {
  const probot = new Probot(probotOptions(config, { Octokit: BenchOctokit }));
  const middleware = await createNodeMiddleware(appFn, { probot, webhooksPath: config.webhookPath });
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      await middleware(request, response, () => {
        if (!response.headersSent) response.writeHead(404).end("not found");
      });
    } catch {
      if (!response.headersSent) response.writeHead(500).end("middleware threw");
    }
  };
  const server: Server = createServer((request, response) => void serve(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    webhookUrl: `http://127.0.0.1:${port}${config.webhookPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The framework's floor: Probot with the same events registered and handlers that do nothing. */
const floorApp: ApplicationFunction = (app) => {
  app.on([...PULL_REQUEST_EVENTS], async () => {});
};

// ---------------------------------------------------------------- sending

interface Sent {
  latencies: number[];
  wallMs: number;
  /** Non-2xx replies, and 202s (Probot's "still processing" after 9 s). */
  failed: number;
  slow: number;
}

async function send(webhookUrl: string, deliveries: readonly Delivery[], concurrency: number): Promise<Sent> {
  const latencies: number[] = [];
  let failed = 0;
  let slow = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < deliveries.length; i = next++) {
      const delivery = deliveries[i];
      if (!delivery) return;
      const started = performance.now();
      const response = await fetch(webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "GitHub-Hookshot/bench",
          "x-github-event": "pull_request",
          "x-github-delivery": delivery.id,
          "x-hub-signature-256": delivery.signature,
        },
        body: delivery.body,
      });
      await response.text();
      latencies.push(performance.now() - started);
      if (response.status === 202) slow++;
      else if (response.status < 200 || response.status > 299) failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, wallMs: performance.now() - started, failed, slow };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const median = (values: readonly number[]) => percentile(values, 50);

interface Burst {
  tracking: Figures;
  floor: Figures;
  stats: GitHubStats;
  slow: number;
}

interface Figures {
  rate: number;
  p50: number;
  p95: number;
  wallMs: number;
}

function figures(sent: Sent, label: string): Figures {
  if (sent.failed > 0) throw new Error(`${label}: ${sent.failed} deliveries were not answered 2xx`);
  return {
    rate: (sent.latencies.length / sent.wallMs) * 1000,
    p50: percentile(sent.latencies, 50),
    p95: percentile(sent.latencies, 95),
    wallMs: sent.wallMs,
  };
}

const medianOf = (runs: readonly Figures[]): Figures => ({
  rate: median(runs.map((r) => r.rate)),
  p50: median(runs.map((r) => r.p50)),
  p95: median(runs.map((r) => r.p95)),
  wallMs: median(runs.map((r) => r.wallMs)),
});

/** Deterministic shuffle (mulberry32), so every run's burst has the same interleaving of sources. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  if (process.argv[2] === "github-side") return runGitHubSide(LATENCY_MS, WEBHOOK_SECRET);
  const events = Math.max(1, Number(process.argv[2] ?? 200) || 200);
  const runs = Math.max(3, Number(process.argv[3] ?? 3) || 3);
  const deadline = setTimeout(() => {
    console.error(`bench/app: still running after ${DEADLINE_MS / 1000} s; stopped`);
    process.exit(1);
  }, DEADLINE_MS);
  deadline.unref();

  const github = await startGitHubSide();
  const apps: AppUnderTest[] = [];
  try {
    const prs = makeSubmissions(SOURCES, PRS_PER_SOURCE, SIGNING_KEY);
    // Steady load walks the PRs with the sources interleaved (a, b, c, d, e, a, ...), as independent teams' PRs move.
    const interleaved = [...prs].sort(
      (a, b) => ((a.number - 1) % PRS_PER_SOURCE) - ((b.number - 1) % PRS_PER_SOURCE) || a.number - b.number,
    );
    const template = loadTemplate();

    // The state documents as the Action's publishes leave them, written straight to the emulator.
    const seeder = createGitHubClient({
      token: PUBLISHER_TOKEN,
      baseUrl: github.emulatorUrl,
      throttle: false,
      retry: false,
    });
    const store = new GitHubStateStore(seeder, { repo: COLLECTION, branch: STATE_BRANCH });
    let documentBytes = 0;
    for (const [key, document] of seededDocuments(prs)) {
      const text = STATE_CODEC.serialize(document);
      documentBytes += text.length;
      const outcome = await store.write(key, text, null, `seed ${key}`);
      if (!outcome.ok) throw new Error(`could not seed ${key}`);
    }

    const config = readConfig({
      APP_ID: String(APP_ID),
      PRIVATE_KEY: github.privateKey,
      WEBHOOK_SECRET,
      GITHUB_API_URL: github.proxyUrl,
      NEXS_SIGNING_KEY: SIGNING_KEY,
      LOG_LEVEL: "fatal",
    });
    const tracking = await serveApp(config, nexsApp(config));
    apps.push(tracking);
    const floor = await serveApp(config, floorApp);
    apps.push(floor);

    let cursor = 0;
    const batch = (count: number): Delivery[] =>
      Array.from({ length: count }, () => {
        const pr: TrackedPr | undefined = interleaved[cursor++ % interleaved.length];
        if (!pr) throw new Error("no submissions");
        return nextDelivery(template, pr, WEBHOOK_SECRET);
      });
    const payloadBytes = batch(1)[0]?.body.length ?? 0;

    // Warm-up: the installation token, JIT, connections. Not measured.
    const warm = batch(WARMUP_EVENTS);
    figures(await send(floor.webhookUrl, warm, CONCURRENCY), "floor warm-up");
    figures(await send(tracking.webhookUrl, warm, CONCURRENCY), "tracking warm-up");

    console.log(
      `App: pull_request webhooks through Probot's middleware; GitHub = emulate 0.12.2 behind a proxy adding ${LATENCY_MS} ms per request`,
    );
    console.log(
      `${SOURCES} sources x ${PRS_PER_SOURCE} PRs, signed markers, payloads of ${(payloadBytes / 1024).toFixed(1)} KB, state documents of ${(documentBytes / SOURCES / 1024).toFixed(1)} KB, every event a status move`,
    );
    console.log(
      `${events} events per run at ${CONCURRENCY} in flight; median of ${runs} runs, tracking and floor alternating`,
    );

    const trackingRuns: Figures[] = [];
    const floorRuns: Figures[] = [];
    let perEvent: GitHubStats | undefined;
    let trackedEvents = 0;
    for (let r = 0; r < runs; r++) {
      const deliveries = batch(events);
      const order = r % 2 === 0 ? (["floor", "tracking"] as const) : (["tracking", "floor"] as const);
      for (const which of order) {
        if (which === "floor") {
          floorRuns.push(figures(await send(floor.webhookUrl, deliveries, CONCURRENCY), "floor"));
          continue;
        }
        await github.stats(true);
        const sent = await send(tracking.webhookUrl, deliveries, CONCURRENCY);
        trackingRuns.push(figures(sent, "tracking"));
        const stats = await github.stats(true);
        trackedEvents += sent.latencies.length;
        perEvent = mergeStats(perEvent, stats);
      }
    }

    // The burst: one event for every PR, shuffled across sources, at most 20 in flight (the target), then all
    // 200 at once as GitHub would send them (for context: nothing bounds GitHub's deliveries).
    const burst = async (concurrency: number, seed: number): Promise<Burst> => {
      const deliveries = shuffled(
        prs.map((pr) => nextDelivery(template, pr, WEBHOOK_SECRET)),
        seed,
      );
      const floorSent = figures(await send(floor.webhookUrl, deliveries, concurrency), "floor burst");
      await github.stats(true);
      const sent = await send(tracking.webhookUrl, deliveries, concurrency);
      const stats = await github.stats(true);
      return { tracking: figures(sent, "tracking burst"), floor: floorSent, stats, slow: sent.slow };
    };
    const bounded: Burst[] = [];
    const unbounded: Burst[] = [];
    for (let r = 0; r < runs; r++) {
      bounded.push(await burst(BURST_CONCURRENCY, r + 1));
      unbounded.push(await burst(prs.length, 100 + r));
    }

    // Nothing lost: every PR's record is the last status delivered for it.
    const expected = new Map(prs.map((pr) => [pr.number, pr]));
    let matching = 0;
    for (const key of new Set(prs.map((pr) => stateKey(pr.source)))) {
      const stored = await store.read(key);
      if (!stored) continue;
      for (const submission of Object.values(STATE_CODEC.parse(stored.text).submissions)) {
        const pr = expected.get(submission.number);
        if (pr && submission.status === pr.status && submission.updatedAt === pr.updatedAt) matching++;
      }
    }

    const t = medianOf(trackingRuns);
    const f = medianOf(floorRuns);
    const row = (label: string, x: Figures) =>
      `  ${label.padEnd(30)} ${x.rate.toFixed(1).padStart(12)} ${x.p50.toFixed(0).padStart(7)} ${x.p95.toFixed(0).padStart(7)}   ${(x.rate / f.rate).toFixed(3).padStart(8)} ${(x.p50 / f.p50).toFixed(1).padStart(8)} ${(x.p95 / f.p95).toFixed(1).padStart(8)}`;
    console.log(
      `\n  ${"".padEnd(30)} ${"deliveries/s".padStart(12)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)}   ${"rate x".padStart(8)} ${"p50 x".padStart(8)} ${"p95 x".padStart(8)}  (x = ratio to floor)`,
    );
    console.log(row("tracking (nexsApp)", t));
    console.log(row("floor (Probot, no-op handlers)", f));
    console.log(
      `  per-run tracking: ${trackingRuns.map((x) => `${x.rate.toFixed(1)}/s p50 ${x.p50.toFixed(0)} p95 ${x.p95.toFixed(0)}`).join("; ")}`,
    );
    if (perEvent && trackedEvents > 0) {
      const routes = Object.entries(perEvent.byRoute)
        .sort((a, b) => b[1].count - a[1].count)
        .map(
          ([route, s]) =>
            `${(s.count / trackedEvents).toFixed(2)} ${route} (emulator ${(s.upstreamMs / s.count).toFixed(1)} ms)`,
        );
      console.log(
        `  GitHub requests per tracked event: ${(perEvent.requests / trackedEvents).toFixed(2)} = ${routes.join(", ")}`,
      );
      console.log(
        `  state writes per tracked event at ${CONCURRENCY} in flight: ${(perEvent.stateWrites / trackedEvents).toFixed(2)} (${(trackedEvents / Math.max(1, perEvent.stateWrites)).toFixed(1)} events per write, ${perEvent.stateConflicts} conflicts)`,
      );
    }

    const summary = (label: string, bursts: readonly Burst[]) => {
      const bt = medianOf(bursts.map((b) => b.tracking));
      const bf = medianOf(bursts.map((b) => b.floor));
      const writes = median(bursts.map((b) => b.stats.stateWrites));
      const perRun = bursts.map((b) => `${b.stats.stateWrites}/${b.stats.stateConflicts}`).join(" ");
      console.log(
        `  ${label.padEnd(22)} ${(bt.wallMs / 1000).toFixed(2).padStart(6)} s ${bt.p50.toFixed(0).padStart(6)} ${bt.p95.toFixed(0).padStart(6)} ${(bf.wallMs / 1000).toFixed(2).padStart(6)} s ${bf.p95.toFixed(0).padStart(6)} ${String(prs.length).padStart(7)} ${String(writes).padStart(7)} ${(prs.length / writes).toFixed(1).padStart(9)} ${String(median(bursts.map((b) => b.stats.requests))).padStart(9)}   ${perRun}`,
      );
      return { p95: bt.p95, perWrite: prs.length / writes };
    };
    console.log(
      `\n  burst: one event for each of the ${prs.length} PRs (${SOURCES} sources), shuffled, sent at once; median of ${runs}`,
    );
    console.log(
      `  ${"in flight".padEnd(22)} ${"tracking".padStart(8)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"floor".padStart(8)} ${"p95".padStart(6)} ${"events".padStart(7)} ${"writes".padStart(7)} ${"ev/write".padStart(9)} ${"requests".padStart(9)}   writes/conflicts per run`,
    );
    const target = summary(`at most ${BURST_CONCURRENCY} (target)`, bounded);
    summary(`all ${prs.length} (context)`, unbounded);
    const slow = [...bounded, ...unbounded].reduce((sum, b) => sum + b.slow, 0);
    console.log(
      `  state check: ${matching}/${prs.length} PRs recorded as last delivered${slow ? `; ${slow} slow (202) replies` : ""}`,
    );

    const p95Met = t.p95 < TARGET_P95_MS && target.p95 < TARGET_P95_MS;
    const writeMet = target.perWrite >= TARGET_EVENTS_PER_WRITE;
    console.log(
      `\n  target p95 < ${TARGET_P95_MS} ms: ${p95Met ? "met" : "NOT met"} (${t.p95.toFixed(0)} ms at ${CONCURRENCY} in flight, ${target.p95.toFixed(0)} ms in the ${BURST_CONCURRENCY}-in-flight burst)`,
    );
    console.log(
      `  target >= ${TARGET_EVENTS_PER_WRITE} events per state write in the burst: ${writeMet ? "met" : "NOT met"} (${target.perWrite.toFixed(1)} at most ${BURST_CONCURRENCY} in flight)`,
    );
    console.log(
      `  ratio to floor: ${(t.rate / f.rate).toFixed(3)}x the deliveries/s, ${(t.p50 / f.p50).toFixed(1)}x the p50, ${(t.p95 / f.p95).toFixed(1)}x the p95`,
    );
    if (matching !== prs.length)
      throw new Error(`state check failed: ${prs.length - matching} PRs not as last delivered`);
  } finally {
    for (const app of apps) await app.close();
    await github.close();
    clearTimeout(deadline);
  }
}

function mergeStats(into: GitHubStats | undefined, add: GitHubStats): GitHubStats {
  const out: GitHubStats = into ?? { requests: 0, byRoute: {}, stateWrites: 0, stateConflicts: 0 };
  out.requests += add.requests;
  out.stateWrites += add.stateWrites;
  out.stateConflicts += add.stateConflicts;
  for (const [route, s] of Object.entries(add.byRoute)) {
    const entry = out.byRoute[route] ?? { count: 0, upstreamMs: 0 };
    entry.count += s.count;
    entry.upstreamMs += s.upstreamMs;
    out.byRoute[route] = entry;
  }
  return out;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
