// The nexs-publish check run against emulate@0.12.2 behind the fault proxy: what the checks API is sent, request
// by request, for clean, failing, large and empty pull requests, and the conflict rules against the collection.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ElementCheckInput, runElementCheck } from "../../src/github/check/run-check.js";
import { GitHubStateStore } from "../../src/github/state-store.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { api, isObject, type Json, str } from "../support/emulator.js";
import {
  annotationsOf,
  blobReads,
  COLLECTION,
  checksRequests,
  type OpenedPull,
  openPull,
  outputOf,
  putStateDocument,
} from "./support.js";
import { persona, skill, submission } from "./texts.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture({
    files: {
      "elements/skill/existing-skill.yaml": skill("existing-skill"),
      "elements/persona/taken-id.yaml": persona("taken-id"),
      "elements/skill/going-away.yaml": skill("going-away"),
    },
  });
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.proxy.resetCounts();
});

function input(pull: OpenedPull, overrides: Partial<ElementCheckInput> = {}): ElementCheckInput {
  return {
    collection: COLLECTION,
    pullNumber: pull.number,
    headSha: pull.headSha,
    baseRef: "main",
    pathTemplate: "elements/{type}/{id}.yaml",
    stateBranch: "nexs-state",
    strict: false,
    maxFileSize: 256 * 1024,
    dryRun: false,
    ...overrides,
  };
}

/** The check runs GitHub holds for a commit, newest first. */
async function checkRunsOn(sha: string): Promise<Json[]> {
  const data = await api(fx.emulator.url, fx.emulator.token, "GET", `/repos/nexs/collection/commits/${sha}/check-runs`);
  return isObject(data) && Array.isArray(data.check_runs) ? data.check_runs : [];
}

describe("the nexs-publish check run", () => {
  it("passes a clean pull request: no annotation, one checks request, collection references resolve", async () => {
    const pull = await openPull(fx, "clean", {
      "elements/skill/clean-one.yaml": skill("clean-one", { dependsOn: "existing-skill" }),
      "elements/skill/clean-two.yaml": skill("clean-two", { dependsOn: "clean-one" }),
    });
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "success", outcome: "checked", annotations: 0 });
    expect(result.requests).toEqual({ checks: 1, blobs: 2 });
    const sent = checksRequests(fx.proxy.requests);
    expect(sent.map((r) => r.route)).toEqual(["POST /repos/:owner/:repo/check-runs"]);
    expect(sent[0]?.body).toMatchObject({
      name: "nexs-publish",
      head_sha: pull.headSha,
      status: "completed",
      conclusion: "success",
      external_id: `nexs-publish:pr:${pull.number}`,
    });
    expect(annotationsOf(sent[0])).toEqual([]);
    expect(outputOf(sent[0]).title).toBe("2 element files, no problems");
    expect(outputOf(sent[0]).summary).toContain("✅ **2 element files**: 0 errors, 0 warnings");

    const runs = await checkRunsOn(pull.headSha);
    expect(runs.map((run) => [str(run, "name"), str(run, "conclusion")])).toEqual([["nexs-publish", "success"]]);
  });

  it("fails a pull request with errors, annotating each finding on its line", async () => {
    const pull = await openPull(fx, "broken", {
      "elements/skill/broken-one.yaml": skill("broken-one", { unknownKey: true }),
      "elements/skill/dangling.yaml": skill("dangling", { dependsOn: "no-such-skill" }),
      // The base holds going-away, but this pull request removes it: a reference to it no longer resolves.
      "elements/skill/going-away.yaml": null,
      "elements/skill/needs-gone.yaml": skill("needs-gone", { dependsOn: "going-away" }),
    });
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "failure", outcome: "checked", annotations: 3 });
    const sent = checksRequests(fx.proxy.requests);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({ conclusion: "failure" });
    expect(annotationsOf(sent[0])).toEqual([
      {
        path: "elements/skill/broken-one.yaml",
        start_line: 10,
        end_line: 10,
        start_column: 3,
        end_column: 9,
        annotation_level: "failure",
        title: "schema/additional-property",
        message: expect.stringContaining('unknown metadata key "colour"'),
      },
      {
        path: "elements/skill/dangling.yaml",
        start_line: 17,
        end_line: 17,
        start_column: 17,
        end_column: 30,
        annotation_level: "warning",
        title: "ref/unresolved",
        message: expect.stringContaining('"no-such-skill" names no skill'),
      },
      expect.objectContaining({
        path: "elements/skill/needs-gone.yaml",
        start_line: 17,
        title: "ref/unresolved",
        message: expect.stringContaining('"going-away" names no skill'),
      }),
    ]);
    expect(outputOf(sent[0]).title).toBe("1 error, 2 warnings in 3 element files");
    // Only the element files the head holds are read: the removed one is not.
    expect(result.requests.blobs).toBe(3);
  });

  it("carries all 120 annotations of 120 findings in exactly 3 checks requests: 50, 50 and 20", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) {
      const n = String(i).padStart(2, "0");
      files[`elements/skill/many-error-${n}.yaml`] = skill(`many-error-${n}`, { unknownKey: true });
      files[`elements/skill/many-warning-${n}.yaml`] = skill(`many-warning-${n}`, { dependsOn: `missing-${n}` });
    }
    const pull = await openPull(fx, "many", files);
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "failure", annotations: 120, requests: { checks: 3, blobs: 120 } });

    const sent = checksRequests(fx.proxy.requests);
    expect(sent.map((r) => r.route)).toEqual([
      "POST /repos/:owner/:repo/check-runs",
      "PATCH /repos/:owner/:repo/check-runs/:number",
      "PATCH /repos/:owner/:repo/check-runs/:number",
    ]);
    expect(sent.map((r) => annotationsOf(r).length)).toEqual([50, 50, 20]);
    const annotated = sent.flatMap(annotationsOf).map((a) => `${str(a, "path")}:${str(a, "title")}`);
    expect(new Set(annotated).size).toBe(120);
    expect(annotated.filter((a) => a.endsWith(":schema/additional-property"))).toHaveLength(60);
    expect(annotated.filter((a) => a.endsWith(":ref/unresolved"))).toHaveLength(60);
    // Each update repeats the output's title and summary, as GitHub requires with annotations.
    for (const request of sent) expect(outputOf(request).title).toBe("60 errors, 60 warnings in 120 element files");
    const patched = fx.proxy.requests.filter((r) => r.method === "PATCH").map((r) => r.path);
    expect(patched).toEqual([0, 1].map(() => `/repos/nexs/collection/check-runs/${result.checkRunId}`));
  });

  it("gives a pull request over the file limit a neutral check that names the limit, reading no blob", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`elements/skill/bulk-${String(i).padStart(3, "0")}.yaml`] = `id: ${i}\n`;
    const pull = await openPull(fx, "too-many", files);
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "neutral", outcome: "too-large", annotations: 0 });
    expect(result.requests).toEqual({ checks: 1, blobs: 0 });
    // The 301st element file is on page 4: page 5 is never asked for, and nothing is downloaded.
    const listings = fx.proxy.requests.filter((r) => r.route === "GET /repos/:owner/:repo/pulls/:number/files");
    expect(listings.map((r) => r.url.replace(/^.*\?/, ""))).toEqual([
      "per_page=100",
      "per_page=100&page=2",
      "per_page=100&page=3",
      "per_page=100&page=4",
    ]);
    expect(blobReads(fx.proxy.requests)).toBe(0);
    expect(fx.proxy.requests.filter((r) => r.route.includes("/git/trees/"))).toEqual([]);
    const sent = checksRequests(fx.proxy.requests);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(outputOf(sent[0]).title).toBe("Too large to check");
    expect(outputOf(sent[0]).summary).toContain("it changes more than 300 element files");
    expect(outputOf(sent[0]).summary).toContain("at most 300 element files and 5 MiB");
  });

  it("gives a pull request over the byte limit a neutral check before downloading a single blob", async () => {
    const files: Record<string, string> = {};
    // 21 files just under max-file-size: 5.1 MiB, over the 5 MiB a check reads.
    for (let i = 0; i < 21; i++) files[`elements/skill/heavy-${i}.yaml`] = `# ${"x".repeat(255 * 1024)}\n`;
    const pull = await openPull(fx, "too-heavy", files);
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "neutral", outcome: "too-large", requests: { checks: 1, blobs: 0 } });
    expect(blobReads(fx.proxy.requests)).toBe(0);
    const summary = outputOf(checksRequests(fx.proxy.requests)[0]).summary;
    expect(summary).toMatch(/its element files hold 5\.\d\d MiB, more than the 5 MiB one check reads/);
  });

  it("refuses a file over max-file-size and a symlink from the head's tree, without downloading them", async () => {
    const pull = await openPull(fx, "one-too-big", {
      "elements/skill/huge.yaml": `# ${"x".repeat(300 * 1024)}\n`,
      "elements/skill/linked.yaml": { symlink: "../../README.md" },
      "elements/skill/small-one.yaml": skill("small-one"),
    });
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "failure", annotations: 2, requests: { checks: 1, blobs: 1 } });
    expect(blobReads(fx.proxy.requests)).toBe(1);
    expect(annotationsOf(checksRequests(fx.proxy.requests)[0])).toEqual([
      expect.objectContaining({
        path: "elements/skill/huge.yaml",
        start_line: 1,
        title: "limit/file-size",
        message: "the file has 307203 bytes, more than the limit of 262144; split the element or raise max-file-size",
      }),
      expect.objectContaining({
        path: "elements/skill/linked.yaml",
        title: "file/not-regular",
        message: expect.stringContaining("elements/skill/linked.yaml is a symlink, not a regular file"),
      }),
    ]);
  });

  it("gives a pull request that changes no element file a neutral 'nothing to check'", async () => {
    const pull = await openPull(fx, "docs-only", {
      "docs/guide.md": "# Guide\n",
      "elements/skill/existing-skill.yaml": null,
    });
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({
      conclusion: "neutral",
      outcome: "nothing-to-check",
      requests: { checks: 1, blobs: 0 },
    });
    const sent = checksRequests(fx.proxy.requests);
    expect(outputOf(sent[0])).toEqual({
      title: "No element files changed",
      summary: expect.stringContaining("changes no element file"),
    });
  });

  it("writes nothing on a dry run, and says what it would write", async () => {
    const pull = await openPull(fx, "dry", { "elements/skill/dry-one.yaml": skill("dry-one") });
    const lines: string[] = [];
    const log = { debug() {}, info: (m: string) => lines.push(m), warn() {}, error() {} };
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull, { dryRun: true }), { log });
    expect(result).toMatchObject({ conclusion: "success", checkRunId: undefined, requests: { checks: 1 } });
    expect(fx.proxy.writes()).toEqual([]);
    expect(lines.join("\n")).toContain(`dry run: would create check run nexs-publish on ${pull.headSha}`);
    expect(await checkRunsOn(pull.headSha)).toEqual([]);
  });
});

describe("the conflict rules", () => {
  it("fails an element whose id the collection already holds at another path", async () => {
    const pull = await openPull(fx, "taken", { "elements/skill/taken-id.yaml": skill("taken-id") });
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result.conclusion).toBe("failure");
    expect(annotationsOf(checksRequests(fx.proxy.requests)[0])).toEqual([
      expect.objectContaining({
        path: "elements/skill/taken-id.yaml",
        start_line: 2,
        start_column: 7,
        annotation_level: "failure",
        title: "check/id-elsewhere",
        message: expect.stringContaining('"taken-id" is already in the collection at elements/persona/taken-id.yaml'),
      }),
    ]);
  });

  it("warns about an id another open submission changes, naming and linking it (never the PR itself)", async () => {
    const pull = await openPull(fx, "contested", {
      "elements/skill/contested.yaml": skill("contested"),
      "elements/skill/uncontested.yaml": skill("uncontested"),
    });
    await putStateDocument(fx, { owner: "other", repo: "source" }, [
      submission(99, ["contested", "elsewhere"]),
      submission(98, ["contested"], "merged"),
    ]);
    await putStateDocument(fx, { owner: "publisher", repo: "source" }, [submission(pull.number, ["contested"])]);
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "success", annotations: 1 });
    const sent = checksRequests(fx.proxy.requests)[0];
    expect(annotationsOf(sent)).toEqual([
      expect.objectContaining({
        path: "elements/skill/contested.yaml",
        start_line: 2,
        annotation_level: "warning",
        title: "check/open-submission",
        message: expect.stringContaining(
          '"contested" is also changed by open submission #99 of other/source ' +
            "(https://github.com/nexs/collection/pull/99)",
        ),
      }),
    ]);
    expect(outputOf(sent).summary).toContain(
      "- [#99](https://github.com/nexs/collection/pull/99) from other/source: contested",
    );
  });

  it("still checks when a state document is broken, and says it was left out", async () => {
    const store = new GitHubStateStore(fx.client(), { repo: COLLECTION, branch: "nexs-state" });
    await store.write("sources/broken/doc.json", "{ not json", null, "a broken document");
    const pull = await openPull(fx, "after-broken", { "elements/skill/after-broken.yaml": skill("after-broken") });
    const warnings: string[] = [];
    const log = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull), { log });
    expect(result.conclusion).toBe("success");
    expect(warnings.join("\n")).toContain("the state document sources/broken/doc.json on branch nexs-state");
    expect(outputOf(checksRequests(fx.proxy.requests)[0]).summary).toContain("**Not taken into account:**");
  });
});
