import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readBranchHead, readTree } from "../../src/github/collection-read.js";
import { writeCommit } from "../../src/github/commit-writer.js";
import { ensureFork } from "../../src/github/fork.js";
import { GitHubError } from "../../src/github/github-error.js";
import { upsertPullRequest } from "../../src/github/pull-request.js";
import { api, BASE_BRANCH, branchHead, commitFiles, listFiles, str } from "../support/emulator.js";
import { faults } from "../support/fault-proxy.js";
import { type Fixture, startFixture, tick } from "./fixture.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture({ files: { "elements/persona/existing.yaml": "id: existing\n" } });
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.proxy.clearRules();
  fx.proxy.resetCounts();
});

const contributor = () => fx.client({ token: fx.emulator.tokens.contributor });
const upstreamHead = () => branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BASE_BRANCH);

describe("ensureFork", () => {
  it("forks, waits while GitHub copies, and the PR from the fork lands on the collection", async () => {
    const sleeps: number[] = [];
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      await tick(20);
    };
    const head = await upstreamHead();
    const fork = await ensureFork(contributor(), fx.emulator.collection, {
      branch: BASE_BRANCH,
      upstreamHead: head.commit,
      sleep,
      intervalMs: 250,
    });
    expect(fork).toMatchObject({
      repo: { owner: "contributor", repo: "collection" },
      created: true,
      synced: false,
      head,
    });
    // The proxy answers 404 while the copy runs: at least one wait happened, each the injected interval.
    expect(sleeps.length).toBeGreaterThan(0);
    expect(new Set(sleeps)).toEqual(new Set([250]));

    const client = contributor();
    const base = await readBranchHead(client, fx.emulator.collection, BASE_BRANCH);
    if (!base) throw new Error("no base");
    const written = await writeCommit(client, {
      repo: fork.repo,
      branch: "nexs/contributor/source",
      base,
      baseTree: await readTree(client, fx.emulator.collection, base.tree),
      changes: [{ path: "elements/skill/forked.yaml", content: "id: forked\n" }],
      message: "Publish from a fork",
    });
    expect(written.operation).toBe("created");
    const pr = await upsertPullRequest(client, {
      repo: fx.emulator.collection,
      base: BASE_BRANCH,
      head: { owner: fork.repo.owner, branch: "nexs/contributor/source" },
      title: "From a fork",
      body: "body",
    });
    expect(pr.operation).toBe("created");
    const data = await api(fx.emulator.url, fx.emulator.token, "GET", `/repos/nexs/collection/pulls/${pr.number}`);
    expect(str(data, "head", "label")).toBe("contributor:nexs/contributor/source");
    expect(str(data, "head", "sha")).toBe(written.commit);
  });

  it("reuses the existing fork, and syncs its base branch when the collection moved on", async () => {
    const sleep = () => tick(20);
    await ensureFork(contributor(), fx.emulator.collection, { branch: BASE_BRANCH, sleep });
    const moved = await commitFiles(
      fx.emulator.url,
      fx.emulator.token,
      fx.emulator.collection,
      BASE_BRANCH,
      { "elements/skill/new.yaml": "n\n" },
      "Merge",
    );
    fx.proxy.resetCounts();
    const fork = await ensureFork(contributor(), fx.emulator.collection, {
      branch: BASE_BRANCH,
      upstreamHead: moved.commit,
      sleep,
    });
    expect(fork).toMatchObject({ created: false, synced: true, head: { commit: moved.commit } });
    expect(fx.proxy.requests.some((request) => request.path.endsWith("/forks"))).toBe(false);
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fork.repo, BASE_BRANCH);
    expect(files.has("elements/skill/new.yaml")).toBe(true);
  });

  it("refuses a same-named repository that is not a fork of the collection", async () => {
    await api(fx.emulator.url, fx.emulator.tokens.maintainer, "POST", "/user/repos", {
      name: "collection",
      auto_init: true,
    });
    const error = await ensureFork(fx.client({ token: fx.emulator.tokens.maintainer }), fx.emulator.collection, {
      branch: BASE_BRANCH,
      sleep: () => tick(1),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubError);
    expect(String(error)).toMatch(/maintainer\/collection exists and is not a fork of nexs\/collection/);
  });

  it("polls a bounded number of times, then says to re-run", async () => {
    const rule = fx.proxy.add({
      method: "GET",
      path: /^\/repos\/contributor\/collection\/commits\//,
      action: faults.notFound(),
    });
    const sleeps: number[] = [];
    const error = await ensureFork(contributor(), fx.emulator.collection, {
      branch: BASE_BRANCH,
      attempts: 3,
      intervalMs: 5,
      sleep: async (ms) => void sleeps.push(ms),
    }).catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/still copying the fork after 3 checks 5 ms apart: re-run/);
    expect(rule.fired()).toBe(3);
    expect(sleeps).toEqual([5, 5]);
  });

  it("needs a user token", async () => {
    fx.proxy.add({ method: "GET", path: /^\/user$/, action: faults.notAccessible() });
    await expect(
      ensureFork(contributor(), fx.emulator.collection, { branch: BASE_BRANCH, sleep: () => tick(1) }),
    ).rejects.toThrow(/fork mode needs a user token.*Resource not accessible by integration/);
  });
});
