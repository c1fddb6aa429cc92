import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blobShas } from "../../src/core/git/tree-hash.js";
import { readBranchHead, readTree } from "../../src/github/collection-read.js";
import { GitHubError } from "../../src/github/github-error.js";
import { BASE_BRANCH, branchHead, isObject, type Json, listFiles } from "../support/emulator.js";
import { type Fixture, startFixture } from "./fixture.js";

const files = {
  "elements/persona/a.yaml": "a: 1\n",
  "elements/persona/b.yaml": "b: 2\n",
  "elements/skill/c.yaml": "c: 3\n",
  "elements/skill/deep/d.yaml": "d: 4\n",
  "docs/guide.md": "# guide\n",
};

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture({ files });
});
afterAll(() => fx.close());

/** GitHub's answer for a tree too large to list: `truncated: true` and only part of the entries. */
const truncate = (body: Json): Json =>
  isObject(body) && Array.isArray(body.tree) ? { ...body, truncated: true, tree: body.tree.slice(0, 2) } : body;

describe("readBranchHead", () => {
  it("returns the head commit and its tree in one call", async () => {
    const expected = await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BASE_BRANCH);
    fx.proxy.resetCounts();
    expect(await readBranchHead(fx.client(), fx.emulator.collection, BASE_BRANCH)).toEqual(expected);
    expect(fx.proxy.requests).toHaveLength(1);
  });

  it("returns undefined for a branch that does not exist", async () => {
    expect(await readBranchHead(fx.client(), fx.emulator.collection, "no/such-branch")).toBeUndefined();
  });

  it("reads a missing repository as a missing branch (GitHub's 404 cannot tell them apart)", async () => {
    expect(await readBranchHead(fx.client(), { owner: "nexs", repo: "nope" }, "main")).toBeUndefined();
  });
});

describe("readTree", () => {
  it("names the repository when it cannot be read", async () => {
    const error = await readTree(fx.client(), { owner: "nexs", repo: "nope" }, "0".repeat(40)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GitHubError);
    expect(String(error)).toMatch(
      /read tree .* of nexs\/nope: GitHub answered 404.*nexs\/nope does not exist \(check the name\) or the token cannot see it/,
    );
  });

  it("lists every blob of the collection with its SHA in one recursive call", async () => {
    const head = await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BASE_BRANCH);
    fx.proxy.resetCounts();
    const listing = await readTree(fx.client(), fx.emulator.collection, head.tree);
    expect(fx.proxy.requests).toHaveLength(1);
    expect(blobShas(listing)).toEqual(
      await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BASE_BRANCH),
    );
    expect(
      listing.entries
        .filter((entry) => entry.type === "tree")
        .map((entry) => entry.path)
        .sort(),
    ).toEqual(["docs", "elements", "elements/persona", "elements/skill", "elements/skill/deep"]);
  });

  it("reads a truncated tree directory by directory and gets the same listing", async () => {
    const head = await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BASE_BRANCH);
    const whole = await readTree(fx.client(), fx.emulator.collection, head.tree);
    const listing = (await fx.client().rest.git.getTree({ ...fx.emulator.collection, tree_sha: head.tree })).data.tree;
    const elements = listing.find((entry) => entry.path === "elements")?.sha ?? "";

    // The root and the elements/ subtree are both too large to list recursively; docs/ is not.
    const rootRule = fx.proxy.add({
      method: "GET",
      path: new RegExp(`/git/trees/${head.tree}\\?recursive=1$`),
      action: { kind: "rewrite", rewrite: truncate },
    });
    const elementsRule = fx.proxy.add({
      method: "GET",
      path: new RegExp(`/git/trees/${elements}\\?recursive=1$`),
      action: { kind: "rewrite", rewrite: truncate },
    });
    fx.proxy.resetCounts();
    try {
      const read = await readTree(fx.client(), fx.emulator.collection, head.tree);
      const sort = (entries: typeof read.entries) => [...entries].sort((a, b) => a.path.localeCompare(b.path));
      expect(sort(read.entries)).toEqual(sort(whole.entries));
      expect(rootRule.fired()).toBe(1);
      expect(elementsRule.fired()).toBe(1);
      // root: recursive + flat; docs: recursive; elements: recursive + flat; persona, skill: recursive.
      expect(fx.proxy.requests).toHaveLength(7);
    } finally {
      fx.proxy.clearRules();
    }
  });
});
