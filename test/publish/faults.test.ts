// Faults injected at the proxy in front of the emulator. Each run ends in success or one clear error, and a
// re-run after any failure converges to what a run that never failed leaves: the same tree on the branch, one
// open PR for it, and a pending submission recording that PR's head and elements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishOptions } from "../../src/core/publish/types.js";
import { parseStateDocument } from "../../src/core/state/state-parse.js";
import { GitHubError } from "../../src/github/github-error.js";
import { publish } from "../../src/github/publish/publish.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { branchHead, readFile } from "../support/emulator.js";
import { faults } from "../support/fault-proxy.js";
import { instant, publishOk, publishOptions, pulls, SOURCE, workspace } from "./support.js";

let fx: Fixture;
const ws = workspace();
let cleanTree = "";

/** Options for a source of its own (own branch, own state document); the elements are always the examples. */
function as(repo: string, overrides: Partial<PublishOptions> = {}): PublishOptions {
  return publishOptions(ws, { source: { ...SOURCE, repo }, branch: `nexs/publisher/${repo}`, ...overrides });
}

async function expectConverged(repo: string): Promise<void> {
  const branch = `nexs/publisher/${repo}`;
  const head = await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch);
  expect(head.tree).toBe(cleanTree);
  const open = (await pulls(fx.emulator, "open")).filter((pr) => pr.headRef === branch);
  expect(open).toHaveLength(1);
  const state = parseStateDocument(
    await readFile(
      fx.emulator.url,
      fx.emulator.token,
      fx.emulator.collection,
      "nexs-state",
      `sources/publisher/${repo}.json`,
    ),
  );
  const submissions = Object.values(state.submissions);
  expect(submissions).toHaveLength(1);
  expect(submissions[0]).toMatchObject({ number: open[0]?.number, status: "pending", head: head.commit });
  expect(submissions[0]?.elements).toHaveLength(8);
  // And one more run has nothing left to do.
  fx.proxy.resetCounts();
  const again = await publishOk(fx.client(), as(repo));
  expect(again.operation).toBe("none");
  expect(fx.proxy.writes()).toEqual([]);
}

/** Runs once expecting a GitHubError of `kind`, then re-runs without faults and checks convergence. */
async function failThenConverge(repo: string, kind: GitHubError["kind"], message: RegExp): Promise<GitHubError> {
  const error = await publish(fx.client(), as(repo), instant).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GitHubError);
  if (!(error instanceof GitHubError)) throw new Error("unreachable");
  expect(error.kind).toBe(kind);
  expect(error.message).toMatch(message);
  expect(error.message).not.toContain(fx.emulator.token);
  fx.proxy.clearRules();
  await publishOk(fx.client(), as(repo));
  await expectConverged(repo);
  return error;
}

beforeAll(async () => {
  fx = await startFixture();
  const clean = await publishOk(fx.client(), as("clean"));
  cleanTree = (await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, "nexs/publisher/clean"))
    .tree;
  expect(clean.operation).toBe("created");
});
afterAll(() => fx.close());

describe("transient faults are retried", () => {
  it("500 and 502 then success", async () => {
    const trees = fx.proxy.add({ method: "POST", path: /\/git\/trees$/, times: 1, action: faults.serverError(500) });
    const head = fx.proxy.add({ method: "GET", path: /\/commits\/main/, times: 2, action: faults.serverError(502) });
    const result = await publishOk(fx.client(), as("flaky"));
    expect(result.operation).toBe("created");
    expect([trees.fired(), head.fired()]).toEqual([1, 2]);
    fx.proxy.clearRules();
    await expectConverged("flaky");
  });

  it("a secondary rate limit, with and without retry-after, is waited out by the throttling plugin", async () => {
    const withHeader = fx.proxy.add({
      method: "GET",
      path: /\/commits\/main/,
      times: 1,
      action: faults.secondaryRateLimit(1),
    });
    const without = fx.proxy.add({
      method: "GET",
      path: /\/git\/trees\//,
      times: 1,
      action: faults.secondaryRateLimit(),
    });
    const client = fx.client({ throttle: { retryAfterBaseMs: 1, fallbackSecondaryRetryAfterSeconds: 1 } });
    const result = await publishOk(client, as("limited"));
    expect(result.operation).toBe("created");
    expect([withHeader.fired(), without.fired()]).toEqual([1, 1]);
    fx.proxy.clearRules();
    await expectConverged("limited");
  });

  it("409 stale state SHA: the state write re-reads and re-applies", async () => {
    const stale = fx.proxy.add({
      method: "PUT",
      path: /\/contents\/sources%2Fpublisher%2Fstale\.json/,
      times: 2,
      action: faults.staleSha("sources/publisher/stale.json"),
    });
    const result = await publishOk(fx.client(), as("stale"));
    expect(result.operation).toBe("created");
    expect(stale.fired()).toBe(2);
    await expectConverged("stale");
  });

  it("404 on a branch read just after its ref was created (replica lag)", async () => {
    const lagging = await startFixture({ proxy: { lagAfterRefCreate: true } });
    try {
      const options = publishOptions(ws, { source: { ...SOURCE, repo: "lag" }, branch: "nexs/publisher/lag" });
      const first = await publishOk(lagging.client(), options);
      const second = await publishOk(lagging.client(), options);
      expect(first.operation).toBe("created");
      expect(second.pullRequest?.number).toBe(first.pullRequest?.number);
      const third = await publishOk(lagging.client(), options);
      expect(third.operation).toBe("none");
      expect((await pulls(lagging.emulator, "open")).length).toBe(1);
      const state = await readFile(
        lagging.emulator.url,
        lagging.emulator.token,
        lagging.emulator.collection,
        "nexs-state",
        "sources/publisher/lag.json",
      );
      expect(Object.values(parseStateDocument(state).submissions)).toHaveLength(1);
      expect(
        lagging.proxy.requests.filter((request) => request.faulted && request.status === 404).length,
      ).toBeGreaterThan(0);
    } finally {
      await lagging.close();
    }
  });
});

describe("faults that stop the run with one clear error, and the re-run that converges", () => {
  it("409 push protection: not retried, says what to do", async () => {
    const rule = fx.proxy.add({ method: "POST", path: /\/git\/trees$/, action: faults.pushProtection() });
    const error = await failThenConverge("pushprot", "push-protection", /push protection.*Retrying will not help/s);
    expect(rule.fired()).toBe(1);
    expect(error.status).toBe(409);
  });

  it("a token lacking permission: the hint names the permissions", async () => {
    fx.proxy.add({ method: "POST", path: /\/git\/commits$/, action: faults.notAccessible() });
    await failThenConverge("noperm", "forbidden", /contents: write and pull-requests: write/);
  });

  it("Actions may not create pull requests: the hint says which setting to change", async () => {
    fx.proxy.add({ method: "POST", path: /\/pulls$/, action: faults.actionsCannotCreatePullRequests() });
    await failThenConverge(
      "noprs",
      "actions-cannot-create-pr",
      /Allow GitHub Actions to create and approve pull requests/,
    );
  });

  it("the state write failing after the PR was opened: the re-run finds the PR through GitHub's 422 and records it", async () => {
    fx.proxy.add({
      method: "PUT",
      path: /\/contents\/sources%2Fpublisher%2Fhalfway\.json/,
      action: faults.serverError(500),
    });
    await failThenConverge("halfway", "server", /server error/);
    const prs = (await pulls(fx.emulator, "all")).filter((pr) => pr.headRef === "nexs/publisher/halfway");
    expect(prs).toHaveLength(1);
  });

  it("an unknown token: 401 with the hint to check the token input", async () => {
    const error = await publish(
      fx.client({ token: "ghp_not_a_real_token_000000000000000000" }),
      as("badtoken"),
      instant,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error instanceof GitHubError && error.kind).toBe("unauthorized");
    expect(error instanceof Error && error.message).toMatch(/check the `token` input/);
    expect(error instanceof Error && error.message).not.toContain("ghp_not_a_real_token");
  });
});

describe("two runs for the same source at once", () => {
  it("end with one PR and a consistent state document", async () => {
    // Hold the first PR creation back so the two creations reach GitHub one after the other, as GitHub serializes them.
    fx.proxy.add({ method: "POST", path: /\/pulls$/, times: 1, action: { kind: "delay", ms: 300 } });
    const [a, b] = await Promise.all([publishOk(fx.client(), as("twins")), publishOk(fx.client(), as("twins"))]);
    fx.proxy.clearRules();
    expect(a.pullRequest?.number).toBe(b.pullRequest?.number);
    expect([a.operation, b.operation].sort()).toEqual(["created", "updated"]);
    const open = (await pulls(fx.emulator, "open")).filter((pr) => pr.headRef === "nexs/publisher/twins");
    expect(open).toHaveLength(1);
    const state = parseStateDocument(
      await readFile(
        fx.emulator.url,
        fx.emulator.token,
        fx.emulator.collection,
        "nexs-state",
        "sources/publisher/twins.json",
      ),
    );
    expect(Object.keys(state.submissions)).toEqual([String(open[0]?.number)]);
    expect(state.stats).toMatchObject({ total: 1, pending: 1 });
    // Whichever commit won the branch, the next run settles the record on it.
    await publishOk(fx.client(), as("twins"));
    await expectConverged("twins");
  });
});

describe("a fresh collection whose first publish failed before recording anything", () => {
  it("re-runs without reading the head branch: the ref creation answers 422, the branch is force-moved, and all converges", async () => {
    const fresh = await startFixture();
    try {
      const options = publishOptions(ws, { source: { ...SOURCE, repo: "retry" }, branch: "nexs/publisher/retry" });
      // Actions may not create pull requests yet: the branch is pushed, no PR, no state branch.
      fresh.proxy.add({ method: "POST", path: /\/pulls$/, action: faults.actionsCannotCreatePullRequests() });
      await expect(publish(fresh.client(), options, instant)).rejects.toMatchObject({
        kind: "actions-cannot-create-pr",
      });
      const left = await branchHead(
        fresh.emulator.url,
        fresh.emulator.token,
        fresh.emulator.collection,
        "nexs/publisher/retry",
      );
      fresh.proxy.clearRules();

      fresh.proxy.resetCounts();
      const result = await publishOk(fresh.client(), options);
      expect(result.operation).toBe("created");
      // No head-branch read (no state branch): the ref creation finds the branch, one force-move follows.
      const git = fresh.proxy.requests
        .filter((r) => /\/git\/|\/commits\//.test(r.path))
        .map((r) => `${r.route} ${r.status}`);
      // (The state branch's tree, commit and ref come after these.)
      expect(git.slice(0, 6)).toEqual([
        "GET /repos/:owner/:repo/commits/:ref 200",
        "GET /repos/:owner/:repo/git/trees/:sha 200",
        "POST /repos/:owner/:repo/git/trees 201",
        "POST /repos/:owner/:repo/git/commits 201",
        "POST /repos/:owner/:repo/git/refs 422",
        "PATCH /repos/:owner/:repo/git/refs/:ref 200",
      ]);
      // The price of this rare case (README, "Cost and failure"): 10 + T calls, the branch written again.
      expect(fresh.proxy.requests.length, [...fresh.proxy.byRoute()].join("\n")).toBe(10 + 1);
      const moves = fresh.proxy.requests
        .filter((r) => r.method === "PATCH" && r.route.endsWith("/git/refs/:ref"))
        .map((r) => JSON.parse(r.body));
      expect(moves).toEqual([{ sha: result.pullRequest?.headSha, force: true }]);

      // Where a run that never failed ends: the same tree, one open PR, a pending submission on the branch head.
      const head = await branchHead(
        fresh.emulator.url,
        fresh.emulator.token,
        fresh.emulator.collection,
        "nexs/publisher/retry",
      );
      expect(head).toEqual({ commit: result.pullRequest?.headSha, tree: left.tree });
      const open = await pulls(fresh.emulator, "open");
      expect(open.map((pr) => pr.number)).toEqual([result.pullRequest?.number]);
      const state = parseStateDocument(
        await readFile(
          fresh.emulator.url,
          fresh.emulator.token,
          fresh.emulator.collection,
          "nexs-state",
          "sources/publisher/retry.json",
        ),
      );
      expect(Object.values(state.submissions)).toMatchObject([
        { number: result.pullRequest?.number, status: "pending", head: head.commit },
      ]);
      fresh.proxy.resetCounts();
      expect((await publishOk(fresh.client(), options)).operation).toBe("none");
      expect(fresh.proxy.writes()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
