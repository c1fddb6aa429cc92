// GitHub failing under the App: 5xx, rate limits (403 and 429 with retry-after), a stale SHA on the state file (409
// on the contents PUT), a 404 on the merge commit, a failed creation of the state branch. Faults are injected at the
// proxy. Retry and throttling are off in these tests (test/support/app-server.ts), so a fault reaches the App as it
// would once Octokit's own retries had given up. Each leaves the state document valid (it parses with the strict
// parser) and as it was, or right; and redelivering the same delivery afterwards repairs what was missed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Submission } from "../../src/core/state/state-document.js";
import { type AppServer, type CapturedLog, captureLog } from "../support/app-server.js";
import type { Json } from "../support/emulator.js";
import { type FaultAction, type FaultRule, faults } from "../support/fault-proxy.js";
import {
  at,
  branchOf,
  type Commit,
  collectionRepository,
  commitToBranch,
  elementFiles,
  elementsOf,
  landedPuts,
  openPullRequest,
  pullRequestPayload,
  readState,
  readStateText,
  SIGNING_KEY,
  type Source,
  seedState,
  setupApi,
  since,
  startTrackingFixture,
  stateDocument,
  stateKeyOf,
  stateWrites,
  submissionBody,
  syntheticPullRequest,
  type TrackingFixture,
  trackingWarnings,
  withSnapshot,
} from "./tracking-fixture.js";

const FILES = elementFiles("skill-fault", 2);
const ELEMENTS = elementsOf(FILES);
const OPEN_HEAD = "d".repeat(40);

let fixture: TrackingFixture;
let app: AppServer;
let log: CapturedLog;
let repository: Json;
/** A commit whose tree holds the elements: the merge commit of every merged PR here. */
let merge: Commit;
let sources = 0;

beforeAll(async () => {
  fixture = await startTrackingFixture();
  log = captureLog();
  app = await fixture.startApp({
    env: { NEXS_SIGNING_KEY: SIGNING_KEY, LOG_LEVEL: "warn", LOG_FORMAT: "json" },
    logSink: log.sink,
  });
  repository = await collectionRepository(fixture);
  merge = await commitToBranch(fixture, "setup/fault-merge", FILES);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

/** The contents URL of a state document, however Octokit encodes the path. */
function documentUrl(key: string): RegExp {
  const escaped = key
    .split("/")
    .map((part) => part.replace(/[.]/g, "\\."))
    .join("(?:/|%2F)");
  return new RegExp(`^/repos/nexs/collection/contents/${escaped}(\\?|$)`, "i");
}

interface Scenario {
  source: Source;
  key: string;
  number: number;
  /** The text recorded before the fault. */
  before: string;
}

/** A source of its own whose PR is recorded as pending (as the Action leaves it), one PR number per source. */
async function recorded(): Promise<Scenario> {
  const index = sources++;
  const source: Source = { owner: "fault", repo: `s${index}`, id: 9000 + index };
  const number = 500 + index;
  const submission: Submission = {
    number,
    status: "pending",
    elements: ELEMENTS,
    url: `https://github.com/nexs/collection/pull/${number}`,
    nodeId: `PR_synthetic_${number}`,
    head: OPEN_HEAD,
    createdAt: at(0),
    updatedAt: at(0),
  };
  await seedState(fixture, [stateDocument(source, [submission])]);
  const key = stateKeyOf(source);
  return { source, key, number, before: (await readStateText(fixture, key)) ?? "" };
}

/** The PR's merge, as GitHub delivers it. */
function merged(scenario: Scenario, mergeCommit = merge.sha) {
  const pr = syntheticPullRequest(repository, {
    number: scenario.number,
    headRef: branchOf(scenario.source),
    head: OPEN_HEAD,
    body: submissionBody(scenario.source, ELEMENTS),
  });
  return pullRequestPayload(
    repository,
    pr,
    "closed",
    withSnapshot({ updatedAt: at(10), state: "closed", merged: true, mergeCommit, head: OPEN_HEAD }),
  );
}

/** The document parses with the strict parser and says `merged`, with the merged blobs as the base. */
async function expectRepaired(scenario: Scenario, delivery: string): Promise<void> {
  const document = await readState(fixture, scenario.key);
  expect(document.submissions[String(scenario.number)]).toMatchObject({ status: "merged", lastDelivery: delivery });
  expect(document.base).toEqual(
    Object.fromEntries(ELEMENTS.map((e) => [e.id, { path: e.path, blob: e.blob, commit: merge.sha }])),
  );
  expect(document.history.map((h) => `${h.from}→${h.to}`)).toEqual(["null→pending", "pending→merged"]);
}

/** Still exactly what was recorded, and still valid. */
async function expectUnchanged(scenario: Scenario): Promise<void> {
  expect(await readStateText(fixture, scenario.key)).toBe(scenario.before);
  expect((await readState(fixture, scenario.key)).submissions[String(scenario.number)]?.status).toBe("pending");
}

/** The failure is logged with the delivery id (Probot's error line for a throwing handler). */
function expectLoggedFailure(delivery: string): void {
  expect(log.warnings().some((entry) => entry.id === delivery && entry.level >= 50)).toBe(true);
}

const rateLimited = (status: 403 | 429): FaultAction =>
  status === 403
    ? faults.secondaryRateLimit(1)
    : { kind: "respond", status: 429, body: { message: "Too Many Requests" }, headers: { "retry-after": "1" } };

const primaryRateLimit: FaultAction = {
  kind: "respond",
  status: 403,
  body: { message: "API rate limit exceeded for installation ID 777." },
  headers: { "x-ratelimit-remaining": "0", "x-ratelimit-limit": "5000", "x-ratelimit-reset": "1893456000" },
};

describe("a failing GitHub leaves the state valid, and a redelivery repairs it", () => {
  const cases: Array<[string, (scenario: Scenario) => FaultRule]> = [
    [
      "500 on reading the state document",
      (s) => ({ method: "GET", path: documentUrl(s.key), times: 1, action: faults.serverError(500) }),
    ],
    [
      "502 on writing the state document",
      (s) => ({ method: "PUT", path: documentUrl(s.key), times: 1, action: faults.serverError(502) }),
    ],
    [
      "503 on reading the merge commit",
      () => ({ method: "GET", path: /\/commits\/[0-9a-f]{40}/, times: 1, action: faults.serverError(503) }),
    ],
    [
      "500 on reading the merge commit's tree",
      () => ({ method: "GET", path: /\/git\/trees\//, times: 1, action: faults.serverError(500) }),
    ],
    [
      "a secondary rate limit (403, retry-after) on the write",
      (s) => ({ method: "PUT", path: documentUrl(s.key), times: 1, action: rateLimited(403) }),
    ],
    [
      "429 with retry-after on the read",
      (s) => ({ method: "GET", path: documentUrl(s.key), times: 1, action: rateLimited(429) }),
    ],
    [
      "the primary rate limit (403, remaining 0) on the merge commit",
      () => ({ method: "GET", path: /\/commits\/[0-9a-f]{40}/, times: 1, action: primaryRateLimit }),
    ],
    [
      "404 on the merge commit (not readable yet)",
      () => ({ method: "GET", path: /\/commits\/[0-9a-f]{40}/, times: 1, action: faults.notFound() }),
    ],
  ];

  it.each(cases)("%s", async (_name, fault) => {
    const scenario = await recorded();
    const delivery = `fault-${scenario.number}`;
    const rule = fixture.proxy.add(fault(scenario));
    try {
      const mark = fixture.proxy.requests.length;
      const failed = await app.deliver("pull_request", merged(scenario), { id: delivery });
      await app.idle();
      expect(rule.fired()).toBe(1);
      // Not accepted, so GitHub shows the delivery as failed (Probot answers with the GitHub error's own status).
      expect(failed.status, failed.body).toBeGreaterThanOrEqual(400);
      expect(landedPuts(since(fixture.proxy, mark))).toEqual([]);
      await expectUnchanged(scenario);
      expectLoggedFailure(delivery);

      const again = await app.deliver("pull_request", merged(scenario), { id: delivery });
      expect(again.status, again.body).toBe(200);
      await expectRepaired(scenario, delivery);
    } finally {
      fixture.clearFaults();
    }
  });

  it("a stale SHA on the state file (409 on the PUT, twice): re-read and re-applied in the same delivery", async () => {
    const scenario = await recorded();
    const delivery = `fault-${scenario.number}`;
    const rule = fixture.proxy.add({
      method: "PUT",
      path: documentUrl(scenario.key),
      times: 2,
      action: faults.staleSha(scenario.key),
    });
    try {
      const mark = fixture.proxy.requests.length;
      const reply = await app.deliver("pull_request", merged(scenario), { id: delivery });
      expect(reply.status, reply.body).toBe(200);
      expect(rule.fired()).toBe(2);
      const requests = since(fixture.proxy, mark);
      expect(stateWrites(requests).map((r) => r.status)).toEqual([409, 409, 200]);
      await expectRepaired(scenario, delivery);
    } finally {
      fixture.clearFaults();
    }
  });

  it("a stale SHA on every attempt: gives up after its attempts with the document intact; a redelivery repairs", async () => {
    const scenario = await recorded();
    const delivery = `fault-${scenario.number}`;
    const rule = fixture.proxy.add({
      method: "PUT",
      path: documentUrl(scenario.key),
      action: faults.staleSha(scenario.key),
    });
    try {
      const failed = await app.deliver("pull_request", merged(scenario), { id: delivery });
      // The ten attempts back off for up to about 9 s in all: past 9 s Probot answers 202 and the handler goes on.
      await app.idle(60_000);
      // Not accepted (the GitHub error's own status), or 202 if the back-off outlasted Probot's 9 s.
      expect(failed.status === 202 || failed.status >= 400, failed.body).toBe(true);
      expect(rule.fired()).toBe(10);
      await expectUnchanged(scenario);
      expectLoggedFailure(delivery);
    } finally {
      fixture.clearFaults();
    }
    const again = await app.deliver("pull_request", merged(scenario), { id: delivery });
    expect(again.status, again.body).toBe(200);
    await expectRepaired(scenario, delivery);
  }, 60_000);

  it("a failed write carries every change of its batch: each failed delivery, redelivered, is repaired", async () => {
    const first = await recorded();
    // A second PR of the same source, recorded beside the first: its changes share the first's writer and batch.
    const number = first.number + 1000;
    const document = await readState(fixture, first.key);
    const second: Submission = { ...(document.submissions[String(first.number)] ?? failNoSubmission()), number };
    second.url = `https://github.com/nexs/collection/pull/${number}`;
    second.nodeId = `PR_synthetic_${number}`;
    await seedState(fixture, [stateDocument(first.source, [...Object.values(document.submissions), second])]);
    const before = (await readStateText(fixture, first.key)) ?? "";
    const scenarios = [
      { ...first, before },
      { ...first, number, before },
    ];
    fixture.proxy.add({ method: "PUT", path: documentUrl(first.key), times: 1, action: faults.serverError(500) });
    try {
      const replies = await Promise.all(
        scenarios.map((s) => app.deliver("pull_request", merged(s), { id: `batch-${s.number}` })),
      );
      await app.idle();
      expect(replies.some((r) => r.status >= 400)).toBe(true);
      const text = await readStateText(fixture, first.key);
      // Whatever landed parsed, and nothing a failed delivery carried is in it.
      const current = await readState(fixture, first.key);
      for (const [i, s] of scenarios.entries()) {
        if ((replies[i]?.status ?? 500) >= 400) expect(current.submissions[String(s.number)]?.status).toBe("pending");
      }
      expect(text).toBeDefined();
    } finally {
      fixture.clearFaults();
    }
    for (const s of scenarios) {
      const again = await app.deliver("pull_request", merged(s), { id: `batch-${s.number}` });
      expect(again.status, again.body).toBe(200);
    }
    const repaired = await readState(fixture, first.key);
    for (const s of scenarios) {
      expect(repaired.submissions[String(s.number)]).toMatchObject({
        status: "merged",
        lastDelivery: `batch-${s.number}`,
      });
    }
    expect(repaired.stats).toMatchObject({ total: 2, merged: 2 });
  });

  it("500 on creating the state branch (a fresh collection): no branch, and a redelivery creates it", async () => {
    const freshLog = captureLog();
    const fresh = await fixture.startApp({
      env: {
        NEXS_SIGNING_KEY: SIGNING_KEY,
        NEXS_STATE_BRANCH: "nexs-state-fresh",
        LOG_LEVEL: "warn",
        LOG_FORMAT: "json",
      },
      logSink: freshLog.sink,
    });
    const source: Source = { owner: "fault", repo: "fresh", id: 9999 };
    await setupApi(fixture, "POST", "/repos/nexs/collection/git/refs", {
      ref: `refs/heads/${branchOf(source)}`,
      sha: merge.sha,
    });
    const pr = await openPullRequest(fixture, branchOf(source), submissionBody(source, ELEMENTS));
    const payload = pullRequestPayload(repository, pr, "edited", withSnapshot({ updatedAt: at(1), head: merge.sha }));
    const rule = fixture.proxy.add({ method: "POST", path: /\/git\/refs$/, times: 1, action: faults.serverError(500) });
    try {
      const failed = await fresh.deliver("pull_request", payload, { id: "fresh-1" });
      await fresh.idle();
      expect(rule.fired()).toBe(1);
      expect(failed.status).toBeGreaterThanOrEqual(400);
      expect(await readStateText(fixture, stateKeyOf(source), "nexs-state-fresh")).toBeUndefined();
    } finally {
      fixture.clearFaults();
    }
    const again = await fresh.deliver("pull_request", payload, { id: "fresh-1" });
    expect(again.status, again.body).toBe(200);
    const document = await readState(fixture, stateKeyOf(source), "nexs-state-fresh");
    expect(document.submissions[String(Object.keys(document.submissions)[0])]).toMatchObject({
      status: "pending",
      elements: ELEMENTS,
      lastDelivery: "fresh-1",
    });
    expect(trackingWarnings(freshLog).filter((entry) => entry.level < 50)).toEqual([]);
  });
});

function failNoSubmission(): never {
  throw new Error("no recorded submission");
}
