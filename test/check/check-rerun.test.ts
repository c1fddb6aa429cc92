// check_run.rerequested: the check runs again, as a new check run on the re-requested run's commit, for the pull
// request the payload names, or the one its external id names, or the open one of that commit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readCheckRunRerequest } from "../../src/core/check/rerequest.js";
import type { Logger } from "../../src/core/common/logger.js";
import { rerunElementCheck } from "../../src/github/check/rerun-check.js";
import { runElementCheck } from "../../src/github/check/run-check.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { api, isObject, type Json, str } from "../support/emulator.js";
import { COLLECTION, checksRequests, type OpenedPull, openPull, servePullFiles } from "./support.js";
import { skill } from "./texts.js";

const SETTINGS = {
  pathTemplate: "elements/{type}/{id}.yaml",
  stateBranch: "nexs-state",
  strict: false,
  maxFileSize: 256 * 1024,
  dryRun: false,
};
const AT = "/repos/nexs/collection";

let fx: Fixture;
let pull: OpenedPull;
let firstRun: number;
beforeAll(async () => {
  fx = await startFixture();
  pull = await openPull(fx, "rerun", { "elements/skill/rerun-one.yaml": skill("rerun-one", { unknownKey: true }) });
  const first = await runElementCheck(fx.client(), {
    ...SETTINGS,
    collection: COLLECTION,
    pullNumber: pull.number,
    headSha: pull.headSha,
    baseRef: "main",
  });
  firstRun = first.checkRunId ?? 0;
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.proxy.resetCounts();
});

/** The webhook GitHub sends when someone presses "Re-run" on the check: the run as GitHub holds it. */
async function rerequestedPayload(edit: (run: { [key: string]: Json }) => void = () => {}): Promise<Json> {
  const { url, token } = fx.emulator;
  await api(url, token, "POST", `${AT}/check-runs/${firstRun}/rerequest`);
  const run = await api(url, token, "GET", `${AT}/check-runs/${firstRun}`);
  const repository = await api(url, token, "GET", AT);
  if (!isObject(run) || !isObject(repository)) throw new Error("emulator answered without a check run or repository");
  edit(run);
  return { action: "rerequested", check_run: run, repository };
}

const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The payload's run without our external id: what a run created by an older version, or by hand, carries. */
function withoutExternalId(run: { [key: string]: Json }): void {
  run.external_id = "";
}

async function rerun(payload: Json, log: Logger = QUIET) {
  const reading = readCheckRunRerequest(payload);
  if (!reading.ok) throw new Error(reading.reason);
  return rerunElementCheck(fx.client(), { ...SETTINGS, request: reading.request }, { log });
}

/** Drops a test's rules, keeping the pull request's file list served. */
async function clearRules(): Promise<void> {
  fx.proxy.clearRules();
  await servePullFiles(fx, pull.number, pull.branch);
}

async function runsOnHead(): Promise<number> {
  const data = await api(
    fx.emulator.url,
    fx.emulator.token,
    "GET",
    `${AT}/commits/${pull.headSha}/check-runs?filter=all`,
  );
  return isObject(data) && Array.isArray(data.check_runs) ? data.check_runs.length : 0;
}

describe("a re-requested check run", () => {
  it("is run again as a new check run, the pull request found by the run's external id", async () => {
    const before = await runsOnHead();
    const result = await rerun(await rerequestedPayload());
    expect(result).toMatchObject({ conclusion: "failure", annotations: 1, requests: { checks: 1 } });
    expect(result?.checkRunId).not.toBe(firstRun);
    expect(await runsOnHead()).toBe(before + 1);
    const sent = checksRequests(fx.proxy.requests);
    expect(sent[0]?.body).toMatchObject({ head_sha: pull.headSha, name: "nexs-publish", conclusion: "failure" });
    expect(fx.proxy.requests.filter((r) => r.path.endsWith("/pulls"))).toEqual([]);
  });

  it("takes the pull request the payload names", async () => {
    const repository = await api(fx.emulator.url, fx.emulator.token, "GET", AT);
    const id = isObject(repository) ? (repository.id ?? null) : null;
    const payload = await rerequestedPayload((run) => {
      withoutExternalId(run);
      run.pull_requests = [{ number: pull.number, base: { ref: "main", repo: { id } } }];
    });
    const result = await rerun(payload);
    expect(result).toMatchObject({ conclusion: "failure", outcome: "checked" });
    expect(fx.proxy.requests.some((r) => r.path === `${AT}/pulls/${pull.number}`)).toBe(true);
  });

  it("finds a fork's pull request (no pull_requests, no external id) by its commit", async () => {
    const pr = await api(fx.emulator.url, fx.emulator.token, "GET", `${AT}/pulls/${pull.number}`);
    const rule = fx.proxy.add({
      method: "GET",
      path: new RegExp(`^${AT}/commits/${pull.headSha}/pulls`),
      action: { kind: "respond", status: 200, body: [pr] },
    });
    try {
      const result = await rerun(await rerequestedPayload(withoutExternalId));
      expect(rule.fired()).toBe(1);
      expect(result).toMatchObject({ conclusion: "failure" });
      expect(str(pr, "base", "repo", "full_name")).toBe("nexs/collection");
    } finally {
      await clearRules();
    }
  });

  it("is skipped, with a log line, when no open pull request has the commit", async () => {
    fx.proxy.add({
      method: "GET",
      path: new RegExp(`^${AT}/commits/${pull.headSha}/pulls`),
      action: { kind: "respond", status: 200, body: [] },
    });
    const lines: string[] = [];
    try {
      const result = await rerun(await rerequestedPayload(withoutExternalId), {
        ...QUIET,
        info: (m: string) => void lines.push(m),
      });
      expect(result).toBeUndefined();
      expect(lines).toEqual([expect.stringContaining("no open pull request has this commit; nothing to check")]);
      expect(checksRequests(fx.proxy.requests)).toEqual([]);
    } finally {
      await clearRules();
    }
  });
});
