// The whole loop on loopback: the bundled Action publishes to the emulator; the emulator delivers the signed
// webhooks to the App (Probot's real middleware on a node:http server); the PR is merged through the emulator; the
// App records `merged` and the merged blobs as the base; the Action run again writes nothing; and an edit made in
// the collection afterwards is planned as `remote-changed`, not as a conflict.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateDocument } from "../../src/core/state/state-document.js";
import { parseStateDocument } from "../../src/core/state/state-parse.js";
import { runAction } from "../bundle/run-action.js";
import { SIGNING_KEY, SOURCE, STATE_KEY, workspace } from "../publish/support.js";
import { APP_TOKENS, type AppEmulator, integer, startAppEmulator, text } from "../support/app-emulator.js";
import { type AppServer, listenForApp } from "../support/app-server.js";

let emulator: AppEmulator;
let app: AppServer;
const ws = workspace();

beforeAll(async () => {
  const pending = await listenForApp();
  const secret = "full-cycle-secret";
  emulator = await startAppEmulator({ webhookUrl: pending.webhookUrl, webhookSecret: secret });
  app = await pending.start({
    baseUrl: emulator.url,
    appId: emulator.appId,
    privateKey: emulator.privateKey,
    secret,
    env: { NEXS_SIGNING_KEY: SIGNING_KEY },
  });
});
afterAll(async () => {
  await app?.close();
  await emulator?.close();
  rmSync(ws, { recursive: true, force: true });
});

function publish(inputs: Record<string, string> = {}) {
  return runAction(
    ws,
    {
      command: "publish",
      collection: "nexs/collection",
      base: "main",
      token: APP_TOKENS.publisher,
      "signing-key": SIGNING_KEY,
      ...inputs,
    },
    {
      GITHUB_API_URL: emulator.url,
      GITHUB_REPOSITORY: `${SOURCE.owner}/${SOURCE.repo}`,
      GITHUB_REPOSITORY_ID: String(SOURCE.id),
      GITHUB_SHA: SOURCE.commit,
    },
  );
}

async function state(): Promise<StateDocument> {
  const file = await emulator.api("GET", `/repos/nexs/collection/contents/${STATE_KEY}?ref=nexs-state`);
  return parseStateDocument(Buffer.from(text(file, "content"), "base64").toString("utf8"));
}

/** Polls until `check` holds: webhooks are delivered after the REST reply, and handled after that. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let attempt = 0; attempt < 300; attempt++) {
    last = await read().catch(() => undefined);
    if (last !== undefined && check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 500)}`);
}

describe("the full cycle: publish, review, merge, track, publish again", () => {
  it("ends merged with the merged blobs as base, a re-run writing nothing, and a collection edit planned as remote-changed", async () => {
    const first = await publish();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.get("pull-request-operation")).toBe("created");
    const number = Number(first.outputs.get("pull-request-number"));

    // The App saw `opened` too; either writer may record the submission first, and both agree.
    await eventually(state, (doc) => doc.submissions[String(number)]?.status === "pending", "a pending submission");

    const merge = await emulator.api("PUT", `/repos/nexs/collection/pulls/${number}/merge`, { merge_method: "merge" });
    const mergeCommit = text(merge, "sha");
    const merged = await eventually(
      state,
      (doc) => doc.submissions[String(number)]?.status === "merged",
      "the App to record the merge",
    );
    const submission = merged.submissions[String(number)];
    expect(submission?.elements.length).toBe(8);
    expect(merged.stats).toMatchObject({ total: 1, merged: 1, pending: 0 });
    expect(merged.history.map((h) => h.to)).toEqual(["pending", "merged"]);
    for (const element of submission?.elements ?? []) {
      expect(merged.base[element.id], element.id).toEqual({
        path: element.path,
        blob: element.blob,
        commit: mergeCommit,
      });
    }

    const again = await publish();
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.outputs.get("pull-request-operation")).toBe("none");
    expect(JSON.parse(again.outputs.get("plan") ?? "{}")).toMatchObject({ unchanged: 8, add: 0, conflict: 0 });

    // A maintainer edits one element in the collection.
    const path = "elements/skill/skill-code-review.yaml";
    const current = await emulator.api("GET", `/repos/nexs/collection/contents/${path}?ref=main`);
    const before = Buffer.from(text(current, "content"), "base64").toString("utf8");
    const edited = before.replace("  version: 2.0.1\n", "  version: 2.0.2\n");
    expect(edited).not.toBe(before);
    await emulator.api("PUT", `/repos/nexs/collection/contents/${path}`, {
      message: "edit in the collection",
      content: Buffer.from(edited).toString("base64"),
      sha: text(current, "sha"),
      branch: "main",
    });
    const planned = await publish({ "dry-run": "true" });
    expect(planned.code, planned.stdout + planned.stderr).toBe(0);
    expect(JSON.parse(planned.outputs.get("plan") ?? "{}")).toMatchObject({
      "remote-changed": 1,
      conflict: 0,
      unchanged: 7,
    });
    expect(integer(await emulator.api("GET", `/repos/nexs/collection/pulls/${number}`), "number")).toBe(number);
  });
});
