// GitHub failing the App's check run (the checks API answering 500, or 403 for a missing permission): the pull
// request gets no check run, so the delivery fails (5xx, which GitHub's delivery log shows as failed and offers
// to redeliver) with one log line carrying the delivery id, whose hint is the App's (redeliver the webhook), not
// the Action's (re-run the job). Tracking, which runs beside the check, is not cut short; redelivering the same
// delivery once GitHub works again puts the check run on the pull request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer, CapturedLog } from "../support/app-server.js";
import { captureLog } from "../support/app-server.js";
import type { Json } from "../support/emulator.js";
import { type FaultAction, faults } from "../support/fault-proxy.js";
import {
  collectionRepository,
  commitToBranch,
  elementFiles,
  openPullRequest,
  pullRequestPayload,
  startTrackingFixture,
  type TrackingFixture,
} from "./tracking-fixture.js";

let fixture: TrackingFixture;
let app: AppServer;
let log: CapturedLog;
let repository: Json;
let branches = 0;

beforeAll(async () => {
  fixture = await startTrackingFixture();
  log = captureLog();
  app = await fixture.startApp({ env: { LOG_LEVEL: "info", LOG_FORMAT: "json" }, logSink: log.sink });
  repository = await collectionRepository(fixture);
});
afterAll(() => fixture.close());

/** A fresh pull request with one element file, and its opened payload. */
async function pullRequest(): Promise<Json> {
  const branch = `feature/check-fault-${++branches}`;
  await commitToBranch(fixture, branch, elementFiles(`check-fault-${branches}`, 1));
  const pr = await openPullRequest(fixture, branch, "A change to the collection.");
  return pullRequestPayload(repository, pr, "opened");
}

/** Check runs GitHub created (the faulted requests are answered by the proxy, not the emulator). */
const created = () =>
  fixture.proxy.requests.filter((r) => r.route.endsWith("/check-runs") && r.method === "POST" && !r.faulted);

describe("the check run cannot be written", () => {
  it.each<[string, FaultAction, RegExp]>([
    [
      "a server error",
      faults.serverError(500),
      /GitHub had a server error .*: redeliver the webhook from the App's advanced settings/,
    ],
    ["a missing permission", faults.notAccessible(), /checks: write/],
  ])("%s fails the delivery with one line naming it and the delivery id", async (_what, action, hint) => {
    const payload = await pullRequest();
    fixture.clearFaults();
    const fault = fixture.proxy.add({ method: "POST", path: /\/check-runs$/, action });
    log.clear();
    fixture.proxy.resetCounts();

    const reply = await app.deliver("pull_request", payload, { id: "check-fault-delivery" });
    await app.idle();

    expect(fault.fired()).toBe(1);
    expect(reply.status).toBe(500);
    expect(reply.body).toContain("check run on #");
    const errors = log.entries().filter((entry) => entry.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      id: "check-fault-delivery",
      msg: expect.stringMatching(/^check run on #\d+ failed: Could not create the check run/),
    });
    expect(errors[0]?.msg).toMatch(hint);
    expect(errors[0]?.msg).not.toContain("re-run the job");
    expect(created()).toHaveLength(0);

    // GitHub works again: the same delivery, redelivered, puts the check run on the pull request.
    fixture.clearFaults();
    log.clear();
    const again = await app.deliver("pull_request", payload, { id: "check-fault-delivery" });
    await app.idle();
    expect(again.status).toBe(200);
    expect(created()).toHaveLength(1);
    expect(log.entries().filter((entry) => entry.level >= 50)).toEqual([]);
  });
});
