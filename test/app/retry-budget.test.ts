// A delivery whose handler meets a persistent GitHub error must fail before Probot answers it 202, or GitHub's
// delivery log shows a success nobody can redeliver. The App's Octokit is held to that budget against a real
// server on loopback that answers every request 500.
import { createServer } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { APP_RETRIES, AppOctokit, retryWaitSeconds, WEBHOOK_ANSWER_MS } from "../../src/app/probot-options.js";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

describe("the App's retries of a failing GitHub request", () => {
  it("wait in all well under the time Probot gives a delivery", () => {
    expect(retryWaitSeconds(3)).toBe(14); // plugin-retry's default: 1 + 4 + 9, past the 9 s
    expect(retryWaitSeconds(APP_RETRIES) * 1000).toBeLessThanOrEqual(WEBHOOK_ANSWER_MS * 0.6);
  });

  it(`are ${APP_RETRIES}: a request answered 500 each time is sent ${APP_RETRIES + 1} times, then fails`, async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.writeHead(500, { "content-type": "application/json" }).end('{"message":"boom"}');
    });
    servers.push(server);
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("the server has no port");
    const octokit = new AppOctokit({ baseUrl: `http://127.0.0.1:${address.port}`, auth: "test-token" });
    const failure = await octokit.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ status: 500 });
    expect(requests).toBe(APP_RETRIES + 1);
  }, 30_000);
});
