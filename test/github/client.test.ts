import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Logger } from "../../src/core/common/logger.js";
import { attempt, GitHubError } from "../../src/github/github-error.js";
import { faults } from "../support/fault-proxy.js";
import { type Fixture, startFixture } from "./fixture.js";

let fx: Fixture;
let logs: string[];
let log: Logger;

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.proxy.clearRules();
  fx.proxy.resetCounts();
  logs = [];
  const keep = (message: string) => void logs.push(message);
  log = { debug: keep, info: keep, warn: keep, error: keep };
});

const REPO = /^\/repos\/nexs\/collection$/;
const getRepo = (client: ReturnType<Fixture["client"]>) =>
  attempt({ attempted: "read nexs/collection", repository: "nexs/collection" }, () =>
    client.rest.repos.get({ owner: "nexs", repo: "collection" }),
  );
const throttled = () => fx.client({ log, throttle: { retryAfterBaseMs: 1, maxRetries: 2 } });

describe("retries", () => {
  it("retries 500 and 502 and then succeeds", async () => {
    fx.proxy.add({ method: "GET", path: REPO, times: 1, action: faults.serverError(500) });
    fx.proxy.add({ method: "GET", path: REPO, times: 1, action: faults.serverError(502) });
    const { data } = await getRepo(fx.client());
    expect(data.full_name).toBe("nexs/collection");
    expect(fx.proxy.requests.map((request) => request.status)).toEqual([500, 502, 200]);
  });

  it("retries a failed write the same way", async () => {
    fx.proxy.add({ method: "POST", path: /\/git\/blobs$/, times: 2, action: faults.serverError(502) });
    const { data } = await fx.client().rest.git.createBlob({ owner: "nexs", repo: "collection", content: "hello\n" });
    expect(data.sha).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
    expect(fx.proxy.requests.map((request) => request.status)).toEqual([502, 502, 201]);
  });

  it("gives up after the bounded retries with a clear error", async () => {
    fx.proxy.add({ method: "GET", path: REPO, action: faults.serverError(500) });
    const error = await getRepo(fx.client()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({ kind: "server", status: 500 });
    expect(String(error)).toMatch(/Could not read nexs\/collection: GitHub answered 500 \(Server Error\)\. .*re-run/);
    expect(fx.proxy.requests).toHaveLength(4);
  });

  it("never retries a 409 (a stale SHA is re-read by the caller)", async () => {
    fx.proxy.add({ method: "PUT", path: /\/contents\//, action: faults.staleSha("a.json") });
    const error = await fx
      .client()
      .rest.repos.createOrUpdateFileContents({
        owner: "nexs",
        repo: "collection",
        path: "a.json",
        message: "m",
        content: "",
        sha: "0".repeat(40),
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409 });
    expect(fx.proxy.requests).toHaveLength(1);
  });
});

describe("rate limits", () => {
  it("waits out a secondary rate limit with retry-after, then succeeds", async () => {
    fx.proxy.add({ method: "GET", path: REPO, times: 1, action: faults.secondaryRateLimit(3) });
    await getRepo(throttled());
    expect(fx.proxy.requests.map((request) => request.status)).toEqual([403, 200]);
    expect(logs.join("\n")).toMatch(
      /secondary rate limit on GET \/repos\/\{owner\}\/\{repo\}: retrying in 3s \(retry 1 of 2\)/,
    );
  });

  it("falls back to GitHub's advised wait without retry-after", async () => {
    fx.proxy.add({ method: "GET", path: REPO, times: 1, action: faults.secondaryRateLimit() });
    await getRepo(throttled());
    expect(fx.proxy.requests.map((request) => request.status)).toEqual([403, 200]);
    expect(logs.join("\n")).toMatch(/retrying in 60s/);
  });

  it("stops after the bounded retries, and at once when asked to wait too long", async () => {
    fx.proxy.add({ method: "GET", path: REPO, action: faults.secondaryRateLimit(1) });
    const error = await getRepo(throttled()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "rate-limited", status: 403 });
    expect(fx.proxy.requests).toHaveLength(3);

    fx.proxy.clearRules();
    fx.proxy.resetCounts();
    fx.proxy.add({ method: "GET", path: REPO, action: faults.secondaryRateLimit(3600) });
    await expect(getRepo(throttled())).rejects.toMatchObject({ kind: "rate-limited" });
    expect(fx.proxy.requests).toHaveLength(1);
    expect(logs.join("\n")).toMatch(/giving up \(asked to wait 3600s/);
  });

  it("retries a primary rate limit after its reset", async () => {
    fx.proxy.add({
      method: "GET",
      path: REPO,
      times: 1,
      action: {
        kind: "respond",
        status: 403,
        body: { message: "API rate limit exceeded" },
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" },
      },
    });
    await getRepo(throttled());
    expect(fx.proxy.requests.map((request) => request.status)).toEqual([403, 200]);
  });
});

describe("errors say what to do", () => {
  it("401: the token is invalid", async () => {
    const error = await getRepo(fx.client({ token: "ghp_not-a-real-token" })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "unauthorized", status: 401 });
    expect(String(error)).toMatch(/Bad credentials.*token is invalid, expired or revoked/);
    expect(String(error)).not.toContain("ghp_not-a-real-token");
  });

  it("403 from an integration: which permissions, and that GITHUB_TOKEN cannot write elsewhere", async () => {
    fx.proxy.add({ method: "GET", path: REPO, action: faults.notAccessible() });
    await expect(getRepo(fx.client())).rejects.toThrow(
      /Resource not accessible by integration.*contents: write and pull-requests: write.*GitHub App token/,
    );
  });

  it("404 on the repository: wrong name or no access", async () => {
    const error = await attempt({ attempted: "read nexs/missing", repository: "nexs/missing" }, () =>
      fx.client().rest.repos.get({ owner: "nexs", repo: "missing" }),
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "not-found", status: 404 });
    expect(String(error)).toMatch(/nexs\/missing does not exist \(check the name\) or the token cannot see it/);
  });

  it("403 on a workflow file: the workflows permission", async () => {
    fx.proxy.add({
      method: "PUT",
      path: /\/contents\//,
      action: {
        kind: "respond",
        status: 403,
        body: {
          message:
            "refusing to allow a GitHub App to create or update workflow `.github/workflows/x.yml` without `workflows` permission",
        },
      },
    });
    const error = await attempt({ attempted: "write .github/workflows/x.yml", path: ".github/workflows/x.yml" }, () =>
      fx.client().rest.repos.createOrUpdateFileContents({
        owner: "nexs",
        repo: "collection",
        path: ".github/workflows/x.yml",
        message: "m",
        content: "",
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "workflows-permission" });
  });

  it("no answer at all: check the API URL", async () => {
    const error = await getRepo(fx.client({ baseUrl: "http://127.0.0.1:9", retry: false })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ kind: "network", status: undefined });
    expect(String(error)).toMatch(/GITHUB_API_URL/);
  });
});

describe("logging", () => {
  it("routes Octokit's log to the logger with the token redacted", async () => {
    const token = fx.emulator.token;
    const client = fx.client({ log });
    // A request whose own URL carries the token, so the request log would print it.
    await client.rest.repos.get({ owner: "nexs", repo: token }).catch(() => undefined);
    expect(logs.some((line) => line.includes("/repos/nexs/***"))).toBe(true);
    expect(logs.some((line) => line.includes(token))).toBe(false);
  });
});
