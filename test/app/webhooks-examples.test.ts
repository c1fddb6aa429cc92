// GitHub's documented payloads (@octokit/webhooks-examples), each delivered signed to the in-process App.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_RUN_EVENTS, PULL_REQUEST_EVENTS } from "../../src/app/app.js";
import { CHECKED_ACTIONS } from "../../src/core/check/checked-actions.js";
import { type AppServer, startAppServer } from "../support/app-server.js";
import { examplesOf, isRecord } from "./webhook-examples.js";

const pullRequests = examplesOf("pull_request");
const checkRuns = examplesOf("check_run");
const handled = new Set<string>([...PULL_REQUEST_EVENTS, ...CHECK_RUN_EVENTS]);
let app: AppServer;

beforeAll(async () => {
  app = await startAppServer();
});

afterAll(async () => {
  await app.close();
});

describe("@octokit/webhooks-examples delivered to the App", () => {
  it("has the pull_request examples this test relies on", () => {
    expect(pullRequests.length).toBeGreaterThanOrEqual(29);
    const actions = new Set(pullRequests.map((example) => `pull_request.${example.action}`));
    for (const event of PULL_REQUEST_EVENTS.filter((name) => name !== "pull_request.edited")) {
      expect(actions).toContain(event);
    }
  });

  it.each(pullRequests.map((example, index) => [index, example.action, example] as const))(
    "pull_request #%i (%s) answers 2xx, or 500 for the check alone when the action is checked",
    async (index, action, example) => {
      const id = `example-pr-${index}`;
      const reply = await app.deliver(example.event, example.payload, { id });
      if (CHECKED_ACTIONS.has(action)) {
        // This App has no GitHub to reach (a closed port): the check run cannot be made, and a check GitHub did not
        // answer fails the delivery so that it can be redelivered. Tracking, which needs no call here, did not fail.
        expect(reply.status, reply.body).toBe(500);
        expect(reply.body).toMatch(/^\{"error":"DeliveryFailure: check run on #\d+ failed: [^;]*no answer from GitHub/);
      } else {
        expect(reply.status, reply.body).toBeGreaterThanOrEqual(200);
        expect(reply.status, reply.body).toBeLessThan(300);
      }
      const got = app.deliveries.filter((delivery) => delivery.id === id);
      // A handled action reaches its handler exactly once (Probot replies after the handlers finish).
      expect(got.map((delivery) => delivery.event)).toStrictEqual(
        handled.has(`pull_request.${action}`) ? [`pull_request.${action}`] : [],
      );
    },
  );

  // None of the examples is merged: one is, by hand.
  it("a merged pull_request.closed reaches the handler", async () => {
    const closed = pullRequests.find((example) => example.action === "closed");
    if (!closed || !isRecord(closed.payload["pull_request"])) throw new Error("no closed example");
    const payload = { ...closed.payload, pull_request: { ...closed.payload["pull_request"], merged: true } };
    const reply = await app.deliver("pull_request", payload, { id: "example-merged" });
    expect(reply.status).toBe(200);
    expect(app.deliveries.some((delivery) => delivery.id === "example-merged")).toBe(true);
  });

  it.each(checkRuns.map((example, index) => [index, example.action, example] as const))(
    "check_run #%i (%s) answers 2xx",
    async (index, action, example) => {
      const id = `example-check-${index}`;
      const reply = await app.deliver(example.event, example.payload, { id });
      expect(reply.status, reply.body).toBe(200);
      const got = app.deliveries.filter((delivery) => delivery.id === id).map((delivery) => delivery.event);
      expect(got).toStrictEqual(action === "rerequested" ? ["check_run.rerequested"] : []);
    },
  );
});
