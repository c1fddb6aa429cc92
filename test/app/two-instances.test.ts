// Two App instances against one collection at once end where one instance ends. The same recorded events (six
// sources, one PR each, four events per PR: opened, to draft, ready, then merged or closed) are delivered once to a
// single App, and, against a second state branch, to two Apps (two Probot middlewares, each with its own coalescing
// writer and installation token) with every event sent to both at the same moment, as a redelivery racing the
// original would. The state branch does not exist at first, so the instances also race to create it. Each PR's events
// go in time order (PRs of different sources run side by side), so both runs see the same transitions: the
// documents must come out byte for byte equal, and the two instances must land no more writes than one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, type CapturedLog, captureLog } from "../support/app-server.js";
import type { Json } from "../support/emulator.js";
import {
  at,
  branchOf,
  type Commit,
  collectionRepository,
  commitToBranch,
  deliverHandled,
  elementFiles,
  elementsOf,
  landedPuts,
  mapLimited,
  openPullRequest,
  otherWrites,
  pullRequestPayload,
  readState,
  readStateText,
  SIGNING_KEY,
  type SnapshotFields,
  type Source,
  setupApi,
  since,
  startTrackingFixture,
  stateKeyOf,
  stateWrites,
  submissionBody,
  type TrackingFixture,
  trackingWarnings,
  withSnapshot,
} from "./tracking-fixture.js";

const SOURCES: Source[] = Array.from({ length: 6 }, (_, i) => ({ owner: "dual", repo: `s${i}`, id: 8000 + i }));
const ONE = "nexs-state-one";
const TWO = "nexs-state-two";
const FILES = elementFiles("skill-dual", 3);
const ELEMENTS = elementsOf(FILES);

let fixture: TrackingFixture;
let single: AppServer;
let first: AppServer;
let second: AppServer;
const logs: CapturedLog[] = [];
let repository: Json;
let head: Commit;
const pulls = new Map<Source, Json>();

async function app(branch: string): Promise<AppServer> {
  const log = captureLog();
  logs.push(log);
  return fixture.startApp({
    env: { NEXS_SIGNING_KEY: SIGNING_KEY, NEXS_STATE_BRANCH: branch, LOG_LEVEL: "warn", LOG_FORMAT: "json" },
    logSink: log.sink,
  });
}

beforeAll(async () => {
  fixture = await startTrackingFixture();
  single = await app(ONE);
  first = await app(TWO);
  second = await app(TWO);
  repository = await collectionRepository(fixture);
  head = await commitToBranch(fixture, "setup/dual", FILES);
  for (const source of SOURCES) {
    await setupApi(fixture, "POST", "/repos/nexs/collection/git/refs", {
      ref: `refs/heads/${branchOf(source)}`,
      sha: head.sha,
    });
    pulls.set(source, await openPullRequest(fixture, branchOf(source), submissionBody(source, ELEMENTS)));
  }
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

/** The four events of source i's PR; even sources are merged, odd ones closed unmerged. */
function events(index: number): Array<{ id: string; action: string; fields: SnapshotFields }> {
  const merged = index % 2 === 0;
  return [
    { id: `s${index}-opened`, action: "opened", fields: { updatedAt: at(1), head: head.sha } },
    { id: `s${index}-draft`, action: "converted_to_draft", fields: { updatedAt: at(2), draft: true, head: head.sha } },
    { id: `s${index}-ready`, action: "ready_for_review", fields: { updatedAt: at(3), head: head.sha } },
    {
      id: `s${index}-closed`,
      action: "closed",
      fields: merged
        ? { updatedAt: at(4), state: "closed", merged: true, mergeCommit: head.sha, head: head.sha }
        : { updatedAt: at(4), state: "closed", head: head.sha },
    },
  ];
}

/** Every source's events, in order per source, sources side by side; each event to every app in `apps` at once. */
async function run(apps: AppServer[]): Promise<void> {
  await mapLimited(SOURCES, SOURCES.length, async (source, index) => {
    const pr = pulls.get(source);
    if (!pr) throw new Error("no PR");
    for (const event of events(index)) {
      const payload = pullRequestPayload(
        repository,
        pr,
        event.action,
        withSnapshot({ ...event.fields, createdAt: at(0) }),
      );
      const replies = await Promise.all(
        apps.map((one) => deliverHandled(one, "pull_request", payload, { id: event.id })),
      );
      for (const reply of replies) expect(reply.accepted, `${event.id}: ${reply.status} ${reply.body}`).toBe(true);
    }
  });
  await Promise.all(apps.map((one) => one.idle()));
}

/** Requests that write to `branch`'s documents, or create `branch`. */
function onBranch(requests: ReturnType<typeof since>, branch: string) {
  return stateWrites(requests).filter((r) => r.body.includes(`"${branch}"`) || r.body.includes(`refs/heads/${branch}`));
}

describe("two App instances against one collection", () => {
  it("end in the same state as one, with no more writes", async () => {
    const mark = fixture.proxy.requests.length;
    await run([single]);
    const afterOne = fixture.proxy.requests.length;
    await run([first, second]);
    const oneRequests = fixture.proxy.requests.slice(mark, afterOne);
    const twoRequests = since(fixture.proxy, afterOne);

    for (const [index, source] of SOURCES.entries()) {
      const key = stateKeyOf(source);
      const alone = await readStateText(fixture, key, ONE);
      const together = await readStateText(fixture, key, TWO);
      expect(together, key).toBe(alone);
      const document = await readState(fixture, key, TWO);
      const number = String(Object.keys(document.submissions)[0]);
      expect(document.submissions[number]).toMatchObject({
        status: index % 2 === 0 ? "merged" : "rejected",
        lastDelivery: `s${index}-closed`,
      });
      expect(document.history.map((h) => `${h.from}→${h.to}`)).toEqual([
        "null→pending",
        "pending→draft",
        "draft→pending",
        `pending→${index % 2 === 0 ? "merged" : "rejected"}`,
      ]);
      expect(Object.keys(document.base)).toHaveLength(index % 2 === 0 ? ELEMENTS.length : 0);
    }

    // Each transition lands once either way: the instance that loses a race re-reads and finds nothing to write.
    const landed = (requests: typeof oneRequests, branch: string) =>
      landedPuts(requests).length +
      onBranch(requests, branch).filter((r) => r.route === "POST /repos/:owner/:repo/git/refs" && r.status === 201)
        .length;
    expect(landed(oneRequests, ONE)).toBe(SOURCES.length * 4);
    expect(landed(twoRequests, TWO)).toBe(landed(oneRequests, ONE));
    expect(otherWrites([...oneRequests, ...twoRequests])).toEqual([]);
    for (const log of logs) expect(trackingWarnings(log)).toEqual([]);
  }, 120_000);
});
