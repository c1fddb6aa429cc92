import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GitHubError } from "../../src/github/github-error.js";
import { type PullRequestInput, upsertPullRequest } from "../../src/github/pull-request.js";
import { api, BASE_BRANCH, commitFiles, isObject, list, str } from "../support/emulator.js";
import { faults } from "../support/fault-proxy.js";
import { type Fixture, startFixture } from "./fixture.js";

let fx: Fixture;
let branchNo = 0;
let input: PullRequestInput;

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());

/** Each test gets its own branch with one commit, as the commit writer would leave it. */
beforeEach(async () => {
  fx.proxy.clearRules();
  const branch = `nexs/publisher/source-${++branchNo}`;
  const main = await api(
    fx.emulator.url,
    fx.emulator.token,
    "GET",
    `/repos/nexs/collection/git/ref/heads/${BASE_BRANCH}`,
  );
  await api(fx.emulator.url, fx.emulator.token, "POST", "/repos/nexs/collection/git/refs", {
    ref: `refs/heads/${branch}`,
    sha: str(main, "object", "sha"),
  });
  await commitFiles(
    fx.emulator.url,
    fx.emulator.token,
    fx.emulator.collection,
    branch,
    { [`elements/persona/p${branchNo}.yaml`]: "x\n" },
    "Publish",
  );
  input = {
    repo: fx.emulator.collection,
    base: BASE_BRANCH,
    head: { owner: "nexs", branch },
    title: "Publish elements from publisher/source",
    body: "| element | path |\n|---|---|\n\n<!-- nexs-publish:submission v1 x.y -->",
    labels: ["nexs-publish", "elements"],
    draft: true,
  };
});

async function openPulls(branch: string) {
  const pulls = await api(
    fx.emulator.url,
    fx.emulator.token,
    "GET",
    `/repos/nexs/collection/pulls?state=all&head=${encodeURIComponent(`nexs:${branch}`)}`,
  );
  return Array.isArray(pulls) ? pulls.filter(isObject) : [];
}

async function close(number: number) {
  await api(fx.emulator.url, fx.emulator.token, "PATCH", `/repos/nexs/collection/pulls/${number}`, { state: "closed" });
}

describe("upsertPullRequest", () => {
  it("creates a draft PR with its labels", async () => {
    const created = await upsertPullRequest(fx.client(), input);
    expect(created).toMatchObject({ operation: "created", reopened: false, draft: true });
    const pr = await api(fx.emulator.url, fx.emulator.token, "GET", `/repos/nexs/collection/pulls/${created.number}`);
    expect(isObject(pr) && pr.draft).toBe(true);
    expect(created.createdAt).toBe(str(pr, "created_at"));
    // From the create response: labelling afterwards moves GitHub's value on, so ours may only be older (safe:
    // the labelled snapshot still orders after it).
    expect(Date.parse(created.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.createdAt));
    expect(Date.parse(created.updatedAt)).toBeLessThanOrEqual(Date.parse(str(pr, "updated_at")));
    expect(str(pr, "html_url")).toBe(created.url);
    expect(str(pr, "node_id")).toBe(created.nodeId);
    expect(
      list(pr, "labels")
        .map((label) => str(label, "name"))
        .sort(),
    ).toEqual(["elements", "nexs-publish"]);
    const head = await api(
      fx.emulator.url,
      fx.emulator.token,
      "GET",
      `/repos/nexs/collection/git/ref/heads/${input.head.branch}`,
    );
    expect(created.headSha).toBe(str(head, "object", "sha"));
  });

  it("finds the open PR on 'already exists' and updates it; unchanged costs no write with a known number", async () => {
    const created = await upsertPullRequest(fx.client(), input);
    const updated = await upsertPullRequest(fx.client(), { ...input, body: "new body" });
    expect(updated).toMatchObject({ number: created.number, operation: "updated" });
    // The update's own response: the PR's updated_at after this edit, not the runner's clock.
    expect(updated.updatedAt).toBe(
      str(
        await api(fx.emulator.url, fx.emulator.token, "GET", `/repos/nexs/collection/pulls/${created.number}`),
        "updated_at",
      ),
    );
    expect(await openPulls(input.head.branch)).toHaveLength(1);
    expect(str((await openPulls(input.head.branch))[0], "body")).toBe("new body");

    fx.proxy.resetCounts();
    const same = await upsertPullRequest(fx.client(), { ...input, body: "new body", knownNumber: created.number });
    expect(same).toMatchObject({
      number: created.number,
      operation: "none",
      updatedAt: updated.updatedAt,
      draft: true,
    });
    expect(fx.proxy.writes()).toHaveLength(0);
  });

  it("moves an open PR to the base asked for now (the head was built on it), and to the default branch when none is", async () => {
    const other = `dev-${branchNo}`;
    const main = await api(
      fx.emulator.url,
      fx.emulator.token,
      "GET",
      `/repos/nexs/collection/git/ref/heads/${BASE_BRANCH}`,
    );
    await api(fx.emulator.url, fx.emulator.token, "POST", "/repos/nexs/collection/git/refs", {
      ref: `refs/heads/${other}`,
      sha: str(main, "object", "sha"),
    });
    const created = await upsertPullRequest(fx.client(), input);
    const baseOf = async () =>
      str(
        await api(fx.emulator.url, fx.emulator.token, "GET", `/repos/nexs/collection/pulls/${created.number}`),
        "base",
        "ref",
      );

    const moved = await upsertPullRequest(fx.client(), { ...input, base: other, knownNumber: created.number });
    expect(moved).toMatchObject({ number: created.number, operation: "updated" });
    expect(await baseOf()).toBe(other);

    // No base given: the default branch, whose name the pull request carries (no call to read it).
    let asked = 0;
    const lazy = () => {
      asked++;
      return Promise.resolve(BASE_BRANCH);
    };
    const back = await upsertPullRequest(fx.client(), { ...input, base: lazy, knownNumber: created.number });
    expect(back).toMatchObject({ number: created.number, operation: "updated" });
    expect(await baseOf()).toBe(BASE_BRANCH);
    expect(asked).toBe(0);

    fx.proxy.resetCounts();
    const same = await upsertPullRequest(fx.client(), { ...input, knownNumber: created.number });
    expect(same.operation).toBe("none");
    expect(fx.proxy.writes()).toHaveLength(0);
  });

  it("ends with one PR when two runs create it at once", async () => {
    const [a, b] = await Promise.all([upsertPullRequest(fx.client(), input), upsertPullRequest(fx.client(), input)]);
    expect(a.number).toBe(b.number);
    // The loser may still add labels the winner has not added yet: "none" or "updated", never "created".
    expect([a.operation, b.operation].filter((operation) => operation === "created")).toHaveLength(1);
    expect(await openPulls(input.head.branch)).toHaveLength(1);
  });

  it("opens a new PR next to a closed one by default", async () => {
    const first = await upsertPullRequest(fx.client(), input);
    await close(first.number);
    const second = await upsertPullRequest(fx.client(), { ...input, knownNumber: first.number });
    expect(second).toMatchObject({ operation: "created", reopened: false });
    expect(second.number).not.toBe(first.number);
    const states = (await openPulls(input.head.branch)).map((pr) => [pr.number, pr.state]);
    expect(states).toContainEqual([first.number, "closed"]);
    expect(states).toContainEqual([second.number, "open"]);
  });

  it("reopens the closed PR with reopenClosed, with or without a known number", async () => {
    const first = await upsertPullRequest(fx.client(), input);
    await close(first.number);
    const reopened = await upsertPullRequest(fx.client(), { ...input, reopenClosed: true, body: "again" });
    expect(reopened).toMatchObject({ number: first.number, operation: "updated", reopened: true });
    await close(first.number);
    const known = await upsertPullRequest(fx.client(), { ...input, reopenClosed: true, knownNumber: first.number });
    expect(known).toMatchObject({ number: first.number, reopened: true });
    const pulls = await openPulls(input.head.branch);
    expect(pulls.map((pr) => [pr.number, pr.state, pr.body])).toEqual([[first.number, "open", input.body]]);
  });

  it("opens a new PR when GitHub refuses to reopen the closed one", async () => {
    const first = await upsertPullRequest(fx.client(), input);
    await close(first.number);
    fx.proxy.add({
      method: "PATCH",
      path: new RegExp(`/pulls/${first.number}$`),
      body: /"state":"open"/,
      action: {
        kind: "respond",
        status: 422,
        body: { message: "state cannot be changed. The head branch was force-pushed." },
      },
    });
    const warnings: string[] = [];
    const log = { debug() {}, info() {}, error() {}, warn: (message: string) => void warnings.push(message) };
    const result = await upsertPullRequest(fx.client(), {
      ...input,
      reopenClosed: true,
      knownNumber: first.number,
      log,
    });
    expect(result).toMatchObject({ operation: "created", reopened: false });
    expect(result.number).not.toBe(first.number);
    expect(warnings.join("\n")).toMatch(new RegExp(`#${first.number} could not be reopened`));
  });

  it("never reopens a merged PR", async () => {
    const first = await upsertPullRequest(fx.client(), { ...input, draft: false });
    await api(fx.emulator.url, fx.emulator.token, "PUT", `/repos/nexs/collection/pulls/${first.number}/merge`, {});
    const result = await upsertPullRequest(fx.client(), { ...input, reopenClosed: true, knownNumber: first.number });
    expect(result.number).not.toBe(first.number);
    expect(result.operation).toBe("created");
  });

  it("says how to let Actions create pull requests", async () => {
    fx.proxy.add({ method: "POST", path: /\/pulls$/, action: faults.actionsCannotCreatePullRequests() });
    const error = await upsertPullRequest(fx.client(), input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({ kind: "actions-cannot-create-pr", status: 403 });
    expect(String(error)).toMatch(/Allow GitHub Actions to create and approve pull requests.*create-github-app-token/);
  });
});
