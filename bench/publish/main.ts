// Publishing N changed elements: one commit (this project) against one Contents-API PUT per element (the original
// NEXS design), both through the fault proxy with 50 ms latency per request and the throttling plugin on, as in
// production (writes spaced about 1 s apart, PR creation 3 s). Each publish is a first publish of its own source.
// Usage: npm run bench -- publish [sizes=1,10,100,1000] [runs=3] [baseline-max=100]
// The per-file baseline costs about one second per element under production throttling, so by default it runs
// only up to 100 elements (pass baseline-max=1000 for the full, ~17-minute comparison); its writes are N + 2.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PublishOptions } from "../../src/core/publish/types.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { publish } from "../../src/github/publish/publish.js";

const sizes = (process.argv[2] ?? "1,10,100,1000").split(",").map(Number);
const runs = Math.max(1, Number(process.argv[3] ?? 3));
const baselineMax = Number(process.argv[4] ?? 100);
const LATENCY_MS = 50;

function skill(id: string): string {
  return `metadata:\n  id: ${id}\n  type: skill\n  name: Skill ${id}\n  version: 1.0.0\n  author: bench@example.com\ndata:\n  triggers:\n    - type: manual\n  procedures:\n    - step: 1\n      action: Do ${id}\n`;
}

const made: string[] = [];

function sourceOf(n: number): { dir: string; files: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "nexs-bench-publish-"));
  made.push(dir);
  mkdirSync(join(dir, "elements"));
  const files = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const id = `skill-bench-${String(i).padStart(4, "0")}`;
    const text = skill(id);
    writeFileSync(join(dir, "elements", `${id}.yaml`), text);
    files.set(`elements/skill/${id}.yaml`, text);
  }
  return { dir, files };
}

interface Measure {
  requests: number;
  writes: number;
  ms: number;
}

/** A counting proxy adding fixed latency per request (the test suite's fault proxy, reduced to what is measured here). */
interface LatencyProxy {
  url: string;
  requests: number;
  writes: number;
  close(): Promise<void>;
}

async function startLatencyProxy(upstream: string, latencyMs: number): Promise<LatencyProxy> {
  const counts = { requests: 0, writes: 0 };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    const method = request.method ?? "GET";
    counts.requests++;
    if (method !== "GET" && method !== "HEAD") counts.writes++;
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string" && !["host", "connection", "content-length", "accept-encoding"].includes(name))
        headers.set(name, value);
    }
    const answer = await fetch(upstream + (request.url ?? "/"), {
      method,
      headers,
      ...(method === "GET" || method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
    });
    const body = Buffer.from(await answer.arrayBuffer());
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(name))
        out[name] = value;
    });
    response.writeHead(answer.status, { ...out, "content-length": String(body.length) });
    response.end(body);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return counts.requests;
    },
    get writes() {
      return counts.writes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function measure(proxy: LatencyProxy, work: () => Promise<void>): Promise<Measure> {
  const before = { requests: proxy.requests, writes: proxy.writes };
  const start = performance.now();
  await work();
  return {
    requests: proxy.requests - before.requests,
    writes: proxy.writes - before.writes,
    ms: performance.now() - start,
  };
}

function options(dir: string, repo: string): PublishOptions {
  return {
    source: { owner: "publisher", repo, id: 1, commit: "b".repeat(40) },
    paths: ["elements"],
    cwd: dir,
    strict: false,
    maxFileSize: 256 * 1024,
    collection: { owner: "nexs", repo: "collection" },
    base: "main",
    branch: `nexs/publisher/${repo}`,
    pathTemplate: "elements/{type}/{id}.yaml",
    conflictStrategy: "manual",
    deleteMissing: false,
    dryRun: false,
    labels: [],
    draft: false,
    title: `bench ${repo}`,
    stateBranch: "nexs-state",
    fork: false,
    reopenClosed: false,
  };
}

/** The original design: a branch from base, one PUT /contents per element (sequential: each moves the branch), one PR. */
async function perFile(client: GitHubClient, files: Map<string, string>, branch: string): Promise<void> {
  const repo = { owner: "nexs", repo: "collection" };
  const { data: head } = await client.rest.git.getRef({ ...repo, ref: "heads/main" });
  await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: head.object.sha });
  for (const [path, text] of files) {
    await client.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      branch,
      message: `Add ${path}`,
      content: Buffer.from(text).toString("base64"),
    });
  }
  await client.rest.pulls.create({ ...repo, head: branch, base: "main", title: `per-file ${branch}` });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  // emulate publishes only an ESM entry; imported at run time so the bundler leaves it to Node.
  const { createEmulator } = (await import(/* webpackIgnore: true */ "emulate")) as typeof import("emulate");
  const token = "tok-bench";
  const emulator = await createEmulator({
    service: "github",
    port: 0,
    seed: {
      tokens: { [token]: { login: "publisher", scopes: ["repo"] } },
      github: {
        users: [{ login: "publisher" }],
        orgs: [{ login: "nexs", members: [{ login: "publisher", role: "admin" }] }],
        repos: [{ owner: "nexs", name: "collection" }],
      },
    },
  });
  const proxy = await startLatencyProxy(emulator.url.replace("//localhost:", "//127.0.0.1:"), LATENCY_MS);
  // Production settings: throttling and retries on, as the Action runs them.
  const client = createGitHubClient({ token, baseUrl: proxy.url });
  const env = {
    now: () => new Date(),
    sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
    random: Math.random,
  };

  // Warm-up: creates the state branch, so every measured publish sees the steady state.
  await publish(client, options(sourceOf(1).dir, "warmup"), env);

  console.log(
    `publish N changed elements through a proxy adding ${LATENCY_MS} ms per request, throttling on; median of ${runs} runs (baseline: 1 run)`,
  );
  console.log(
    "      N | one-commit: requests writes   time | per-file PUT: requests writes    time | writes ratio | time ratio",
  );
  for (const n of sizes) {
    const { dir, files } = sourceOf(n);
    const ours: Measure[] = [];
    for (let r = 0; r < runs; r++) {
      ours.push(
        await measure(proxy, async () => {
          const result = await publish(client, options(dir, `bench-${n}-${r}`), env);
          if (result.kind !== "planned" || result.operation !== "created")
            throw new Error(`publish of ${n} did not create a PR`);
        }),
      );
    }
    const mine = {
      requests: median(ours.map((m) => m.requests)),
      writes: median(ours.map((m) => m.writes)),
      ms: median(ours.map((m) => m.ms)),
    };
    let peer = "   (skipped: over baseline-max)       ";
    let ratios = "";
    if (n <= baselineMax) {
      const base = await measure(proxy, () => perFile(client, files, `perfile/${n}`));
      peer = `${String(base.requests).padStart(8)} ${String(base.writes).padStart(6)} ${(base.ms / 1000).toFixed(1).padStart(6)} s`;
      ratios = `${(base.writes / mine.writes).toFixed(1).padStart(10)}x | ${(base.ms / mine.ms).toFixed(1).padStart(8)}x`;
    }
    console.log(
      `${String(n).padStart(7)} | ${String(mine.requests).padStart(20)} ${String(mine.writes).padStart(6)} ${(mine.ms / 1000).toFixed(1).padStart(5)} s | ${peer} | ${ratios}`,
    );
  }
  await budget(proxy, client, env);
  await proxy.close();
  await emulator.close();
}

/** The documented budget, with `base` set and empty: first publish, a re-run with nothing new, one element changed. */
async function budget(proxy: LatencyProxy, client: GitHubClient, env: Parameters<typeof publish>[2]): Promise<void> {
  console.log(
    "\nbudget, N = 1 (calls / writes counted at the proxy; target: 4 / 0 for nothing new, ≤ 9 + 1 for an update)",
  );
  console.log("  base    | first publish | nothing new | one element changed");
  for (const base of ["main", undefined]) {
    const { dir } = sourceOf(1);
    const run = (expected: string) => async () => {
      const result = await publish(client, { ...options(dir, `budget-${base ?? "default"}`), base }, env);
      if (result.kind !== "planned" || result.operation !== expected)
        throw new Error(`budget run (base ${base ?? "empty"}) was not "${expected}"`);
    };
    const first = await measure(proxy, run("created"));
    const again = await measure(proxy, run("none"));
    writeFileSync(join(dir, "elements", "skill-bench-0000.yaml"), skill("skill-bench-0000").replace("Do ", "Now do "));
    const update = await measure(proxy, run("updated"));
    const cell = (m: Measure, width: number) => `${m.requests} / ${m.writes}`.padStart(width);
    console.log(`  ${(base ?? "(empty)").padEnd(7)} | ${cell(first, 13)} | ${cell(again, 11)} | ${cell(update, 19)}`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
