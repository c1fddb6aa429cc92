// Every pull_request example of @octokit/webhooks-examples, delivered signed to the App running against the
// emulator behind the fault proxy, as GitHub wrote it and once more retargeted at the collection (its repository,
// the App's installation, the head on a source's submission branch, merged where it is closed). None carries a
// marker, so none is a submission: each is answered 2xx, tracking neither reads nor writes the state branch (counted
// at the proxy) nor logs a warning, and a recorded submission of the same number stays exactly as it was. (The App's
// check run may still look at a PR on some actions, and fail to for these made-up ones; that is not tracking.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSTALLATION_ID } from "../support/app-emulator.js";
import { type AppServer, type CapturedLog, captureLog } from "../support/app-server.js";
import type { Json } from "../support/emulator.js";
import {
  asObject,
  at,
  collectionRepository,
  otherWrites,
  readStateText,
  SIGNING_KEY,
  type Source,
  seedState,
  since,
  startTrackingFixture,
  stateDocument,
  stateKeyOf,
  stateRequests,
  stateWrites,
  submissionBody,
  type TrackingFixture,
  trackingWarnings,
} from "./tracking-fixture.js";
import { examplesOf, isRecord } from "./webhook-examples.js";

const SOURCE: Source = { owner: "publisher", repo: "source", id: 4242 };
const ELEMENTS = [{ id: "skill-a", path: "elements/skill/skill-a.yaml", blob: "1".repeat(40) }];
const KEY = stateKeyOf(SOURCE);
const examples = examplesOf("pull_request");

let fixture: TrackingFixture;
let app: AppServer;
let log: CapturedLog;
let repository: Json;
let recorded: string | undefined;

beforeAll(async () => {
  fixture = await startTrackingFixture();
  log = captureLog();
  app = await fixture.startApp({
    env: { NEXS_SIGNING_KEY: SIGNING_KEY, LOG_LEVEL: "warn", LOG_FORMAT: "json" },
    logSink: log.sink,
  });
  repository = await collectionRepository(fixture);
  // A pending submission numbered like every example (#2): any example the App took for it would move it.
  await seedState(fixture, [
    stateDocument(SOURCE, [
      {
        number: 2,
        status: "pending",
        elements: ELEMENTS,
        url: "https://github.com/nexs/collection/pull/2",
        nodeId: "PR_2",
        head: "2".repeat(40),
        createdAt: at(0),
        updatedAt: at(0),
      },
    ]),
  ]);
  recorded = await readStateText(fixture, KEY);
  expect(recorded).toBeDefined();
});

afterAll(async () => {
  await fixture?.close();
});

/** The example as if it came from the collection: its repository, the App's installation, a submission branch. */
function retargeted(payload: Record<string, unknown>): Record<string, unknown> {
  const pr = payload["pull_request"];
  if (!isRecord(pr) || !isRecord(pr["head"])) throw new Error("example without pull_request.head");
  const closed = pr["state"] === "closed";
  return {
    ...payload,
    repository,
    installation: { id: INSTALLATION_ID },
    pull_request: {
      ...pr,
      // Later than the record, so an App that acted on it would have to write.
      updated_at: at(1000),
      head: { ...pr["head"], ref: "nexs/publisher/source", repo: repository },
      ...(closed && { merged: true, merge_commit_sha: "3".repeat(40) }),
    },
  };
}

describe("@octokit/webhooks-examples against the emulator: no marker, no change", () => {
  it("has the 29 pull_request examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(29);
    expect(asObject(repository, "repository")["full_name"]).toBe("nexs/collection");
  });

  it.each(examples.map((example, index) => [index, example.action, example] as const))(
    "pull_request #%i (%s), as written and retargeted at the collection: 2xx, the state branch untouched",
    async (index, _action, example) => {
      const mark = fixture.proxy.requests.length;
      for (const [form, payload] of [
        ["as-written", example.payload],
        ["retargeted", retargeted(example.payload)],
      ] as const) {
        const reply = await app.deliver(example.event, payload, { id: `example-${index}-${form}` });
        expect(reply.status, reply.body).toBeGreaterThanOrEqual(200);
        expect(reply.status, reply.body).toBeLessThan(300);
      }
      await app.idle();
      const requests = since(fixture.proxy, mark);
      expect(stateRequests(requests).map((r) => `${r.method} ${r.url}`)).toEqual([]);
      expect(stateWrites(requests)).toEqual([]);
      expect(otherWrites(requests)).toEqual([]);
      expect(await readStateText(fixture, KEY)).toBe(recorded);
      expect(trackingWarnings(log)).toEqual([]);
    },
  );

  it("control: the opened example, retargeted, with the submission's signed marker appended, is tracked", async () => {
    const opened = examples.find((example) => example.action === "opened");
    if (!opened) throw new Error("no opened example");
    const payload = retargeted(opened.payload);
    const pr = payload["pull_request"];
    if (!isRecord(pr)) throw new Error("no pull_request");
    const mark = fixture.proxy.requests.length;
    const reply = await app.deliver(
      "pull_request",
      { ...payload, pull_request: { ...pr, body: submissionBody(SOURCE, ELEMENTS) } },
      { id: "example-control" },
    );
    expect(reply.status, reply.body).toBe(200);
    expect(stateWrites(since(fixture.proxy, mark))).toHaveLength(1);
    expect(await readStateText(fixture, KEY)).not.toBe(recorded);
    expect(trackingWarnings(log)).toEqual([]);
  });
});
