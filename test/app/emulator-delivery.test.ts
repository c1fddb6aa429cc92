// The App against emulate's GitHub: the emulator signs and delivers webhooks to the App's URL, and the App gets
// installation tokens from it. A test handler, loaded beside the App's, uses context.octokit the way the
// tracking handlers will.

import type { ApplicationFunction } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppEmulator, field, integer, startAppEmulator, text } from "../support/app-emulator.js";
import { type AppServer, listenForApp, type PendingApp } from "../support/app-server.js";

interface Seen {
  delivery: string;
  action: string;
  /** What the installation Octokit read back from the emulator. */
  pullNumber: number;
  merged: boolean;
  mergeCommitSha: string | null;
}

const SECRET = "emulator-webhook-secret";
const HEAD = "nexs/publisher/source";
const seen: Seen[] = [];
const checkRuns: number[] = [];
let pending: PendingApp;
let emulator: AppEmulator;
let app: AppServer;

// Reads the PR through the installation token, and answers each opened PR with a check run (checks: write).
const probe: ApplicationFunction = (probot) => {
  probot.on(["pull_request.opened", "pull_request.closed"], async (context) => {
    const { data } = await context.octokit.rest.pulls.get(context.pullRequest());
    seen.push({
      delivery: context.id,
      action: context.payload.action,
      pullNumber: data.number,
      merged: context.payload.pull_request.merged ?? false,
      mergeCommitSha: context.payload.pull_request.merge_commit_sha,
    });
    if (context.payload.action !== "opened") return;
    const run = await context.octokit.rest.checks.create(
      context.repo({ name: "nexs-publish", head_sha: context.payload.pull_request.head.sha, status: "in_progress" }),
    );
    checkRuns.push(run.data.id);
  });
};

beforeAll(async () => {
  pending = await listenForApp();
  emulator = await startAppEmulator({ webhookUrl: pending.webhookUrl, webhookSecret: SECRET });
  app = await pending.start({
    baseUrl: emulator.url,
    appId: emulator.appId,
    privateKey: emulator.privateKey,
    secret: SECRET,
    apps: [probe],
  });
});

afterAll(async () => {
  await pending?.close();
  await emulator?.close();
});

async function openPullRequest(): Promise<number> {
  const { owner, repo } = emulator.collection;
  const main = await emulator.api("GET", `/repos/${owner}/${repo}/git/ref/heads/main`);
  await emulator.api("POST", `/repos/${owner}/${repo}/git/refs`, {
    ref: `refs/heads/${HEAD}`,
    sha: text(main, "object", "sha"),
  });
  const pr = await emulator.api("POST", `/repos/${owner}/${repo}/pulls`, {
    title: "Add elements",
    head: HEAD,
    base: "main",
  });
  return integer(pr, "number");
}

describe("the App behind emulate's GitHub", () => {
  let number: number;

  it("receives a signed pull_request.opened and reads the PR with an installation token", async () => {
    number = await openPullRequest();
    const delivery = await app.waitForDelivery((d) => d.event === "pull_request.opened");
    expect(delivery).toMatchObject({ installationId: emulator.installationId, repository: "nexs/collection" });
    await expect
      .poll(() => seen.find((s) => s.action === "opened"), { timeout: 30_000 })
      .toMatchObject({
        delivery: delivery.id,
        pullNumber: number,
        merged: false,
      });
    await expect.poll(() => checkRuns.length, { timeout: 30_000 }).toBe(1);
  });

  it("receives check_run.rerequested when someone re-runs the App's check", async () => {
    const { owner, repo } = emulator.collection;
    await emulator.api("POST", `/repos/${owner}/${repo}/check-runs/${checkRuns[0]}/rerequest`);
    const delivery = await app.waitForDelivery((d) => d.event === "check_run.rerequested");
    expect(delivery.installationId).toBe(emulator.installationId);
  });

  it("receives pull_request.closed with merged and merge_commit_sha on a merge", async () => {
    const { owner, repo } = emulator.collection;
    const merge = await emulator.api("PUT", `/repos/${owner}/${repo}/pulls/${number}/merge`, { merge_method: "merge" });
    expect(field(merge, "merged")).toBe(true);
    await app.waitForDelivery((d) => d.event === "pull_request.closed");
    await expect
      .poll(() => seen.find((s) => s.action === "closed"), { timeout: 30_000 })
      .toMatchObject({
        pullNumber: number,
        merged: true,
        mergeCommitSha: text(merge, "sha"),
      });
  });
});
