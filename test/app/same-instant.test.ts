// Two events of one PR in the same second carry the same `updated_at`, so the payloads alone cannot say which
// came last. Through Probot's real middleware, against the emulator behind the fault proxy: the PR is really
// closed and reopened (or made ready and converted back to draft) in the emulator, both signed deliveries carry
// the emulator's final `updated_at`, and in either order the App records what the emulator shows, having read the
// PR once more (one `pulls.get`) for the delivery it could not order. When that read fails the delivery fails
// and the record is left alone; the redelivery settles it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubmissionStatus } from "../../src/core/state/status.js";
import { integer, text } from "../support/app-emulator.js";
import { type AppServer, type CapturedLog, captureLog } from "../support/app-server.js";
import type { Json } from "../support/emulator.js";
import { faults, type SeenRequest } from "../support/fault-proxy.js";
import {
  branchOf,
  type Commit,
  collectionRepository,
  commitToBranch,
  deliverHandled,
  elementFiles,
  elementsOf,
  openPullRequest,
  pullRequestPayload,
  readState,
  SIGNING_KEY,
  type Source,
  seedState,
  setupApi,
  since,
  startTrackingFixture,
  stateDocument,
  stateKeyOf,
  submissionBody,
  type TrackingFixture,
  trackingWarnings,
  withSnapshot,
} from "./tracking-fixture.js";

let fixture: TrackingFixture;
let app: AppServer;
let log: CapturedLog;
let repository: Json;
let head: Commit;
const FILES = elementFiles("skill-tie", 1);
const ELEMENTS = elementsOf(FILES);

beforeAll(async () => {
  fixture = await startTrackingFixture();
  log = captureLog();
  app = await fixture.startApp({
    env: { NEXS_SIGNING_KEY: SIGNING_KEY, LOG_LEVEL: "warn", LOG_FORMAT: "json" },
    logSink: log.sink,
  });
  repository = await collectionRepository(fixture);
  head = await commitToBranch(fixture, "setup/tie", FILES);
  await seedState(fixture, [stateDocument({ owner: "other", repo: "source", id: 1 }, [])]);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

let sources = 0;
/** A source of its own with one PR open from its branch (as a draft when asked), unknown to the state. */
async function submission(draft = false): Promise<{ source: Source; number: number }> {
  sources++;
  const source: Source = { owner: "tie", repo: `s${sources}`, id: 7100 + sources };
  await setupApi(fixture, "POST", "/repos/nexs/collection/git/refs", {
    ref: `refs/heads/${branchOf(source)}`,
    sha: head.sha,
  });
  const pr = await openPullRequest(fixture, branchOf(source), submissionBody(source, ELEMENTS), { draft });
  return { source, number: integer(pr, "number") };
}

/** Changes the PR in the emulator, one PATCH per step, and returns it as the emulator holds it afterwards. */
async function change(number: number, steps: ReadonlyArray<Record<string, unknown>>): Promise<Json> {
  for (const step of steps) await setupApi(fixture, "PATCH", `/repos/nexs/collection/pulls/${number}`, step);
  return setupApi(fixture, "GET", `/repos/nexs/collection/pulls/${number}`);
}

interface Event {
  action: string;
  state: "open" | "closed";
  draft: boolean;
}

/** Delivers the events in order, each carrying `updatedAt`, and returns the App's requests for them. */
async function deliverAll(pr: Json, events: readonly Event[], updatedAt: string): Promise<SeenRequest[]> {
  const mark = fixture.proxy.requests.length;
  for (const [index, event] of events.entries()) {
    const payload = pullRequestPayload(
      repository,
      pr,
      event.action,
      withSnapshot({ updatedAt, state: event.state, draft: event.draft, head: head.sha }),
    );
    const reply = await deliverHandled(app, "pull_request", payload, { id: `tie-${integer(pr, "number")}-${index}` });
    expect(reply.accepted, reply.body).toBe(true);
  }
  await app.idle();
  return since(fixture.proxy, mark);
}

/** The App's reads of this one pull request (not its files): the re-reads that settle a tie. */
function pullReads(requests: readonly SeenRequest[], number: number): SeenRequest[] {
  return requests.filter((r) => r.method === "GET" && r.path === `/repos/nexs/collection/pulls/${number}`);
}

async function statusOf(source: Source, number: number): Promise<SubmissionStatus | undefined> {
  return (await readState(fixture, stateKeyOf(source))).submissions[String(number)]?.status;
}

const CLOSED: Event = { action: "closed", state: "closed", draft: false };
const REOPENED: Event = { action: "reopened", state: "open", draft: false };
const READY: Event = { action: "ready_for_review", state: "open", draft: false };
const TO_DRAFT: Event = { action: "converted_to_draft", state: "open", draft: true };

describe("two events of one pull request with the same updated_at", () => {
  it.each([
    ["closed, then reopened", [CLOSED, REOPENED]],
    ["reopened, then closed (delivered out of order)", [REOPENED, CLOSED]],
  ])("%s in one second: pending, as the open PR is, after one re-read", async (_name, events) => {
    const { source, number } = await submission();
    const pr = await change(number, [{ state: "closed" }, { state: "open" }]);
    expect(text(pr, "state")).toBe("open");
    const requests = await deliverAll(pr, events, text(pr, "updated_at"));
    expect(await statusOf(source, number)).toBe("pending");
    expect(pullReads(requests, number)).toHaveLength(1);
    const state = await readState(fixture, stateKeyOf(source));
    expect(state.submissions[String(number)]?.updatedAt).toBe(text(pr, "updated_at"));
    expect(state.stats).toMatchObject({ pending: 1, rejected: 0 });
  });

  it.each([
    ["ready_for_review, then converted_to_draft", [READY, TO_DRAFT]],
    ["converted_to_draft, then ready_for_review (delivered out of order)", [TO_DRAFT, READY]],
  ])("%s in one second: draft, as the PR is, after one re-read", async (_name, events) => {
    const { source, number } = await submission(true);
    const pr = await change(number, [{ draft: false }, { draft: true }]);
    expect(pr).toMatchObject({ state: "open", draft: true });
    const requests = await deliverAll(pr, events, text(pr, "updated_at"));
    expect(await statusOf(source, number)).toBe("draft");
    expect(pullReads(requests, number)).toHaveLength(1);
  });

  it("the same event twice at one instant is no tie: nothing is re-read", async () => {
    const { source, number } = await submission();
    const pr = await change(number, [{ state: "closed" }, { state: "open" }]);
    const requests = await deliverAll(pr, [REOPENED, REOPENED], text(pr, "updated_at"));
    expect(await statusOf(source, number)).toBe("pending");
    expect(pullReads(requests, number)).toEqual([]);
    expect(trackingWarnings(log)).toEqual([]);
  });

  it("a re-read that fails fails the delivery and leaves the record; the redelivery settles it", async () => {
    const { source, number } = await submission();
    const pr = await change(number, [{ state: "closed" }, { state: "open" }]);
    const updatedAt = text(pr, "updated_at");
    await deliverAll(pr, [CLOSED], updatedAt);
    expect(await statusOf(source, number)).toBe("rejected");
    const reopened = pullRequestPayload(
      repository,
      pr,
      "reopened",
      withSnapshot({ updatedAt, state: "open", head: head.sha }),
    );
    // A 404 is not retried, so the failure is immediate; GitHub's answer is what the delivery reports.
    const rule = fixture.proxy.add({
      method: "GET",
      path: new RegExp(`^/repos/nexs/collection/pulls/${number}$`),
      times: 1,
      action: faults.notFound(),
    });
    try {
      const failed = await app.deliver("pull_request", reopened, { id: "tie-reread-fails" });
      await app.idle();
      expect(rule.fired()).toBe(1);
      expect(failed.status, failed.body).toBeGreaterThanOrEqual(400);
      expect(await statusOf(source, number)).toBe("rejected");
      // Probot's error line for the throwing handler, with the delivery id and what could not be read.
      expect(
        log
          .warnings()
          .some(
            (entry) =>
              entry.id === "tie-reread-fails" && entry.level >= 50 && /read pull request .*#\d+/.test(entry.msg),
          ),
      ).toBe(true);
    } finally {
      fixture.clearFaults();
    }
    const again = await app.deliver("pull_request", reopened, { id: "tie-reread-fails" });
    expect(again.status, again.body).toBe(200);
    expect(await statusOf(source, number)).toBe("pending");
  });
});
