// The exported middleware, as a serverless host would use it: mounted in a plain node:http server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReceivedDelivery } from "../../src/app/app.js";
import { deliver, NO_GITHUB, testPrivateKey } from "../support/app-server.js";

const SECRET = "middleware-test-secret";
const PATH = "/hooks/github";
const received: ReceivedDelivery[] = [];
let server: Server;
let url: string;
let signalListeners: number;

const pullRequest = {
  action: "opened",
  number: 7,
  pull_request: { number: 7, title: "Add elements" },
  repository: { id: 1, name: "collection", full_name: "nexs/collection", owner: { login: "nexs" } },
  sender: { login: "publisher" },
  installation: { id: 99 },
};

beforeAll(async () => {
  signalListeners = process.listenerCount("SIGTERM");
  // Through the bundle's entry module: importing it must only export, never start a server.
  const { createNexsMiddleware } = await import("../../src/app/index.js");
  const middleware = await createNexsMiddleware(
    {
      APP_ID: "5",
      PRIVATE_KEY: testPrivateKey(),
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_PATH: PATH,
      GITHUB_API_URL: NO_GITHUB,
      LOG_LEVEL: "fatal",
    },
    {
      onDelivery: (delivery) => {
        received.push(delivery);
      },
    },
  );
  server = createServer((request, response) => {
    void middleware(request, response, () => response.writeHead(404).end("not mine"));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  url = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
});

describe("createNexsMiddleware", () => {
  it("importing the entry module starts nothing", () => {
    expect(process.listenerCount("SIGTERM")).toBe(signalListeners);
  });

  it("serves a signed delivery on the configured path", async () => {
    const reply = await deliver(url + PATH, SECRET, "pull_request", pullRequest, { id: "mw-1" });
    expect(reply.status).toBe(200);
    expect(received).toContainEqual({
      id: "mw-1",
      event: "pull_request.opened",
      installationId: 99,
      repository: "nexs/collection",
    });
  });

  it("refuses a bad or missing signature with 400 and runs no handler", async () => {
    const before = received.length;
    expect((await deliver(url + PATH, "wrong", "pull_request", pullRequest, { id: "mw-2" })).status).toBe(400);
    expect(
      (await deliver(url + PATH, SECRET, "pull_request", pullRequest, { id: "mw-3", unsigned: true })).status,
    ).toBe(400);
    expect(received.length).toBe(before);
  });

  it("passes anything else to the host's next handler", async () => {
    const response = await fetch(`${url}/elsewhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("not mine");
    expect((await deliver(`${url}/api/github/webhooks`, SECRET, "pull_request", pullRequest)).status).toBe(404);
  });

  it("answers 200 to an event the App does not handle, without running a handler", async () => {
    const before = received.length;
    const reply = await deliver(url + PATH, SECRET, "pull_request", { ...pullRequest, action: "labeled" });
    expect(reply.status).toBe(200);
    expect(received.length).toBe(before);
  });
});
