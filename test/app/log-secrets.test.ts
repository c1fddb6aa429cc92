// Every byte the service writes, with secrets planted everywhere Probot, @octokit/webhooks and Octokit take them
// from: the committed bundle run as a process (LOG_LEVEL=debug, pretty and JSON), GitHub (the emulator behind the
// fault proxy) answering the App's calls with 500s whose message and headers hold the secrets, and signed
// deliveries whose payload holds them. A failing handler's error, the webhooks library's error with the delivery
// and its payload attached, a wrongly signed delivery (its unverified payload), Octokit's RequestError and debug
// lines all reach the log: none may carry a secret or a stack frame.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { githubToken } from "../leak/fake-secrets.js";
import { type AppEmulator, startAppEmulator } from "../support/app-emulator.js";
import { killAll, startAppProcess } from "../support/app-process.js";
import { deliver } from "../support/app-server.js";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.js";

const WEBHOOK_SECRET = "webhook-secret-Zq8vT3kLm2Xp9Rw4";
const SIGNING_KEY = "signing-key-Hn5cJ7bQe1Vy6Ua0";
const TOKEN = githubToken(41).written;

let dir: string;
let emulator: AppEmulator;
let proxy: FaultProxy;
/** Every planted secret, and each line of the private key's PEM body (a piece of it must not leak either). */
let secrets: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nexs-app-log-secrets-"));
  // emulate's own webhooks go nowhere: every delivery here is one the test signs.
  emulator = await startAppEmulator({ webhookUrl: "http://127.0.0.1:9/hooks", webhookSecret: "unused-secret" });
  proxy = await startFaultProxy(emulator.url, { validTokens: "any" });
  const everything = [emulator.privateKey, WEBHOOK_SECRET, SIGNING_KEY, TOKEN].join(" ");
  // Every repository call fails as GitHub fails, with the secrets in its words and its headers.
  proxy.add({
    path: /^\/repos\//,
    action: {
      kind: "respond",
      status: 500,
      body: { message: `Server Error ${everything}` },
      headers: { "x-leak": TOKEN },
    },
  });
  const body = emulator.privateKey.split("\n").filter((line) => line.length > 20 && !line.startsWith("-----"));
  secrets = [WEBHOOK_SECRET, SIGNING_KEY, TOKEN, ...body];
});

afterEach(() => killAll());

afterAll(async () => {
  await proxy?.close();
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

function payload(): unknown {
  const planted = `${emulator.privateKey}\n${WEBHOOK_SECRET} ${SIGNING_KEY} ${TOKEN}`;
  return {
    action: "opened",
    number: 7,
    pull_request: {
      number: 7,
      state: "open",
      draft: false,
      merged: false,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      html_url: "https://github.com/nexs/collection/pull/7",
      node_id: "PR_leak7",
      body: planted,
      title: planted,
      user: { login: "publisher" },
      head: { ref: "nexs/publisher/source", sha: "a".repeat(40), repo: { full_name: "nexs/collection" } },
      base: { ref: "main", sha: "b".repeat(40), repo: { full_name: "nexs/collection" } },
      merge_commit_sha: null,
    },
    repository: { id: 1, name: "collection", full_name: "nexs/collection", owner: { login: "nexs" } },
    sender: { login: "publisher" },
    installation: { id: emulator.installationId },
  };
}

describe("the service's output", () => {
  it.each(["pretty", "json"])("holds no secret and no stack frame (LOG_FORMAT=%s, LOG_LEVEL=debug)", async (format) => {
    const app = await startAppProcess(
      {
        APP_ID: String(emulator.appId),
        PRIVATE_KEY: emulator.privateKey,
        WEBHOOK_SECRET,
        NEXS_SIGNING_KEY: SIGNING_KEY,
        GITHUB_API_URL: proxy.url,
        LOG_FORMAT: format,
        LOG_LEVEL: "debug",
      },
      dir,
    );
    const webhook = `${app.url}/api/github/webhooks`;
    const failed = await deliver(webhook, WEBHOOK_SECRET, "pull_request", payload(), { id: "leak-1" });
    const forged = await deliver(webhook, "wrong-secret", "pull_request", payload(), { id: "leak-2" });
    const exit = await app.stop("SIGTERM");

    // The paths under test were taken: GitHub failed the handler, and the forged delivery was refused.
    expect(failed.status).toBe(500);
    expect(forged.status).toBe(400);
    const output = exit.stdout + exit.stderr;
    for (const secret of secrets) expect(output).not.toContain(secret);
    for (const frame of ["\n    at ", "\\n    at "]) expect(output).not.toContain(frame);
    expect(output).toContain("check run on #7 failed");
    expect(output).toContain("[redacted]");
  });
});
