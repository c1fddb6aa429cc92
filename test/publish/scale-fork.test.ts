// A 1,000-element publish (trees in chunks of 100, one commit) and fork mode (the branch in the token owner's fork).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elementsMatchDigest } from "../../src/core/tracking/marker-digest.js";
import { verifyMarker } from "../../src/core/tracking/marker-trust.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { listFiles } from "../support/emulator.js";
import {
  generatedWorkspace,
  instant,
  publishOk,
  publishOptions,
  pulls,
  readState,
  SIGNING_KEY,
  SOURCE,
  workspace,
} from "./support.js";

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
    // The state branch is created on this first publish too, by a tree request of its own (no base tree).
    const elementTrees = fx.proxy.requests.filter(
      (r) => r.route === "POST /repos/:owner/:repo/git/trees" && r.body.includes('"base_tree"'),
    );
    expect(elementTrees).toHaveLength(10);
    expect(
      fx.proxy.requests.filter(
        (r) => r.route === "POST /repos/:owner/:repo/git/commits" && r.body.includes("1000 elements"),
      ),
    ).toHaveLength(1);
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, "nexs/publisher/source");
    expect([...files.keys()].filter((path) => path.startsWith("elements/skill/"))).toHaveLength(1000);
    const submission = (await readState(fx.emulator)).submissions[String(result.pullRequest?.number)];
    expect(submission?.elements).toHaveLength(1000);
    // The element table is cut to what fits; the marker, too long as a list, carries the list's digest, and the
    // state document's submission is that list.
    const [pr] = await pulls(fx.emulator);
    expect(pr?.body.length).toBeLessThanOrEqual(65_536);
    expect(tableCount(pr?.body ?? "")).toBe(1000);
    const trust = verifyMarker(pr?.body ?? "", SIGNING_KEY, { id: SOURCE.id, name: "publisher/source" });
    if (trust.trust !== "trusted" || trust.payload.form !== "digest")
      throw new Error(`expected a trusted digest marker: ${JSON.stringify(trust)}`);
    expect(trust.payload.digest.count).toBe(1000);
    expect(elementsMatchDigest(submission?.elements ?? [], trust.payload.digest)).toBe(true);

    fx.proxy.resetCounts();
    const again = await publishOk(fx.client(), publishOptions(ws));
    expect(again.operation).toBe("none");
    expect(fx.proxy.writes()).toEqual([]);
  });
});

describe("a 5,000-element publish", () => {
  it("keeps the body under GitHub's limit with a digest marker that matches the state document", async () => {
    const ws = generatedWorkspace(5000, "skill-big");
    const source = { ...SOURCE, repo: "big", id: 5005 };
    const result = await publishOk(fx.client(), publishOptions(ws, { source, branch: "nexs/publisher/big" }));
    expect(result.operation).toBe("created");
    const pr = (await pulls(fx.emulator)).find((p) => p.number === result.pullRequest?.number);
    const body = pr?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\n…and \d+ more elements \(see the Files changed tab\)\.\n/);
    expect(tableCount(body)).toBe(5000);
    const trust = verifyMarker(body, SIGNING_KEY, { id: source.id, name: "publisher/big" });
    if (trust.trust !== "trusted" || trust.payload.form !== "digest")
      throw new Error(`expected a trusted digest marker: ${JSON.stringify(trust)}`);
    const state = await readState(fx.emulator, fx.emulator.url, "sources/publisher/big.json");
    const elements = state.submissions[String(pr?.number)]?.elements ?? [];
    expect(elements).toHaveLength(5000);
    expect(trust.payload.digest.count).toBe(5000);
    expect(elementsMatchDigest(elements, trust.payload.digest)).toBe(true);
  });
});

/** Rows in the body's element table plus the "…and N more" it ends with. */
function tableCount(body: string): number {
  const rows = body.split("\n").filter((line) => line.endsWith("| added |")).length;
  const more = /\n…and (\d+) more elements? \(see the Files changed tab\)\.\n/.exec(body);
  return rows + Number(more?.[1] ?? 0);
}

describe("fork mode", () => {
  it("pushes the branch to the token owner's fork and opens the PR from there", async () => {
    const ws = workspace();
    const fork = { owner: "contributor", repo: "collection" };
    const client = fx.client({ token: fx.emulator.tokens.contributor });
    const options = publishOptions(ws, {
      source: { ...SOURCE, owner: "contributor", repo: "elements" },
      branch: "nexs/contributor/elements",
      fork: true,
    });
    const result = await publishOk(client, options, instant);
    expect(result.operation).toBe("created");
    expect(result.pullRequest?.branch).toBe("contributor:nexs/contributor/elements");
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fork, "nexs/contributor/elements");
    expect(files.has("elements/persona/persona-technical-expert.yaml")).toBe(true);
    expect((await pulls(fx.emulator, "open")).filter((pr) => pr.headRef === "nexs/contributor/elements")).toHaveLength(
      1,
    );
    // The collection itself has no such branch.
    await expect(
      listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, "nexs/contributor/elements"),
    ).rejects.toThrow();
    // The contributor may not write the collection's state: the App records the submission from the signed marker.
    expect(result.recorded).toBe(false);

    fx.proxy.resetCounts();
    const again = await publishOk(client, options, instant);
    expect(again.pullRequest?.number).toBe(result.pullRequest?.number);
    expect(fx.proxy.writes().filter((r) => /\/git\/(trees|commits|refs)/.test(r.path))).toEqual([]);
    expect(await listFiles(fx.emulator.url, fx.emulator.token, fork, "nexs/contributor/elements")).toEqual(files);
    expect((await pulls(fx.emulator, "open")).filter((pr) => pr.headRef === "nexs/contributor/elements")).toHaveLength(
      1,
    );
  });
});
