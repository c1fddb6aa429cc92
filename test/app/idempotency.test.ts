// Idempotency and order independence through Probot's real middleware, against the emulator behind the fault
// proxy: the same delivery ten times (one after another, and all at once) makes one transition and one state write;
// and every sampled permutation of a recorded sequence of six events for one PR, each against a fresh state
// document, ends in the same document (bar the history, which records the transitions each order went through).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateDocument } from "../../src/core/state/state-document.js";
import { integer } from "../support/app-emulator.js";
import { type AppServer, type CapturedLog, captureLog } from "../support/app-server.js";
import type { Json } from "../support/emulator.js";
import { seededRandom } from "../support/seeded-random.js";
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
  pullRequestPayload,
  readState,
  SIGNING_KEY,
  type SnapshotFields,
  type Source,
  seedState,
  setupApi,
  since,
  startTrackingFixture,
  stateDocument,
  stateKeyOf,
  stateWrites,
  submissionBody,
  type TrackingFixture,
  trackingWarnings,
  withSnapshot,
} from "./tracking-fixture.js";

let fixture: TrackingFixture;
let app: AppServer;
let log: CapturedLog;
let repository: Json;
/** main plus the elements (the PR's first head), and that plus a non-element file (its head after a push). */
let first: Commit;
let pushed: Commit;
const FILES = elementFiles("skill-perm", 2);
const ELEMENTS = elementsOf(FILES);

beforeAll(async () => {
  fixture = await startTrackingFixture();
  log = captureLog();
  app = await fixture.startApp({
    env: { NEXS_SIGNING_KEY: SIGNING_KEY, LOG_LEVEL: "warn", LOG_FORMAT: "json" },
    logSink: log.sink,
  });
  repository = await collectionRepository(fixture);
  first = await commitToBranch(fixture, "setup/first", FILES);
  pushed = await commitToBranch(fixture, "setup/pushed", { "notes/review.md": "reviewed\n" }, { from: first.sha });
  // The state branch exists (another source's document), so a first record is one contents PUT.
  await seedState(fixture, [stateDocument({ owner: "other", repo: "source", id: 1 }, [])]);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

/** A source of its own with its submission branch at `head` and one PR open from it, unknown to the state. */
async function submission(source: Source, head: Commit): Promise<Json> {
  await setupApi(fixture, "POST", "/repos/nexs/collection/git/refs", {
    ref: `refs/heads/${branchOf(source)}`,
    sha: head.sha,
  });
  return openPullRequest(fixture, branchOf(source), submissionBody(source, ELEMENTS));
}

describe("the same delivery ten times", () => {
  it("one after another: one transition, one state write, the other nine read and write nothing", async () => {
    const source: Source = { owner: "idem", repo: "serial", id: 901 };
    const pr = await submission(source, first);
    const payload = pullRequestPayload(repository, pr, "opened", withSnapshot({ updatedAt: at(1), head: first.sha }));
    const mark = fixture.proxy.requests.length;
    for (let i = 0; i < 10; i++) {
      const reply = await app.deliver("pull_request", payload, { id: "same-delivery" });
      expect(reply.status, reply.body).toBe(200);
    }
    const requests = since(fixture.proxy, mark);
    expect(stateWrites(requests)).toHaveLength(1);
    expect(landedPuts(requests)).toHaveLength(1);
    const state = await readState(fixture, stateKeyOf(source));
    expect(state.history).toEqual([
      { at: at(1), number: integer(pr, "number"), from: null, to: "pending", delivery: "same-delivery" },
    ]);
    expect(state.submissions[String(integer(pr, "number"))]).toMatchObject({
      status: "pending",
      elements: ELEMENTS,
      lastDelivery: "same-delivery",
    });
    expect(trackingWarnings(log)).toEqual([]);
  });

  it("all ten at once: one transition, one state write", async () => {
    const source: Source = { owner: "idem", repo: "burst", id: 902 };
    const pr = await submission(source, first);
    const payload = pullRequestPayload(repository, pr, "opened", withSnapshot({ updatedAt: at(1), head: first.sha }));
    const mark = fixture.proxy.requests.length;
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => app.deliver("pull_request", payload, { id: "same-at-once" })),
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array.from({ length: 10 }, () => 200));
    await app.idle();
    expect(stateWrites(since(fixture.proxy, mark))).toHaveLength(1);
    const state = await readState(fixture, stateKeyOf(source));
    expect(state.history).toHaveLength(1);
    expect(state.history[0]).toMatchObject({ from: null, to: "pending", delivery: "same-at-once" });
    expect(trackingWarnings(log)).toEqual([]);
  });
});

// ---- permutations ----

interface RecordedEvent {
  id: string;
  action: string;
  fields: () => SnapshotFields;
}

/** One PR's life: opened as a draft, ready, back to draft, ready again, a push, merged; one second apart. */
const EVENTS: RecordedEvent[] = [
  { id: "e1", action: "opened", fields: () => ({ updatedAt: at(1), draft: true, head: first.sha }) },
  { id: "e2", action: "ready_for_review", fields: () => ({ updatedAt: at(2), head: first.sha }) },
  { id: "e3", action: "converted_to_draft", fields: () => ({ updatedAt: at(3), draft: true, head: first.sha }) },
  { id: "e4", action: "ready_for_review", fields: () => ({ updatedAt: at(4), head: first.sha }) },
  { id: "e5", action: "synchronize", fields: () => ({ updatedAt: at(5), head: pushed.sha }) },
  {
    id: "e6",
    action: "closed",
    // The pushed head's tree is what a fast-forward merge leaves: the merge commit the base is read from.
    fields: () => ({ updatedAt: at(6), state: "closed", merged: true, mergeCommit: pushed.sha, head: pushed.sha }),
  },
];

/** A seeded sample of distinct orders, plus the recorded order and its reverse. */
function sampleOrders(count: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const identity = EVENTS.map((_, i) => i);
  const orders = new Map<string, number[]>([
    [identity.join(), identity],
    [[...identity].reverse().join(), [...identity].reverse()],
  ]);
  while (orders.size < count + 2) {
    const order = [...identity];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const a = order[i];
      const b = order[j];
      if (a === undefined || b === undefined) throw new Error("index out of range");
      order[i] = b;
      order[j] = a;
    }
    orders.set(order.join(), order);
  }
  return [...orders.values()];
}

/** What must not depend on the order: everything but the source's and PR's own names, and the history. */
function converged(document: StateDocument) {
  const submissions = Object.values(document.submissions).map(({ number: _n, url: _u, nodeId: _id, ...rest }) => rest);
  return { schema: document.schema, base: document.base, submissions, stats: document.stats };
}

describe("every permutation of six recorded events for one PR", () => {
  const orders = sampleOrders(60, 20260301);
  /**
   * Orders run ten at a time, each ten against an App of its own with a state branch of its own. The App's check
   * run (on opened, ready_for_review and synchronize) reads every document on the state branch, and emulate allows
   * an installation token 5,000 requests an hour: one branch holding all 62 documents, read through one token,
   * would run out.
   */
  const CHUNK = 10;

  it(`${orders.length} orders (seeded sample, the recorded order and its reverse) end in the same state`, async () => {
    const finals: Array<{ order: number[]; document: StateDocument }> = [];
    for (let start = 0; start < orders.length; start += CHUNK) {
      const branch = `nexs-state-perm-${start / CHUNK}`;
      const chunkLog = captureLog();
      const chunkApp = await fixture.startApp({
        env: { NEXS_SIGNING_KEY: SIGNING_KEY, NEXS_STATE_BRANCH: branch, LOG_LEVEL: "warn", LOG_FORMAT: "json" },
        logSink: chunkLog.sink,
      });
      const chunk = orders.slice(start, start + CHUNK);
      const results = await mapLimited(chunk, CHUNK, async (order, offset) => {
        const index = start + offset;
        const source: Source = { owner: "perm", repo: `p${index}`, id: 5000 + index };
        const pr = await submission(source, pushed);
        for (const position of order) {
          const event = EVENTS[position];
          if (!event) throw new Error("no event");
          const payload = pullRequestPayload(
            repository,
            pr,
            event.action,
            withSnapshot({ ...event.fields(), createdAt: at(0) }),
          );
          const reply = await deliverHandled(chunkApp, "pull_request", payload, { id: event.id });
          expect(reply.accepted, `${order.join()}: ${event.id}: ${reply.status} ${reply.body}`).toBe(true);
        }
        return { order, document: await readState(fixture, stateKeyOf(source), branch) };
      });
      finals.push(...results);
      expect(trackingWarnings(chunkLog)).toEqual([]);
    }

    const expected = {
      schema: 1,
      base: Object.fromEntries(ELEMENTS.map((e) => [e.id, { path: e.path, blob: e.blob, commit: pushed.sha }])),
      submissions: [
        {
          status: "merged",
          elements: ELEMENTS,
          head: pushed.sha,
          createdAt: at(0),
          updatedAt: at(6),
          lastDelivery: "e6",
        },
      ],
      stats: { total: 1, pending: 0, draft: 0, merged: 1, rejected: 0 },
    };
    for (const { order, document } of finals) {
      expect(converged(document), order.join()).toEqual(expected);
      // History is what this order saw: a chain of real moves, in time order, ending merged by e6.
      const history = document.history;
      expect(history.at(-1), order.join()).toMatchObject({ at: at(6), to: "merged", delivery: "e6" });
      history.forEach((entry, i) => {
        expect(entry.from, order.join()).toBe(i === 0 ? null : (history[i - 1]?.to ?? "missing"));
        if (i > 0) expect(entry.at > (history[i - 1]?.at ?? ""), order.join()).toBe(true);
      });
    }
    const byOrder = new Map(finals.map(({ order, document }) => [order.join(), document.history]));
    expect(byOrder.get("0,1,2,3,4,5")?.map((h) => `${h.from}→${h.to}`)).toEqual([
      "null→draft",
      "draft→pending",
      "pending→draft",
      "draft→pending",
      "pending→merged",
    ]);
    expect(byOrder.get("5,4,3,2,1,0")?.map((h) => `${h.from}→${h.to}`)).toEqual(["null→merged"]);
  }, 240_000);
});
