// Adversarial deliveries: a webhook with a bad or missing signature, and every forged marker (unsigned, another
// key, copied into another PR from another branch or from a fork with the same branch name, from another author,
// not the end of the body, in an issue comment, malformed) through Probot's real middleware. Each forged marker is
// answered 200, changes nothing (the state document's bytes, and zero writes to the state branch counted at the
// proxy) and is logged once, at warn, with its delivery id. A valid marker delivered last, in the same setup,
// does change the state: the refusals are the markers', not the harness's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodePayload, formatMarker, MAX_MARKER_PAYLOAD_CHARS } from "../../src/core/tracking/marker.js";
import { signPayloadText } from "../../src/core/tracking/marker-trust.js";
import { INSTALLATION_ID } from "../support/app-emulator.js";
import { type AppServer, type CapturedLog, captureLog } from "../support/app-server.js";
import { api, type Json, str, TOKENS } from "../support/emulator.js";
import {
  at,
  branchOf,
  collectionRepository,
  commitToBranch,
  elementFiles,
  elementsOf,
  eventually,
  openPullRequest,
  otherWrites,
  pullRequestPayload,
  readState,
  readStateText,
  SIGNING_KEY,
  type Source,
  setupApi,
  since,
  startTrackingFixture,
  stateKeyOf,
  stateRequests,
  stateWrites,
  submissionBody,
  type TrackingFixture,
  withSnapshot,
} from "./tracking-fixture.js";

const SOURCE: Source = { owner: "publisher", repo: "source", id: 4242 };
const KEY = stateKeyOf(SOURCE);
const BRANCH = branchOf(SOURCE);

let fixture: TrackingFixture;
/** Trusts markers by signature (NEXS_SIGNING_KEY). */
let keyed: AppServer;
let keyedLog: CapturedLog;
/** Trusts unsigned markers by branch and author (NEXS_PUBLISHER=publisher, no key). */
let byOrigin: AppServer;
let originLog: CapturedLog;
let repository: Json;
let legit: Json;
let legitBody: string;
let legitHead: string;
let otherBranchPr: Json;
let forkPr: Json;
let recorded: string;

beforeAll(async () => {
  fixture = await startTrackingFixture();
  keyedLog = captureLog();
  originLog = captureLog();
  keyed = await fixture.startApp({
    env: { NEXS_SIGNING_KEY: SIGNING_KEY, LOG_LEVEL: "warn", LOG_FORMAT: "json" },
    logSink: keyedLog.sink,
  });
  byOrigin = await fixture.startApp({
    env: { NEXS_PUBLISHER: "publisher", LOG_LEVEL: "warn", LOG_FORMAT: "json" },
    logSink: originLog.sink,
  });
  repository = await collectionRepository(fixture);
  const repositoryHead = await setupApi(fixture, "GET", "/repos/nexs/collection/commits/main?per_page=1");

  // PR A: the source's own submission, on its branch in the collection, with a marker signed for its files.
  const files = elementFiles("skill-forge", 2);
  const commit = await commitToBranch(fixture, BRANCH, files);
  legitHead = commit.sha;
  legitBody = submissionBody(SOURCE, elementsOf(files), { commit: "a".repeat(40) });
  legit = await openPullRequest(fixture, BRANCH, legitBody);

  // PR B: another branch of the collection with other contents at the same paths, A's body pasted in.
  await commitToBranch(fixture, "feature/copied", elementFiles("skill-forge", 2, "9.9.9"));
  otherBranchPr = await openPullRequest(fixture, "feature/copied", legitBody);

  // PR C: a contributor's fork with the same branch name and other contents, A's body pasted in.
  // Through the proxy, which copies the parent's history into the fork as GitHub's fork network shares it.
  await api(fixture.proxy.url, TOKENS.contributor, "POST", "/repos/nexs/collection/forks", {});
  await eventually(
    () => api(fixture.proxy.url, TOKENS.contributor, "GET", "/repos/contributor/collection/commits/main?per_page=1"),
    (commit) => str(commit, "sha") === str(repositoryHead, "sha"),
    "the fork's copy of the collection",
  );
  const forkFiles = elementFiles("skill-forge", 2, "6.6.6");
  await commitToBranch(fixture, BRANCH, forkFiles, { repo: "contributor/collection", token: TOKENS.contributor });
  // On GitHub a fork shares its parent's object store, so the collection's API serves the fork's blobs too (the App
  // reads a digest marker's files there); emulate keeps each repository's objects apart: give the collection them.
  for (const content of Object.values(forkFiles)) {
    await setupApi(fixture, "POST", "/repos/nexs/collection/git/blobs", {
      content: Buffer.from(content).toString("base64"),
      encoding: "base64",
    });
  }
  forkPr = await openPullRequest(fixture, `contributor:${BRANCH}`, legitBody);
  expect(str(forkPr, "head", "repo", "full_name")).toBe("contributor/collection");

  // The Action's record of A, made by a trusted delivery: the state every forgery below must leave alone.
  const opened = await keyed.deliver(
    "pull_request",
    pullRequestPayload(repository, legit, "opened", withSnapshot({ updatedAt: at(1), head: legitHead })),
    { id: "setup-opened" },
  );
  expect(opened.status, opened.body).toBe(200);
  // The counter sees writes: this first record made the state branch (tree, commit, ref).
  expect(stateWrites(fixture.proxy.requests).map((r) => r.route)).toEqual([
    "POST /repos/:owner/:repo/git/trees",
    "POST /repos/:owner/:repo/git/commits",
    "POST /repos/:owner/:repo/git/refs",
  ]);
  const state = await readState(fixture, KEY);
  expect(state.submissions[String(number(legit))]).toMatchObject({ status: "pending" });
  recorded = (await readStateText(fixture, KEY)) ?? "";
  keyedLog.clear();
  originLog.clear();
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

function number(pr: Json): number {
  const value = typeof pr === "object" && pr !== null && !Array.isArray(pr) ? pr["number"] : undefined;
  if (typeof value !== "number") throw new Error("no PR number");
  return value;
}

/** A later snapshot of `pr` that would mark it merged, with `body`: what a forger would most like recorded. */
function mergedWith(pr: Json, body: string, user?: string) {
  return pullRequestPayload(
    repository,
    pr,
    "closed",
    withSnapshot({
      updatedAt: at(100),
      state: "closed",
      merged: true,
      mergeCommit: legitHead,
      head: legitHead,
      body,
      ...(user !== undefined && { user }),
    }),
  );
}

/** A marker whose payload text is `payloadText`, signed with the App's key (so only the payload is at fault). */
function signedRaw(payloadText: string, version = "v1"): string {
  return `table\n\n${formatMarker(payloadText, signPayloadText(payloadText, SIGNING_KEY), version === "v2" ? "v2" : "v1")}\n`;
}

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

interface Forgery {
  name: string;
  app: () => AppServer;
  log: () => CapturedLog;
  payload: () => Record<string, unknown>;
  /** The reason the App logs. */
  reason: string;
}

const validPayload = () => {
  const elements = elementsOf(elementFiles("skill-forge", 2));
  return {
    source: { name: "publisher/source", id: SOURCE.id },
    commit: "a".repeat(40),
    elements,
    issuedAt: "2026-01-01T00:00:00Z",
  };
};

const forgeries: Forgery[] = [
  {
    name: "unsigned",
    app: () => keyed,
    log: () => keyedLog,
    payload: () =>
      mergedWith(legit, submissionBody(SOURCE, elementsOf(elementFiles("skill-forge", 2)), { key: undefined })),
    reason: "unsigned",
  },
  {
    name: "signed with another key",
    app: () => keyed,
    log: () => keyedLog,
    payload: () =>
      mergedWith(legit, submissionBody(SOURCE, elementsOf(elementFiles("skill-forge", 2)), { key: "not-the-key-000" })),
    reason: "bad-signature",
  },
  {
    name: "a valid marker copied into a PR from another branch",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => mergedWith(otherBranchPr, legitBody),
    reason: "branch-mismatch",
  },
  {
    name: "a valid marker copied into a fork's PR with the same branch name (files differ)",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => mergedWith(forkPr, legitBody),
    reason: "elements-mismatch",
  },
  {
    name: "a valid digest (v2) marker copied into a fork's PR with the same branch name (files differ)",
    app: () => keyed,
    log: () => keyedLog,
    payload: () =>
      mergedWith(forkPr, submissionBody(SOURCE, elementsOf(elementFiles("skill-forge", 2)), { listBudget: 0 })),
    reason: "elements-mismatch",
  },
  {
    name: "no key: the publisher's branch, but a PR by someone else",
    app: () => byOrigin,
    log: () => originLog,
    payload: () =>
      mergedWith(
        legit,
        submissionBody(SOURCE, elementsOf(elementFiles("skill-forge", 2)), { key: undefined }),
        "contributor",
      ),
    reason: "author-mismatch",
  },
  {
    name: "no key: the marker copied into a fork's PR",
    app: () => byOrigin,
    log: () => originLog,
    payload: () => mergedWith(forkPr, legitBody),
    reason: "fork",
  },
  {
    name: "no key: the marker copied into a PR from another branch",
    app: () => byOrigin,
    log: () => originLog,
    payload: () => mergedWith(otherBranchPr, legitBody),
    reason: "branch-mismatch",
  },
  {
    name: "the marker followed by more text (quoted in a comment in the body)",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => mergedWith(legit, `${legitBody}\n> quoting the marker above: looks good to me\n`),
    reason: "not-last",
  },
  {
    name: "malformed: the payload is not base64url",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => mergedWith(legit, `table\n\n${formatMarker("eyJ!!!", "c2ln")}\n`),
    reason: "malformed",
  },
  {
    name: "malformed: the payload is not JSON",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => mergedWith(legit, signedRaw(b64("{not json"))),
    reason: "malformed",
  },
  {
    name: "malformed: the payload lacks fields",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => {
      const { commit: _commit, ...rest } = validPayload();
      return mergedWith(legit, signedRaw(b64(JSON.stringify(rest))));
    },
    reason: "malformed",
  },
  {
    name: "malformed: an unknown version",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => {
      const text = encodePayload({ ...validPayload(), form: "list" });
      return mergedWith(
        legit,
        `t\n\n<!-- nexs-publish:submission v9 ${text}.${signPayloadText(text, SIGNING_KEY)} -->\n`,
      );
    },
    reason: "unsupported-version",
  },
  {
    name: "malformed: a payload too large",
    app: () => keyed,
    log: () => keyedLog,
    payload: () => mergedWith(legit, signedRaw("A".repeat(MAX_MARKER_PAYLOAD_CHARS + 1))),
    reason: "too-large",
  },
];

describe("a delivery whose webhook signature does not verify", () => {
  it.each([
    ["signed with another secret", "bad-signature-wrong-secret", { secret: "not-the-webhook-secret" }],
    ["not signed at all", "bad-signature-unsigned", { unsigned: true }],
  ])("%s: 400, no handler runs, no request reaches GitHub, the state is unchanged", async (_name, id, options) => {
    const mark = fixture.proxy.requests.length;
    const payload = mergedWith(legit, legitBody);
    const reply = await keyed.deliver("pull_request", payload, { id, ...options });
    expect(reply.status).toBe(400);
    expect(keyed.deliveries.some((delivery) => delivery.id === id)).toBe(false);
    expect(since(fixture.proxy, mark)).toEqual([]);
    expect(await readStateText(fixture, KEY)).toBe(recorded);
  });
});

describe("forged markers change nothing and are logged once with the delivery id", () => {
  it.each(forgeries.map((forgery, index) => [forgery.name, index] as const))("%s", async (_name, index) => {
    const forgery = forgeries[index];
    if (!forgery) throw new Error("no forgery");
    const app = forgery.app();
    const log = forgery.log();
    log.clear();
    const id = `forged-${index}`;
    const mark = fixture.proxy.requests.length;

    const reply = await app.deliver("pull_request", forgery.payload(), { id });
    expect(reply.status, reply.body).toBe(200);
    await app.idle();

    const requests = since(fixture.proxy, mark);
    expect(stateWrites(requests)).toEqual([]);
    expect(otherWrites(requests)).toEqual([]);
    expect(stateRequests(requests).filter((r) => r.method !== "GET")).toEqual([]);
    // Nothing but the fork's file list is even read: trust is decided from the payload before any call.
    const reads = requests.filter((r) => !/access_tokens$/.test(r.path)).map((r) => r.route);
    if (forgery.reason === "elements-mismatch") {
      expect(reads).toContain("GET /repos/:owner/:repo/pulls/:number/files");
      expect(stateRequests(requests).every((r) => r.method === "GET")).toBe(true);
    } else {
      expect(reads).toEqual([]);
    }
    expect(await readStateText(fixture, KEY)).toBe(recorded);

    const warnings = log.warnings();
    expect(warnings, JSON.stringify(log.entries())).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, id });
    expect(warnings[0]?.msg).toContain(`(delivery ${id})`);
    expect(warnings[0]?.msg).toContain(forgery.reason === "elements-mismatch" ? "do not match" : `(${forgery.reason})`);
    expect(warnings[0]?.msg).toContain("nothing changed");
  });

  it("the marker posted as an issue comment: not a pull_request event, so nothing is read, written or logged", async () => {
    keyedLog.clear();
    const mark = fixture.proxy.requests.length;
    const id = "forged-issue-comment";
    const pr = typeof legit === "object" && legit !== null && !Array.isArray(legit) ? legit : {};
    const reply = await keyed.deliver(
      "issue_comment",
      {
        action: "created",
        issue: {
          number: number(legit),
          title: "Elements",
          state: "open",
          user: { login: "contributor" },
          body: "",
          pull_request: { url: pr["url"] ?? "" },
        },
        comment: { id: 1, body: legitBody, user: { login: "contributor" } },
        repository,
        installation: { id: INSTALLATION_ID },
        sender: { login: "contributor" },
      },
      { id },
    );
    expect(reply.status).toBe(200);
    expect(keyed.deliveries.some((delivery) => delivery.id === id)).toBe(false);
    expect(since(fixture.proxy, mark)).toEqual([]);
    expect(await readStateText(fixture, KEY)).toBe(recorded);
    expect(keyedLog.entries()).toEqual([]);
  });

  it("control: the same merge with A's own signed marker is recorded, in one write", async () => {
    const mark = fixture.proxy.requests.length;
    const reply = await keyed.deliver("pull_request", mergedWith(legit, legitBody), { id: "control-merged" });
    expect(reply.status, reply.body).toBe(200);
    const requests = since(fixture.proxy, mark);
    expect(stateWrites(requests)).toHaveLength(1);
    const state = await readState(fixture, KEY);
    expect(state.submissions[String(number(legit))]).toMatchObject({
      status: "merged",
      lastDelivery: "control-merged",
    });
    expect(Object.keys(state.base).sort()).toEqual(["skill-forge-0", "skill-forge-1"]);
    expect(keyedLog.warnings()).toEqual([]);
  });
});
