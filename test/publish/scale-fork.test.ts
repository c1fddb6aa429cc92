// A 1,000-element publish (trees in chunks of 100, one commit) and fork mode (the branch in the token owner's fork).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../support/emulator.js";
import { startFixture, type Fixture } from "../github/fixture.js";
import { generatedWorkspace, instant, publishOk, publishOptions, pulls, readState, SOURCE, workspace } from "./support.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());

describe("a 1,000-element publish", () => {
  it("writes every file in one commit, with ten tree requests, and re-runs for free", async () => {
    const ws = generatedWorkspace(1000);
    fx.proxy.resetCounts();
    const result = await publishOk(fx.client(), publishOptions(ws));
    expect(result.operation).toBe("created");
    expect(result.counts.add).toBe(1000);
    // The state branch is created on this first publish too (a tree and a commit of its own).
    const elementTrees = fx.proxy.requests.filter((r) => r.route === "POST /repos/:owner/:repo/git/trees" && r.body.includes("elements/skill/"));
    expect(elementTrees).toHaveLength(10);
    expect(fx.proxy.requests.filter((r) => r.route === "POST /repos/:owner/:repo/git/commits" && r.body.includes("1000 elements"))).toHaveLength(1);
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, "nexs/publisher/source");
    expect([...files.keys()].filter((path) => path.startsWith("elements/skill/"))).toHaveLength(1000);
    expect((await readState(fx.emulator)).submissions[String(result.pullRequest?.number)]?.elements).toHaveLength(1000);
    // The element table is cut to what fits; the marker (format v1) lists every element, which for 1,000 elements
    // is larger than GitHub's PR-body limit: the lead's report tracks that, and the state document holds them all.
    const [pr] = await pulls(fx.emulator);
    expect(pr?.body).toMatch(/\| … \| \| \d+ more \(see the files tab\) \|/);

    fx.proxy.resetCounts();
    const again = await publishOk(fx.client(), publishOptions(ws));
    expect(again.operation).toBe("none");
    expect(fx.proxy.writes()).toEqual([]);
  });
});

describe("fork mode", () => {
  it("pushes the branch to the token owner's fork and opens the PR from there", async () => {
    const ws = workspace();
    const fork = { owner: "contributor", repo: "collection" };
    const client = fx.client({ token: fx.emulator.tokens.contributor });
    const options = publishOptions(ws, { source: { ...SOURCE, owner: "contributor", repo: "elements" }, branch: "nexs/contributor/elements", fork: true });
    const result = await publishOk(client, options, instant);
    expect(result.operation).toBe("created");
    expect(result.pullRequest?.branch).toBe("contributor:nexs/contributor/elements");
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fork, "nexs/contributor/elements");
    expect(files.has("elements/persona/persona-technical-expert.yaml")).toBe(true);
    expect((await pulls(fx.emulator, "open")).filter((pr) => pr.headRef === "nexs/contributor/elements")).toHaveLength(1);
    // The collection itself has no such branch.
    await expect(listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, "nexs/contributor/elements")).rejects.toThrow();
    // The contributor may not write the collection's state: the App records the submission from the signed marker.
    expect(result.recorded).toBe(false);

    fx.proxy.resetCounts();
    const again = await publishOk(client, options, instant);
    expect(again.pullRequest?.number).toBe(result.pullRequest?.number);
    expect(fx.proxy.writes().filter((r) => /\/git\/(trees|commits|refs)/.test(r.path))).toEqual([]);
    expect(await listFiles(fx.emulator.url, fx.emulator.token, fork, "nexs/contributor/elements")).toEqual(files);
    expect((await pulls(fx.emulator, "open")).filter((pr) => pr.headRef === "nexs/contributor/elements")).toHaveLength(1);
  });
});
