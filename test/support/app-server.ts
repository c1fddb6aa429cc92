/**
 * The App in-process for tests: Probot's middleware (built from src/app exactly as the service builds it) mounted
 * in a node:http server on 127.0.0.1 with a kernel-chosen port (Probot's Server would turn port 0 into 3000).
 * Retry and throttling are off through the function form of ProbotOctokit.defaults (the object form is silently
 * overridden and every write would then wait a second). GitHub is `baseUrl` (the emulator); without one it is a
 * closed loopback port, so a test never reaches the network.
 *
 * The emulator must know the App's URL before the App can know the emulator's: listenForApp() listens first
 * (503 until started), and start() then builds the App against the emulator.
 */
import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// pino is Probot's own logger (a dev dependency here at Probot's version): only its factory is needed, to give
// Probot a logger whose lines a test can read.
import { pino } from "pino";
import { type ApplicationFunction, createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import { nexsApp, type ReceivedDelivery } from "../../src/app/app.js";
import { type AppConfig, DEFAULT_WEBHOOK_PATH, readConfig } from "../../src/app/config.js";
import { InFlight } from "../../src/app/in-flight.js";
import { appRedactor, redactingLogger } from "../../src/app/log.js";
import type { NexsMiddleware } from "../../src/app/middleware.js";
import { probotOptions } from "../../src/app/probot-options.js";
import type { Tracker } from "../../src/app/tracker.js";

/** Octokit for tests: no retries, no spacing of writes. */
export const TestOctokit = ProbotOctokit.defaults((options: ConstructorParameters<typeof ProbotOctokit>[0]) => ({
  ...options,
  retry: { enabled: false },
  throttle: { ...options?.throttle, enabled: false },
}));

/** Port 9 (discard) on loopback: nothing listens, so a stray API call fails at once instead of leaving the box. */
export const NO_GITHUB = "http://127.0.0.1:9";

let cachedKey: string | undefined;

/** One RSA key per test process (generating one takes a while on a busy machine). */
export function testPrivateKey(): string {
  cachedKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs1", format: "pem" })
    .toString();
  return cachedKey;
}

export interface AppServerOptions {
  baseUrl?: string;
  appId?: number;
  privateKey?: string;
  secret?: string;
  /** More variables (NEXS_*, DRY_RUN, WEBHOOK_PATH...), read through the App's own readConfig. */
  env?: Record<string, string>;
  /** Test handlers loaded after the App's, with the same Probot (and so the same installation Octokit). */
  apps?: ApplicationFunction[];
  /**
   * Where the App's log lines go (pino JSON, one line per write, at the configured LOG_LEVEL) instead of nowhere;
   * see captureLog().
   */
  logSink?: LogSink;
  /** The App's per-collection state writers (e.g. another coalescing window); default: the App's own. */
  tracker?: Tracker;
  /**
   * Called with every delivery a handler receives, before the App handles it, and awaited (the App's own
   * onDelivery hook): a test can hold handlers, e.g. until a whole burst has been received.
   */
  onDelivery?: (delivery: ReceivedDelivery) => void | Promise<void>;
}

/** A pino destination: it receives each log line as JSON text ending in a newline. */
export interface LogSink {
  write(line: string): void;
}

/** One parsed log line: pino's level number, message and bindings (Probot binds the delivery as `id`). */
export type LogEntry = Record<string, unknown> & { level: number; msg: string };

export interface CapturedLog {
  sink: LogSink;
  entries(): LogEntry[];
  /** Lines at warn (40) or above. */
  warnings(): LogEntry[];
  clear(): void;
}

/** A log sink that keeps every line, parsed. */
export function captureLog(): CapturedLog {
  const entries: LogEntry[] = [];
  const sink: LogSink = {
    write(line) {
      for (const part of line.split("\n")) {
        if (part.trim() === "") continue;
        const parsed: unknown = JSON.parse(part);
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) continue;
        const record: Record<string, unknown> = { ...parsed };
        const level = record["level"];
        const msg = record["msg"];
        entries.push({
          ...record,
          level: typeof level === "number" ? level : 0,
          msg: typeof msg === "string" ? msg : "",
        });
      }
    },
  };
  return {
    sink,
    entries: () => [...entries],
    warnings: () => entries.filter((entry) => entry.level >= 40),
    clear: () => void entries.splice(0),
  };
}

export interface DeliverOptions {
  /** X-GitHub-Delivery; a fresh UUID by default. */
  id?: string;
  /** Sign with this secret instead of the App's (a wrong one gives a bad signature). */
  secret?: string;
  /** Send no X-Hub-Signature-256 at all. */
  unsigned?: boolean;
}

export interface Reply {
  status: number;
  body: string;
}

export interface AppServer {
  /** http://127.0.0.1:port */
  url: string;
  webhookUrl: string;
  secret: string;
  config: AppConfig;
  /** Every delivery a handler of the App received, in order. */
  deliveries: ReceivedDelivery[];
  deliver(event: string, payload: unknown, options?: DeliverOptions): Promise<Reply>;
  /** The first delivery (already received or still to come) matching `match`; throws after `timeoutMs`. */
  waitForDelivery(match: (delivery: ReceivedDelivery) => boolean, timeoutMs?: number): Promise<ReceivedDelivery>;
  /**
   * Resolves once no handler runs (Probot answers 202 past 9 s and keeps the handler going, so a reply alone does
   * not say the work is done); throws after `timeoutMs`.
   */
  idle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface PendingApp {
  url: string;
  webhookUrl: string;
  start(options?: AppServerOptions): Promise<AppServer>;
  close(): Promise<void>;
}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const pending = await listenForApp(options.env?.["WEBHOOK_PATH"]);
  try {
    return await pending.start(options);
  } catch (error) {
    await pending.close();
    throw error;
  }
}

export async function listenForApp(webhookPath = DEFAULT_WEBHOOK_PATH): Promise<PendingApp> {
  let middleware: NexsMiddleware | undefined;
  const server = createServer((request, response) => {
    if (!middleware) return void response.writeHead(503).end("not started");
    void serve(middleware, request, response);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = addressOf(server.address());
  const url = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });

  const start = async (options: AppServerOptions = {}): Promise<AppServer> => {
    const secret = options.secret ?? `test-secret-${randomUUID()}`;
    const config = readConfig({
      APP_ID: String(options.appId ?? 1),
      PRIVATE_KEY: options.privateKey ?? testPrivateKey(),
      WEBHOOK_SECRET: secret,
      GITHUB_API_URL: options.baseUrl ?? NO_GITHUB,
      // Quiet by default; a test may ask for more through env.
      LOG_LEVEL: "fatal",
      ...options.env,
    });
    if (config.webhookPath !== webhookPath) throw new Error("pass WEBHOOK_PATH to listenForApp as well");
    const deliveries: ReceivedDelivery[] = [];
    const waiters = new Set<() => void>();
    const onDelivery = async (delivery: ReceivedDelivery) => {
      deliveries.push(delivery);
      for (const wake of waiters) wake();
      await options.onDelivery?.(delivery);
    };
    const inFlight = new InFlight();
    const appFn: ApplicationFunction = async (app, appOptions) => {
      await nexsApp(config, { onDelivery, inFlight, ...(options.tracker && { tracker: options.tracker }) })(
        app,
        appOptions,
      );
      for (const extra of options.apps ?? []) await extra(app, appOptions);
    };
    // Wrapped as the service wraps its own (src/app/log.ts), so a test reads the lines the service would write.
    const log = options.logSink
      ? redactingLogger(pino({ level: config.logLevel, name: "probot" }, options.logSink), appRedactor(config))
      : undefined;
    const probot = new Probot(probotOptions(config, { Octokit: TestOctokit, ...(log && { log }) }));
    middleware = await createNodeMiddleware(appFn, { probot, webhooksPath: config.webhookPath });
    const webhookUrl = url + config.webhookPath;

    return {
      url,
      webhookUrl,
      secret,
      config,
      deliveries,
      deliver: (event, payload, deliverOptions = {}) => deliver(webhookUrl, secret, event, payload, deliverOptions),
      waitForDelivery: (match, timeoutMs = 30_000) => waitFor(deliveries, waiters, match, timeoutMs),
      async idle(timeoutMs = 60_000) {
        if (!(await inFlight.idle(timeoutMs))) throw new Error(`handlers still running after ${timeoutMs} ms`);
      },
      close,
    };
  };
  return { url, webhookUrl: url + webhookPath, start, close };
}

async function serve(middleware: NexsMiddleware, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    await middleware(request, response, () => {
      if (!response.headersSent) response.writeHead(404).end("not found");
    });
  } catch {
    if (!response.headersSent) response.writeHead(500).end("middleware threw");
  }
}

/** POSTs one delivery the way GitHub does: JSON body, event and delivery headers, HMAC-SHA256 signature. */
export async function deliver(
  webhookUrl: string,
  secret: string,
  event: string,
  payload: unknown,
  options: DeliverOptions = {},
): Promise<Reply> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/test",
    "x-github-event": event,
    "x-github-delivery": options.id ?? randomUUID(),
  };
  if (!options.unsigned) headers["x-hub-signature-256"] = signature(options.secret ?? secret, body);
  const response = await fetch(webhookUrl, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
}

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function waitFor(
  deliveries: ReceivedDelivery[],
  waiters: Set<() => void>,
  match: (delivery: ReceivedDelivery) => boolean,
  timeoutMs: number,
): Promise<ReceivedDelivery> {
  return new Promise((done, fail) => {
    const check = () => {
      const found = deliveries.find(match);
      if (!found) return;
      clearTimeout(timer);
      waiters.delete(check);
      done(found);
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      const seen = deliveries.map((delivery) => delivery.event).join(", ") || "none";
      fail(new Error(`no matching delivery within ${timeoutMs} ms (received: ${seen})`));
    }, timeoutMs);
    waiters.add(check);
    check();
  });
}

function addressOf(address: string | AddressInfo | null): AddressInfo {
  if (address === null || typeof address === "string") throw new Error("the test server has no TCP address");
  return address;
}
