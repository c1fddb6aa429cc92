// The nexs-publish check run against emulate@0.12.2 behind the fault proxy: what the checks API is sent, request
// by request, for clean, failing, large and empty pull requests, and the conflict rules against the collection.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runElementCheck, type ElementCheckInput } from "../../src/github/check/run-check.js";
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
  persona,
  putStateDocument,
  skill,
  submission,
} from "./support.js";

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
  it("passes a clean pull request with no annotation, in one checks request, references resolved by the collection", async () => {
    const pull = await openPull(fx, "clean", {
      "elements/skill/clean-one.yaml": skill("clean-one", { dependsOn: "existing-skill" }),
      "elements/skill/clean-two.yaml": skill("clean-two", { dependsOn: "clean-one" }),
    });
    fx.proxy.resetCounts();
    const result = await runElementCheck(fx.client(), input(pull));
    expect(result).toMatchObject({ conclusion: "success", outcome: "checked", annotations: 0 });
    expect(result.requests).toEqual({ checks: 1, blobs: 2 });
    const sent = checksRequests(fx.proxy.requests);
    expect(sent.map((r) => `${r.method} ${r.route}`)).toEqual(["POST /repos/:owner/:repo/check-runs"]);
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
        end_column: 3,
        annotation_level: "failure",
        title: "schema/additional-property",
        message: expect.stringContaining('unknown metadata key "colour"'),
      },
      {
        path: "elements/skill/dangling.yaml",
        start_line: 18,
        end_line: 18,
        start_column: 17,
        end_column: 17,
        annotation_level: "warning",
        title: "ref/unresolved",
        message: expect.stringContaining('"no-such-skill" names no skill'),
      },
      expect.objectContaining({
        path: "elements/skill/needs-gone.yaml",
        start_line: 18,
        title: "ref/unresolved",
        message: expect.stringContaining('"going-away" names no skill'),
      }),
    ]);
    expect(outputOf(sent[0]).title).toBe("1 error, 2 warnings in 3 element files");
    // Only the element files the head holds are read: the removed one is not.
    expect(result.requests.blobs).toBe(3);
  });
});
