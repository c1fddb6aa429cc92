// The GitHub side of bench/app, run in a child process so its CPU is not the App's: emulate@0.12.2's GitHub with
// the App registered and installed on `nexs` (as test/support/app-emulator.ts seeds it, app.yml's permissions
// and events), behind a proxy on 127.0.0.1 that adds a fixed latency to every request and counts them, the
// state-branch writes among them, and the emulator's own time per route. The parent talks to it over IPC.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parse } from "yaml";

export const APP_ID = 4242;
export const INSTALLATION_ID = 777;
export const PUBLISHER_TOKEN = "tok-bench-publisher";
export const STATE_BRANCH = "nexs-state";

export interface RouteStats {
  count: number;
  /** Time spent waiting for the emulator (the injected latency excluded). */
  upstreamMs: number;
}

export interface GitHubStats {
  requests: number;
  byRoute: Record<string, RouteStats>;
  /** Contents PUTs on the state branch, plus git writes (trees, commits, refs: only the state branch makes any). */
  stateWrites: number;
  /** State writes answered 409 or 422 (a stale SHA: the writer re-reads). */
  stateConflicts: number;
}

export type ParentMessage = { kind: "stats"; reset: boolean };
export type ChildMessage =
  | { kind: "ready"; emulatorUrl: string; proxyUrl: string; privateKey: string }
  | { kind: "stats"; stats: GitHubStats };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** app.yml's permissions and events, read from the repository the bench runs in. */
function readManifest(): { name: string; permissions: Record<string, string>; events: string[] } {
  const doc: unknown = parse(readFileSync(join(process.cwd(), "app.yml"), "utf8"));
  if (!isRecord(doc) || typeof doc["name"] !== "string" || !isRecord(doc["default_permissions"]))
    throw new Error("app.yml: expected name and default_permissions");
  const permissions: Record<string, string> = {};
  for (const [scope, level] of Object.entries(doc["default_permissions"]))
    if (typeof level === "string") permissions[scope] = level;
  const events = Array.isArray(doc["default_events"])
    ? doc["default_events"].filter((e): e is string => typeof e === "string")
    : [];
  return { name: doc["name"], permissions, events };
}

/** Groups requests by endpoint: owner/repo, SHAs, numbers, refs and paths collapsed. */
export function routeOf(method: string, path: string): string {
  const route = path
    .replace(/^\/repos\/[^/]+\/[^/]+/, "/repos/:owner/:repo")
    .replace(/\/git\/(refs?|matching-refs)\/.+$/, "/git/$1/:ref")
    .replace(/\/contents\/.+$/, "/contents/:path")
    .replace(/\/[0-9a-f]{40}(?=\/|$)/g, "/:sha")
    .replace(/\/\d+(?=\/|$)/g, "/:number");
  return `${method} ${route}`;
}

function isStateWrite(method: string, path: string, body: Buffer): boolean {
  if (method === "PUT" && /^\/repos\/[^/]+\/[^/]+\/contents\//.test(path)) {
    try {
      const parsed: unknown = JSON.parse(body.toString("utf8"));
      return isRecord(parsed) && parsed["branch"] === STATE_BRANCH;
    } catch {
      return false;
    }
  }
  return method !== "GET" && /^\/repos\/[^/]+\/[^/]+\/git\/(trees|commits|refs)/.test(path);
}

const DROPPED_REQUEST = ["host", "connection", "content-length", "accept-encoding"];
const DROPPED_RESPONSE = ["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"];

interface LatencyProxy {
  url: string;
  stats(reset: boolean): GitHubStats;
  close(): Promise<void>;
}

async function startProxy(upstream: string, latencyMs: number): Promise<LatencyProxy> {
  let stats: GitHubStats = { requests: 0, byRoute: {}, stateWrites: 0, stateConflicts: 0 };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    const body = Buffer.concat(chunks);
    const method = request.method ?? "GET";
    const url = request.url ?? "/";
    const path = url.split("?")[0] ?? url;
    const counted = stats;
    counted.requests++;
    const stateWrite = isStateWrite(method, path, body);
    if (stateWrite) counted.stateWrites++;
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string" && !DROPPED_REQUEST.includes(name)) headers.set(name, value);
    const started = performance.now();
    const answer = await fetch(upstream + url, {
      method,
      headers,
      ...(method === "GET" || method === "HEAD" ? {} : { body }),
    });
    const bytes = Buffer.from(await answer.arrayBuffer());
    const route = routeOf(method, path);
    const entry = counted.byRoute[route] ?? { count: 0, upstreamMs: 0 };
    entry.count++;
    entry.upstreamMs += performance.now() - started;
    counted.byRoute[route] = entry;
    if (stateWrite && (answer.status === 409 || answer.status === 422)) counted.stateConflicts++;
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!DROPPED_RESPONSE.includes(name)) out[name] = value;
    });
    response.writeHead(answer.status, { ...out, "content-length": String(bytes.length) });
    response.end(bytes);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats(reset) {
      const current = stats;
      if (reset) stats = { requests: 0, byRoute: {}, stateWrites: 0, stateConflicts: 0 };
      return current;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The child's main: start, report ready, answer stats requests, and stop when the parent goes away. */
export async function runGitHubSide(latencyMs: number, webhookSecret: string): Promise<void> {
  const send = (message: ChildMessage) => process.send?.(message);
  // emulate publishes only an ESM entry; imported at run time so the bundler leaves it to Node.
  const { createEmulator } = (await import(/* webpackIgnore: true */ "emulate")) as typeof import("emulate");
  const manifest = readManifest();
  const emulator = await createEmulator({
    service: "github",
    port: 0,
    seed: {
      tokens: { [PUBLISHER_TOKEN]: { login: "publisher", scopes: ["repo", "workflow"] } },
      github: {
        users: [{ login: "publisher" }],
        orgs: [{ login: "nexs", members: [{ login: "publisher", role: "admin" }] }],
        repos: [{ owner: "nexs", name: "collection", description: "NEXS elements" }],
        apps: [
          {
            app_id: APP_ID,
            slug: "nexs-publish",
            name: manifest.name,
            permissions: manifest.permissions,
            events: manifest.events,
            // No PR is made through the emulator, so it delivers nothing; were it to, port 9 on loopback refuses.
            webhook_url: "http://127.0.0.1:9/",
            webhook_secret: webhookSecret,
            installations: [{ installation_id: INSTALLATION_ID, account: "nexs" }],
          },
        ],
      },
    },
  });
  const key = emulator.generatedSecrets.find((s) => s.kind === "github.app_private_key" && s.id === String(APP_ID));
  if (!key) {
    await emulator.close();
    throw new Error("emulate generated no private key for the App");
  }
  const emulatorUrl = emulator.url.replace("//localhost:", "//127.0.0.1:");
  const proxy = await startProxy(emulatorUrl, latencyMs);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await proxy.close();
    await emulator.close();
    process.exit(0);
  };
  process.on("message", (message: unknown) => {
    if (isRecord(message) && message["kind"] === "stats")
      send({ kind: "stats", stats: proxy.stats(message["reset"] === true) });
  });
  process.on("disconnect", () => void stop());
  send({ kind: "ready", emulatorUrl, proxyUrl: proxy.url, privateKey: key.value });
}
