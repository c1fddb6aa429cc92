// The committed bundle, run as the service: refuses a bad configuration with one line and exit code 1, otherwise
// serves /ping and signed webhooks, never enters Probot's setup mode, and stops cleanly on SIGTERM.
import { createPrivateKey } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort, killAll, runAppToExit, startAppProcess } from "../support/app-process.js";
import { deliver, testPrivateKey } from "../support/app-server.js";

const SECRET = "startup-test-secret";
const PKCS1 = testPrivateKey();
const PKCS8 = createPrivateKey(PKCS1).export({ type: "pkcs8", format: "pem" }).toString();
let dir: string;
let keyFile: string;

const pullRequest = {
  action: "opened",
  number: 3,
  pull_request: { number: 3 },
  repository: { id: 1, name: "collection", full_name: "nexs/collection", owner: { login: "nexs" } },
  sender: { login: "publisher" },
  installation: { id: 11 },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nexs-app-startup-"));
  keyFile = join(dir, "app.pem");
  writeFileSync(keyFile, PKCS8);
  // Probot's run() would load this file; the service must not (its DRY_RUN would refuse the start).
  writeFileSync(join(dir, ".env"), "DRY_RUN=maybe\n");
});

afterEach(() => killAll());

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const valid = (): Record<string, string> => ({
  APP_ID: "42",
  PRIVATE_KEY: PKCS1,
  WEBHOOK_SECRET: SECRET,
  // Nothing here may reach GitHub: a closed loopback port.
  GITHUB_API_URL: "http://127.0.0.1:9",
});

function without(name: string): Record<string, string> {
  const env = valid();
  delete env[name];
  return env;
}

describe("dist/app/index.js refuses a bad configuration", () => {
  it.each([
    ["APP_ID", without("APP_ID")],
    ["PRIVATE_KEY", without("PRIVATE_KEY")],
    ["WEBHOOK_SECRET", without("WEBHOOK_SECRET")],
    [
      "PRIVATE_KEY",
      { ...valid(), PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----\\nnot a key\\n-----END RSA PRIVATE KEY-----" },
    ],
    // Relative to the child's working directory, the temporary one.
    ["PRIVATE_KEY_PATH", { ...without("PRIVATE_KEY"), PRIVATE_KEY_PATH: "missing.pem" }],
    ["DRY_RUN", { ...valid(), DRY_RUN: "maybe" }],
    ["APP_ID", { ...valid(), APP_ID: "twelve" }],
  ])("names %s in one stderr line and exits 1", async (name, env) => {
    const exit = await runAppToExit(env, dir);
    expect(exit.code).toBe(1);
    const lines = exit.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^nexs-publish app: ${name}\\b`));
    expect(exit.stderr).not.toContain(SECRET);
    expect(exit.stdout).toBe("");
  });

  it.each<[string, () => Promise<{ host: string; port: number; release(): Promise<void> }>, RegExp]>([
    [
      "the port is taken",
      async () => {
        const blocker = createServer();
        const port = await freePort();
        await new Promise<void>((done) => blocker.listen(port, "127.0.0.1", done));
        return { host: "127.0.0.1", port, release: () => new Promise((done) => blocker.close(() => done())) };
      },
      /^nexs-publish app: cannot start: PORT \d+ is already in use on 127\.0\.0\.1: stop what listens there, or set PORT to a free port$/,
    ],
    [
      "HOST is no name of this machine",
      // .invalid never resolves (RFC 2606).
      async () => ({ host: "nexs-publish.invalid", port: await freePort(), release: async () => {} }),
      /^nexs-publish app: cannot start: HOST nexs-publish\.invalid is no address or name this machine can resolve: set HOST to an IP address, such as 0\.0\.0\.0$/,
    ],
  ])("exits 1 with one line saying what to do when %s, and no stack trace", async (_case, setup, line) => {
    const { host, port, release } = await setup();
    try {
      for (const format of ["pretty", "json"]) {
        const exit = await runAppToExit({ ...valid(), HOST: host, PORT: String(port), LOG_FORMAT: format }, dir);
        expect(exit.code).toBe(1);
        expect(exit.stderr.trimEnd().split("\n")).toStrictEqual([expect.stringMatching(line)]);
        const output = exit.stdout + exit.stderr;
        expect(output).not.toContain("\n    at ");
        expect(output).not.toContain("\\n    at ");
        expect(output).not.toMatch(/"?stack"?:/);
      }
    } finally {
      await release();
    }
  });
});

describe("dist/app/index.js with a valid configuration", () => {
  it.each([
    ["a PKCS#1 key pasted as one line with \\n escapes", () => ({ PRIVATE_KEY: PKCS1.trim().replaceAll("\n", "\\n") })],
    ["a PKCS#8 key file", () => ({ PRIVATE_KEY_PATH: keyFile })],
  ])("starts with %s, serves /ping and signed webhooks, stops on SIGTERM", async (_form, key) => {
    const env = { ...without("PRIVATE_KEY"), ...key(), LOG_FORMAT: "json" };
    const app = await startAppProcess(env, dir);

    const ping = await fetch(`${app.url}/ping`);
    expect(await ping.text()).toBe("PONG");
    // No setup mode: Probot's would redirect / to /probot.
    const root = await fetch(`${app.url}/`, { redirect: "manual" });
    expect(root.status).toBe(404);

    const webhook = `${app.url}/api/github/webhooks`;
    expect((await deliver(webhook, SECRET, "pull_request", pullRequest, { id: "good-1" })).status).toBe(200);
    expect((await deliver(webhook, "development", "pull_request", pullRequest, { id: "bad-1" })).status).toBe(400);

    const exit = await app.stop("SIGTERM");
    expect(exit.code).toBe(0);
    expect(exit.stderr).toBe("");
    const lines = exit.stdout
      .trimEnd()
      .split("\n")
      .map((line): unknown => JSON.parse(line));
    const messages = lines.map((line) => (isRecord(line) ? line["msg"] : undefined));
    expect(messages).toContain("stopped");
    // The handler's line carries the delivery id, as Probot's context logger binds it.
    expect(lines).toContainEqual(expect.objectContaining({ msg: "received", id: "good-1", delivery: "good-1" }));
    expect(lines).not.toContainEqual(expect.objectContaining({ msg: "received", id: "bad-1" }));
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
