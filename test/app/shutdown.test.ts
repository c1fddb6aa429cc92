// A stop lets running deliveries finish (Probot keeps a handler running after its 9 s "202 still processing"),
// and cuts them off only after the grace period.
import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/app/config.js";
import { InFlight } from "../../src/app/in-flight.js";
import { type RunningServer, startServer } from "../../src/app/server.js";
import { freePort } from "../support/app-process.js";
import { deliver, NO_GITHUB, testPrivateKey } from "../support/app-server.js";

const SECRET = "shutdown-test-secret";
const payload = {
  action: "opened",
  number: 1,
  pull_request: { number: 1 },
  repository: { id: 1, name: "collection", full_name: "nexs/collection", owner: { login: "nexs" } },
  installation: { id: 1 },
};
let running: RunningServer | undefined;

afterEach(async () => {
  await running?.stop(0);
  running = undefined;
});

/** A handler that runs until `release()`; `entered` resolves once it is running. */
function gate() {
  let release = () => {};
  let entered = () => {};
  const opened = new Promise<void>((done) => (release = done));
  const inside = new Promise<void>((done) => (entered = done));
  const hold = () => {
    entered();
    return opened;
  };
  return { release: () => release(), inside, hold };
}

async function start(onDelivery: () => Promise<void>) {
  const port = await freePort();
  const config = readConfig({
    APP_ID: "7",
    PRIVATE_KEY: testPrivateKey(),
    WEBHOOK_SECRET: SECRET,
    GITHUB_API_URL: NO_GITHUB,
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "fatal",
  });
  running = await startServer(config, { onDelivery });
  return `http://127.0.0.1:${port}/api/github/webhooks`;
}

describe("stopping the server", () => {
  it("waits for a running delivery, which still gets its reply", async () => {
    const handler = gate();
    const url = await start(handler.hold);
    const reply = deliver(url, SECRET, "pull_request", payload);
    await handler.inside;
    const server = running;
    if (!server) throw new Error("not started");
    expect(server.inFlight.count).toBe(1);
    let stopped = false;
    const stopping = server.stop(30_000).then((result) => {
      stopped = true;
      return result;
    });
    // New connections are refused at once; the running delivery holds the stop open.
    await expect(fetch(`${url.replace("/api/github/webhooks", "")}/ping`)).rejects.toThrow();
    expect(stopped).toBe(false);
    handler.release();
    expect((await reply).status).toBe(200);
    expect(await stopping).toStrictEqual({ clean: true });
    running = undefined;
  });

  it("cuts off a delivery that overruns the grace period", async () => {
    const handler = gate();
    const url = await start(handler.hold);
    const reply = deliver(url, SECRET, "pull_request", payload).catch((error: unknown) => error);
    await handler.inside;
    const server = running;
    if (!server) throw new Error("not started");
    expect(await server.stop(10)).toStrictEqual({ clean: false });
    running = undefined;
    expect(await reply).toBeInstanceOf(Error);
    handler.release();
  });
});

describe("InFlight", () => {
  it("is idle at once with nothing running, and when the last piece of work ends", async () => {
    const inFlight = new InFlight();
    expect(await inFlight.idle(0)).toBe(true);
    let finish = () => {};
    const work = inFlight.track(() => new Promise<void>((done) => (finish = done)));
    const idle = inFlight.idle(30_000);
    expect(inFlight.count).toBe(1);
    finish();
    await work;
    expect(await idle).toBe(true);
    expect(inFlight.count).toBe(0);
  });

  it("counts failed work as finished", async () => {
    const inFlight = new InFlight();
    await expect(inFlight.track(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(inFlight.count).toBe(0);
  });
});
