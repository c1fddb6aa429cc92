// GitHub's documented payloads (@octokit/webhooks-examples), each delivered signed to the in-process App.
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_RUN_EVENTS, PULL_REQUEST_EVENTS } from "../../src/app/app.js";
import { type AppServer, startAppServer } from "../support/app-server.js";

interface Example {
  event: string;
  action: string;
  payload: Record<string, unknown>;
}

/** The JSON import does not typecheck, so the package is loaded untyped and checked here. */
function examplesOf(event: string): Example[] {
  const all: unknown = createRequire(import.meta.url)("@octokit/webhooks-examples");
  if (!Array.isArray(all)) throw new Error("@octokit/webhooks-examples: expected an array");
  const examples: Example[] = [];
  for (const entry of all) {
    if (!isRecord(entry) || entry["name"] !== event || !Array.isArray(entry["examples"])) continue;
    for (const payload of entry["examples"]) {
      if (!isRecord(payload) || typeof payload["action"] !== "string")
        throw new Error(`${event}: example without action`);
      examples.push({ event, action: payload["action"], payload });
    }
  }
  return examples;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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
    "pull_request #%i (%s) answers 2xx",
    async (index, action, example) => {
      const id = `example-pr-${index}`;
      const reply = await app.deliver(example.event, example.payload, { id });
      expect(reply.status, reply.body).toBeGreaterThanOrEqual(200);
      expect(reply.status, reply.body).toBeLessThan(300);
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
