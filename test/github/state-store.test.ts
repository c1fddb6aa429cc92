import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DocumentCodec } from "../../src/core/common/document-codec.js";
import { textBlobSha } from "../../src/core/git/object-sha.js";
import { updateWithRetry } from "../../src/core/tracking/update-with-retry.js";
import { GitHubError } from "../../src/github/github-error.js";
import { GitHubStateStore } from "../../src/github/state-store.js";
import { api, HttpError, isObject, list, listFiles, str } from "../support/emulator.js";
import { faults } from "../support/fault-proxy.js";
import { type Fixture, startFixture, tick } from "./fixture.js";

let fx: Fixture;
let branchNo = 0;
let store: GitHubStateStore;

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.proxy.clearRules();
  fx.proxy.resetCounts();
  store = new GitHubStateStore(fx.client(), { repo: fx.emulator.collection, branch: `nexs-state-${++branchNo}` });
});

const KEY = "sources/publisher/source.json";

describe("GitHubStateStore", () => {
  it("reads nothing before the branch exists, then creates it as an orphan holding the first write", async () => {
    expect(await store.read(KEY)).toBeUndefined();
    fx.proxy.resetCounts();
    // A store that has not read cannot tell a missing branch from a missing file: its PUT finds out.
    const blind = new GitHubStateStore(fx.client(), { repo: fx.emulator.collection, branch: store.branch });
    const written = await blind.write(KEY, '{"n":1}\n', null, "Record submission");
    expect(written).toEqual({ ok: true, version: textBlobSha('{"n":1}\n') });
    // The write that finds no branch, then tree, commit and ref: the document is in the branch's first commit.
    expect(fx.proxy.requests.map((request) => request.route)).toEqual([
      "PUT /repos/:owner/:repo/contents/:path",
      "POST /repos/:owner/:repo/git/trees",
      "POST /repos/:owner/:repo/git/commits",
      "POST /repos/:owner/:repo/git/refs",
    ]);
    expect(await store.read(KEY)).toEqual({ text: '{"n":1}\n', version: textBlobSha('{"n":1}\n') });

    const head = await api(fx.emulator.url, fx.emulator.token, "GET", `/repos/nexs/collection/commits/${store.branch}`);
    expect(list(head, "parents")).toEqual([]);
    expect(str(head, "commit", "message")).toMatch(/^Record submission/);
    expect(
      [...(await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, store.branch)).keys()].sort(),
    ).toEqual(["README.md", KEY]);
  });

  it("creates the branch at once, with no failed PUT, when its read found no branch; a missing file is a PUT", async () => {
    expect(await store.read(KEY)).toBeUndefined();
    // GitHub's words for a missing ref (the proxy makes the emulator say them too).
    expect(fx.proxy.requests.map((request) => [request.status, request.faulted])).toEqual([[404, false]]);
    const answer = await api(
      fx.proxy.url,
      fx.emulator.token,
      "GET",
      `/repos/nexs/collection/contents/${KEY}?ref=${store.branch}`,
    ).catch((caught: unknown) => caught);
    expect(answer).toBeInstanceOf(HttpError);
    expect(answer instanceof HttpError && JSON.parse(answer.body)).toMatchObject({
      message: `No commit found for the ref ${store.branch}`,
    });

    fx.proxy.resetCounts();
    expect(await store.write(KEY, "1", null, "m")).toEqual({ ok: true, version: textBlobSha("1") });
    expect(fx.proxy.requests.map((request) => request.route)).toEqual([
      "POST /repos/:owner/:repo/git/trees",
      "POST /repos/:owner/:repo/git/commits",
      "POST /repos/:owner/:repo/git/refs",
    ]);

    // Another document on the branch that now exists: its read says "Not Found", and one PUT writes it.
    const other = "sources/publisher/other.json";
    fx.proxy.resetCounts();
    expect(await store.read(other)).toBeUndefined();
    expect(await store.write(other, "2", null, "m")).toEqual({ ok: true, version: textBlobSha("2") });
    expect(fx.proxy.requests.map((request) => request.route)).toEqual([
      "GET /repos/:owner/:repo/contents/:path",
      "PUT /repos/:owner/:repo/contents/:path",
    ]);
    expect(
      [...(await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, store.branch)).keys()].sort(),
    ).toEqual(["README.md", other, KEY]);
  });

  it("treats a missing-branch read as a hint only: a branch created since then makes the write a conflict, never a loss", async () => {
    expect(await store.read(KEY)).toBeUndefined();
    const rival = new GitHubStateStore(fx.client(), { repo: fx.emulator.collection, branch: store.branch });
    expect(await rival.write(KEY, "rival", null, "m")).toMatchObject({ ok: true });
    fx.proxy.resetCounts();
    expect(await store.write(KEY, "mine", null, "m")).toEqual({ ok: false, reason: "conflict" });
    expect(fx.proxy.requests.map((request) => `${request.route} ${request.status}`)).toEqual([
      "POST /repos/:owner/:repo/git/trees 201",
      "POST /repos/:owner/:repo/git/commits 201",
      "POST /repos/:owner/:repo/git/refs 422",
    ]);
    // The re-read finds the rival's document; the write that follows is a compare-and-swap PUT.
    const current = await store.read(KEY);
    expect(current?.text).toBe("rival");
    fx.proxy.resetCounts();
    expect(await store.write(KEY, "mine", current?.version ?? null, "m")).toEqual({
      ok: true,
      version: textBlobSha("mine"),
    });
    expect(fx.proxy.requests.map((request) => request.route)).toEqual(["PUT /repos/:owner/:repo/contents/:path"]);
  });

  it("compares and swaps on the blob SHA", async () => {
    const first = await store.write(KEY, "1", null, "m");
    if (!first.ok) throw new Error("first write failed");
    expect(await store.write(KEY, "again", null, "m")).toEqual({ ok: false, reason: "conflict" });
    const second = await store.write(KEY, "2", first.version, "m");
    expect(second).toEqual({ ok: true, version: textBlobSha("2") });
    expect(await store.write(KEY, "3", first.version, "m")).toEqual({ ok: false, reason: "conflict" });
    expect((await store.read(KEY))?.text).toBe("2");
  });

  it("treats a write naming a version on a missing branch as a conflict, without creating the branch", async () => {
    expect(await store.write(KEY, "x", textBlobSha("old"), "m")).toEqual({ ok: false, reason: "conflict" });
    expect(fx.proxy.requests.some((request) => request.route.startsWith("POST"))).toBe(false);
  });

  it("maps GitHub's 409 for a stale sha to a conflict and stops at push protection without retrying", async () => {
    const created = await store.write(KEY, "1", null, "m");
    if (!created.ok) throw new Error("create failed");
    fx.proxy.add({ method: "PUT", path: /\/contents\//, times: 1, action: faults.staleSha(KEY) });
    expect(await store.write(KEY, "2", created.version, "m")).toEqual({ ok: false, reason: "conflict" });

    const protection = fx.proxy.add({ method: "PUT", path: /\/contents\//, action: faults.pushProtection() });
    const error = await store.write(KEY, "ghp_secret", created.version, "m").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({ kind: "push-protection" });
    expect(protection.fired()).toBe(1);
  });

  it("reads a document too large for the contents API through its blob", async () => {
    await store.write(KEY, "big enough", null, "m");
    fx.proxy.add({
      method: "GET",
      path: /\/contents\//,
      action: {
        kind: "rewrite",
        rewrite: (body) => (isObject(body) ? { ...body, content: "", encoding: "none" } : body),
      },
    });
    fx.proxy.resetCounts();
    expect(await store.read(KEY)).toEqual({ text: "big enough", version: textBlobSha("big enough") });
    expect(fx.proxy.requests.map((request) => request.route)).toEqual([
      "GET /repos/:owner/:repo/contents/:path",
      "GET /repos/:owner/:repo/git/blobs/:sha",
    ]);
  });

  it("refuses keys that could escape the sources folder", async () => {
    await expect(store.read("../x.json")).rejects.toThrow(/relative path/);
    await expect(store.write("/abs.json", "x", null, "m")).rejects.toThrow(/relative path/);
  });

  it("lets concurrent writers converge through the retry helper, the branch created once", async () => {
    const codec: DocumentCodec<string[]> = {
      parse: (text) => {
        const parsed: unknown = JSON.parse(text);
        if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string")) throw new Error("not a list");
        return parsed;
      },
      serialize: (items) => `${JSON.stringify(items)}\n`,
    };
    const writers = Array.from({ length: 5 }, (_, index) => `writer-${index}`);
    let seed = 7;
    const env = {
      sleep: tick,
      random: () => {
        seed = (seed * 48271) % 2147483647;
        return seed / 2147483647;
      },
    };
    const results = await Promise.all(
      writers.map((name) =>
        updateWithRetry(
          new GitHubStateStore(fx.client(), { repo: fx.emulator.collection, branch: store.branch }),
          KEY,
          codec,
          (current) => [...(current ?? []), name].sort(),
          { message: `record ${name}`, policy: { maxAttempts: 20, baseDelayMs: 5, maxDelayMs: 40 } },
          env,
        ),
      ),
    );
    const stored = await store.read(KEY);
    expect(stored && codec.parse(stored.text)).toEqual(writers);
    expect(results.every((result) => result.written)).toBe(true);
    expect(results.some((result) => result.attempts > 1)).toBe(true);
    const refs = await api(
      fx.emulator.url,
      fx.emulator.token,
      "GET",
      `/repos/nexs/collection/git/matching-refs/heads/${store.branch}`,
    );
    expect(Array.isArray(refs) ? refs.length : 0).toBe(1);
  });
});
