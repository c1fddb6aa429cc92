// check_run payloads as GitHub documents them (@octokit/webhooks-examples), read by readCheckRunRerequest.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { checkExternalId, pullNumberOfExternalId } from "../../../src/core/check/check-identity.js";
import { readCheckRunRerequest } from "../../../src/core/check/rerequest.js";
import { isPlainObject, type PlainObject } from "../../../src/core/common/plain-object.js";

/** The JSON import does not typecheck, so the package is loaded untyped and checked here. */
function checkRunExamples(): PlainObject[] {
  const all: unknown = createRequire(import.meta.url)("@octokit/webhooks-examples");
  if (!Array.isArray(all)) throw new Error("@octokit/webhooks-examples: expected an array");
  const entry = all.find((e: unknown) => isPlainObject(e) && e.name === "check_run");
  const examples = isPlainObject(entry) && Array.isArray(entry.examples) ? entry.examples : [];
  return examples.filter(isPlainObject);
}

/** A deep copy with the check run renamed to ours and the action set. */
function ours(example: PlainObject, action = "rerequested"): PlainObject {
  const copy: unknown = JSON.parse(JSON.stringify(example));
  if (!isPlainObject(copy) || !isPlainObject(copy.check_run)) throw new Error("example without check_run");
  copy.check_run.name = "nexs-publish";
  copy.action = action;
  return copy;
}

const examples = checkRunExamples();
const rerequested = examples.filter((e) => e.action === "rerequested");
const withPulls = examples.find(
  (e) => isPlainObject(e.check_run) && Array.isArray(e.check_run.pull_requests) && e.check_run.pull_requests.length > 0,
);

describe("readCheckRunRerequest", () => {
  it("reads GitHub's rerequested examples once the run is ours: commit, repository, no pull request", () => {
    expect(rerequested.length).toBeGreaterThan(0);
    for (const example of rerequested) {
      const reading = readCheckRunRerequest(ours(example));
      expect(reading).toEqual({
        ok: true,
        request: {
          collection: { owner: expect.any(String), repo: expect.any(String) },
          headSha: expect.stringMatching(/^[0-9a-f]{40}$/),
          pullNumbers: [],
          externalPullNumber: undefined,
        },
      });
    }
  });

  it("takes the payload's pull requests of this repository, and our external id", () => {
    if (!withPulls) throw new Error("no example with pull_requests");
    const payload = ours(withPulls);
    if (isPlainObject(payload.check_run)) payload.check_run.external_id = checkExternalId(41);
    const reading = readCheckRunRerequest(payload);
    expect(reading.ok && reading.request.pullNumbers).toEqual([2]);
    expect(reading.ok && reading.request.externalPullNumber).toBe(41);
  });

  it("leaves out a pull request of another repository that shares the commit", () => {
    if (!withPulls) throw new Error("no example with pull_requests");
    const payload = ours(withPulls);
    if (isPlainObject(payload.repository)) payload.repository.id = 1;
    const reading = readCheckRunRerequest(payload);
    expect(reading.ok && reading.request.pullNumbers).toEqual([]);
  });

  it("refuses other apps' runs, other actions and broken payloads with a reason", () => {
    const [example] = rerequested;
    if (!example) throw new Error("no rerequested example");
    expect(readCheckRunRerequest(example)).toEqual({ ok: false, reason: "the check run is not nexs-publish" });
    expect(readCheckRunRerequest(ours(example, "created"))).toEqual({
      ok: false,
      reason: 'the action is not "rerequested"',
    });
    expect(readCheckRunRerequest(null).ok).toBe(false);
    const noSha = ours(example);
    if (isPlainObject(noSha.check_run)) noSha.check_run.head_sha = "main";
    expect(readCheckRunRerequest(noSha)).toEqual({ ok: false, reason: "the check run has no head_sha" });
  });
});

describe("the check run's external id", () => {
  it("round-trips a pull-request number and ignores anything else", () => {
    expect(pullNumberOfExternalId(checkExternalId(12))).toBe(12);
    for (const other of ["", "12", "nexs-publish:pr:0", "nexs-publish:pr:1e3", "other:pr:3", 12, undefined])
      expect(pullNumberOfExternalId(other)).toBeUndefined();
  });
});
