// The demo's moving parts, all on loopback and under one temporary directory: the GitHub emulator seeded with
// the collection, the source and the App; the committed App bundle as a child process; the committed Action
// bundle run the way the Actions runner runs it; and a counting proxy in front of the emulator for the Action,
// because emulate keeps no request counter and "writes nothing" should be a measured number.
// Plain Node ESM on purpose: it must run right after `npm ci`, with nothing built or compiled.
import { spawn } from "node:child_process";
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, request as httpRequest } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmulator } from "emulate";
import { isPullRequestFilesPath, pullRequestFiles } from "./pull-request-files.mjs";

// Not import.meta.dirname: that needs Node 20.11, and the demo is the first thing run on any Node 20.
export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const COLLECTION = "nexs/collection";
export const SOURCE = "publisher/source";
const APP_ID = 4242;
const INSTALLATION_ID = 777;
const TOKEN = "demo-publisher-token";
const WEBHOOK_PATH = "/api/github/webhooks";

/** Every wait is bounded: a step that does not happen in time fails instead of hanging the demo. */
export const WAIT_MS = 20_000;
const ACTION_MS = 60_000;

/** A step that did not do what it says; `detail` is printed under the ✗ line. */
export class StepError extends Error {
  constructor(message, detail = "") {
    super(message);
    this.detail = detail;
  }
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
export const short = (sha) => String(sha).slice(0, 7);

/** Polls `read` until `check` holds or `ms` pass; returns the last value seen either way. */
export async function poll(read, check, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await read().catch(() => undefined);
    if (last !== undefined && check(last)) return { ok: true, value: last };
    if (Date.now() >= deadline) return { ok: false, value: last };
    await sleep(100);
  }
}

/** The temporary directory: the source workspace (a copy of examples/elements), the Action's files, the App log. */
export function makeWorkdir() {
  const root = mkdtempSync(join(tmpdir(), "nexs-demo-"));
  const workspace = join(root, "source");
  cpSync(join(REPO, "examples/elements"), join(workspace, "elements"), { recursive: true });
  const elements = readdirSync(join(workspace, "elements"), { recursive: true }).filter((name) =>
    /\.ya?ml$/.test(String(name)),
  ).length;
  return { root, workspace, elements, appLog: join(root, "app.log") };
}

/** A port nobody listens on now: the App's, chosen before the emulator starts because emulate needs the URL. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** app.yml's permissions and events, so the emulator refuses what the App's manifest does not grant. */
function readAppManifest() {
  const manifest = { name: "", permissions: {}, events: [] };
  let section = "";
  for (const line of readFileSync(join(REPO, "app.yml"), "utf8").split("\n")) {
    if (/^[a-z_]+:/.test(line)) section = line.slice(0, line.indexOf(":"));
    if (section === "name") manifest.name = line.slice("name:".length).trim();
    const permission = /^ {2}([a-z_]+): (read|write|admin)\s*$/.exec(line);
    if (section === "default_permissions" && permission) manifest.permissions[permission[1]] = permission[2];
    const event = /^ {2}- ([a-z_]+)\s*$/.exec(line);
    if (section === "default_events" && event) manifest.events.push(event[1]);
  }
  if (!manifest.name || Object.keys(manifest.permissions).length === 0 || manifest.events.length === 0) {
    throw new StepError("app.yml: could not read name, default_permissions and default_events");
  }
  return manifest;
}

/** emulate's GitHub with org `nexs` (collection), user `publisher` (source, org admin), and the App installed. */
export async function startEmulator(appPort, webhookSecret) {
  const manifest = readAppManifest();
  const emulator = await createEmulator({
    service: "github",
    port: 0,
    seed: {
      tokens: { [TOKEN]: { login: "publisher", scopes: ["repo", "workflow"] } },
      github: {
        users: [{ login: "publisher" }],
        orgs: [{ login: "nexs", members: [{ login: "publisher", role: "admin" }] }],
        repos: [
          { owner: "nexs", name: "collection", description: "NEXS elements" },
          { owner: "publisher", name: "source" },
        ],
        apps: [
          {
            app_id: APP_ID,
            slug: "nexs-publish",
            name: manifest.name,
            permissions: manifest.permissions,
            events: manifest.events,
            webhook_url: `http://127.0.0.1:${appPort}${WEBHOOK_PATH}`,
            webhook_secret: webhookSecret,
            installations: [{ installation_id: INSTALLATION_ID, account: "nexs" }],
          },
        ],
      },
    },
  });
  // Without a private_key in the seed, emulate generates the App's key and exposes it here.
  const key = emulator.generatedSecrets.find((s) => s.kind === "github.app_private_key" && s.id === String(APP_ID));
  if (!key) {
    await emulator.close();
    throw new StepError("emulate generated no private key for the App");
  }
  const url = emulator.url.replace("//localhost:", "//127.0.0.1:");
  return { url, privateKey: key.value, close: () => emulator.close() };
}

/** A REST call to the emulator as the publisher; anything but 2xx is a StepError. */
export async function api(baseUrl, method, path, body) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      accept: "application/vnd.github+json",
      "content-type": "application/json",
    },
    signal: AbortSignal.timeout(10_000),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) {
    const error = new StepError(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
    error.status = response.status;
    throw error;
  }
  return text ? JSON.parse(text) : null;
}

/**
 * Forwards to the emulator and counts requests; every method but GET and HEAD is a write. GitHub's list of a pull
 * request's files, which the emulator makes up, is answered from the emulator's commits instead.
 */
export async function startCountingProxy(target) {
  const upstream = new URL(target);
  const counts = { calls: 0, writes: 0 };
  const server = createHttpServer((request, response) => {
    counts.calls++;
    if (request.method !== "GET" && request.method !== "HEAD") counts.writes++;
    const [path = "", query = ""] = (request.url ?? "").split("?");
    if (request.method === "GET" && isPullRequestFilesPath(path)) {
      pullRequestFiles((route) => api(target, "GET", route), path, query).then(
        ({ status, body, headers }) => {
          response.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8" });
          response.end(JSON.stringify(body));
        },
        (error) => {
          response.writeHead(502);
          response.end(String(error));
        },
      );
      return;
    }
    const forward = httpRequest(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: request.url,
        method: request.method,
        headers: { ...request.headers, host: upstream.host },
      },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    forward.on("error", (error) => {
      if (!response.headersSent) response.writeHead(502);
      response.end(String(error));
    });
    request.pipe(forward);
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", done);
  });
  const close = () =>
    new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${server.address().port}`, counts, close };
}

/**
 * `node dist/app/index.js` with a clean environment (nothing of the caller's GITHUB_* leaks in); its output goes
 * to the log file only. Resolves once /ping answers PONG; rejects if the process exits or the wait runs out.
 */
export async function startApp({ port, emulatorUrl, privateKey, webhookSecret, signingKey, cwd, logFile }) {
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, [join(REPO, "dist/app/index.js")], {
    cwd,
    env: {
      PATH: process.env["PATH"] ?? "",
      APP_ID: String(APP_ID),
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: webhookSecret,
      GITHUB_API_URL: emulatorUrl,
      HOST: "127.0.0.1",
      PORT: String(port),
      NEXS_SIGNING_KEY: signingKey,
      LOG_FORMAT: "json",
      // Info, not warn: the per-delivery lines are what the demo prints when a step fails.
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  let exit;
  const exited = new Promise((done) => {
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      done(exit);
    });
  });
  const app = {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    /** SIGTERM (the App drains its deliveries), then SIGKILL if it has not exited after `graceMs`. */
    async stop(graceMs = 3_000) {
      if (exit) return;
      child.kill("SIGTERM");
      if (!(await Promise.race([exited, sleep(graceMs).then(() => false)]))) child.kill("SIGKILL");
      await Promise.race([exited, sleep(1_000)]);
    },
  };
  const ping = await poll(
    async () => {
      if (exit) return `exited (code ${exit.code ?? exit.signal})`;
      const response = await fetch(`${app.url}/ping`, { signal: AbortSignal.timeout(2_000) });
      return response.text();
    },
    (answer) => answer === "PONG" || answer.startsWith("exited"),
  );
  if (ping.value !== "PONG") {
    await app.stop();
    throw new StepError(
      `the App did not answer /ping with PONG within ${WAIT_MS / 1000} s (${ping.value ?? "no answer"})`,
    );
  }
  return app;
}

const running = new Set();

/** Kills any Action run still going (for cleanup on a failure or a signal). */
export function killActions() {
  for (const child of running) child.kill("SIGKILL");
}

/**
 * `node dist/action/index.js` the way the runner runs it: INPUT_<NAME> per given input (the Action reads
 * action.yml's default for the rest), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workspace, the source
 * repository and commit, and the API root. Counts its requests through the proxy.
 */
export async function runAction({ root, workspace, proxy, source, inputs }) {
  const output = join(root, "action-output");
  const summary = join(root, "action-summary");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env = {
    PATH: process.env["PATH"] ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: root,
    GITHUB_API_URL: proxy.url,
    GITHUB_REPOSITORY: SOURCE,
    GITHUB_REPOSITORY_ID: String(source.id),
    GITHUB_SHA: source.commit,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const before = { ...proxy.counts };
  const child = spawn(process.execPath, [join(REPO, "dist/action/index.js")], {
    cwd: workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let log = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (log += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk) => (log += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), ACTION_MS);
  const code = await new Promise((done) => child.once("close", (status) => done(status)));
  clearTimeout(timer);
  running.delete(child);
  return {
    code,
    log,
    outputs: parseOutputFile(readFileSync(output, "utf8")),
    calls: proxy.counts.calls - before.calls,
    writes: proxy.counts.writes - before.writes,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function parseOutputFile(text) {
  const outputs = new Map();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const end = lines.indexOf(match[2], i + 1);
    if (end < 0) break;
    outputs.set(match[1], lines.slice(i + 1, end).join("\n"));
    i = end;
  }
  return outputs;
}

/** The last `count` lines of a file, or "" when it cannot be read. */
export function tail(path, count) {
  try {
    return readFileSync(path, "utf8").trimEnd().split("\n").slice(-count).join("\n");
  } catch {
    return "";
  }
}

export function removeWorkdir(root) {
  rmSync(root, { recursive: true, force: true });
}
