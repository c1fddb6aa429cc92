// `command: track` from the committed bundle, run as the runner runs it, against the emulator with no App: on a
// pull_request event it records that PR as the App would; on schedule it repairs what missed webhooks left behind.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../bundle/run-action.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { readState, SIGNING_KEY, SOURCE, skill, workspace, writeElement } from "../publish/support.js";

let fx: Fixture;
const ws = workspace();
const events = mkdtempSync(join(tmpdir(), "nexs-track-events-"));
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx.close();
  rmSync(ws, { recursive: true, force: true });
  rmSync(events, { recursive: true, force: true });
});

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(fx.emulator.url + path, {
    method,
    headers: { authorization: `Bearer ${fx.emulator.token}`, "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const parsed: unknown = await response.json();
  if (!response.ok || typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${method} ${path} → ${response.status}`);
  }
  return Object.fromEntries(Object.entries(parsed));
}

function publish() {
  return runAction(
    ws,
    {
      command: "publish",
      collection: "nexs/collection",
      base: "main",
      token: fx.emulator.token,
      "signing-key": SIGNING_KEY,
    },
    {
      GITHUB_API_URL: fx.proxy.url,
      GITHUB_REPOSITORY: `${SOURCE.owner}/${SOURCE.repo}`,
      GITHUB_REPOSITORY_ID: String(SOURCE.id),
      GITHUB_SHA: SOURCE.commit,
    },
  );
}

function track(
  event: string,
  payload: unknown = {},
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  const path = join(events, `${event}-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return runAction(
    ws,
    { command: "track", token: fx.emulator.token, "signing-key": SIGNING_KEY, ...inputs },
    {
      GITHUB_API_URL: fx.proxy.url,
      GITHUB_REPOSITORY: "nexs/collection",
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: path,
      GITHUB_RUN_ID: "42",
      ...env,
    },
  );
}

describe("the Action bundle, command track", () => {
  it("on pull_request: records the merge and the merged base, as the App would", async () => {
    const published = await publish();
    expect(published.code, published.stdout).toBe(0);
    const number = Number(published.outputs.get("pull-request-number"));
    const merge = await api("PUT", `/repos/nexs/collection/pulls/${number}/merge`, { merge_method: "merge" });
    const pull = await api("GET", `/repos/nexs/collection/pulls/${number}`);

    const run = await track("pull_request", { action: "closed", number, pull_request: pull });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.get("transitions") ?? "{}")).toEqual({
      pending: 0,
      draft: 0,
      merged: 1,
      rejected: 0,
    });
    expect(run.outputs.get("checked")).toBe("1");
    const state = await readState(fx.emulator);
    expect(state.submissions[String(number)]?.status).toBe("merged");
    expect(Object.values(state.base).every((entry) => entry.commit === merge["sha"])).toBe(true);
    expect(Object.keys(state.base)).toHaveLength(8);

    // The same event again changes nothing.
    const again = await track("pull_request", { action: "closed", number, pull_request: pull });
    expect(JSON.parse(again.outputs.get("transitions") ?? "{}")).toMatchObject({ merged: 0 });
  });

  it("on schedule: a merge whose webhook never arrived is recorded, and a second run finds nothing to do", async () => {
    writeElement(ws, "skill/skill-extra.yaml", skill("skill-extra"));
    const published = await publish();
    expect(published.code, published.stdout).toBe(0);
    const number = Number(published.outputs.get("pull-request-number"));
    expect((await readState(fx.emulator)).submissions[String(number)]?.status).toBe("pending");
    await api("PUT", `/repos/nexs/collection/pulls/${number}/merge`, { merge_method: "merge" });

    const run = await track("schedule");
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.get("transitions") ?? "{}")).toMatchObject({ merged: 1 });
    expect(Number(run.outputs.get("checked"))).toBeGreaterThanOrEqual(1);
    const state = await readState(fx.emulator);
    expect(state.submissions[String(number)]?.status).toBe("merged");
    expect(state.base["skill-extra"]?.path).toBe("elements/skill/skill-extra.yaml");

    const second = await track("workflow_dispatch");
    expect(second.code).toBe(0);
    expect(JSON.parse(second.outputs.get("transitions") ?? "{}")).toEqual({
      pending: 0,
      draft: 0,
      merged: 0,
      rejected: 0,
    });
  });

  it("on pull_request: a close and a reopen in one second (the same updated_at) end pending, read once more", async () => {
    writeElement(ws, "skill/skill-tie.yaml", skill("skill-tie"));
    const published = await publish();
    expect(published.code, published.stdout).toBe(0);
    const number = Number(published.outputs.get("pull-request-number"));
    const path = `/repos/nexs/collection/pulls/${number}`;
    await api("PATCH", path, { state: "closed" });
    await api("PATCH", path, { state: "open" });
    const pull = await api("GET", path);
    expect(pull["state"]).toBe("open");
    // Both events carry the PR's last updated_at, as GitHub sends them when they fall in the same second.
    const closed = { ...pull, state: "closed", closed_at: pull["updated_at"] };

    const first = await track("pull_request_target", { action: "closed", number, pull_request: closed });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(JSON.parse(first.outputs.get("transitions") ?? "{}")).toMatchObject({ rejected: 1 });
    expect((await readState(fx.emulator)).submissions[String(number)]?.status).toBe("rejected");

    fx.proxy.resetCounts();
    const second = await track("pull_request_target", { action: "reopened", number, pull_request: pull });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(JSON.parse(second.outputs.get("transitions") ?? "{}")).toEqual({
      pending: 1,
      draft: 0,
      merged: 0,
      rejected: 0,
    });
    expect(fx.proxy.requests.filter((r) => r.method === "GET" && r.path === path)).toHaveLength(1);
    const state = await readState(fx.emulator);
    expect(state.submissions[String(number)]).toMatchObject({ status: "pending", updatedAt: pull["updated_at"] });
  });

  it("refuses another event with one line", async () => {
    const run = await track("push");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::command "track" runs on pull_request, pull_request_target, schedule or workflow_dispatch, not on "push"',
    );
  });

  it("checks every input before any call, whichever event runs it, naming the input or variable", async () => {
    const cases: [string, Record<string, string>, Record<string, string>, string][] = [
      ["schedule", { "state-branch": "bad..x" }, {}, 'input "state-branch": "bad..x"'],
      ["schedule", { "max-file-size": "big" }, {}, 'input "max-file-size"'],
      ["schedule", { branch: "nexs/{owner} {repo}" }, {}, 'input "branch"'],
      ["schedule", {}, { GITHUB_REPOSITORY: "not-a-repo" }, 'GITHUB_REPOSITORY is "not-a-repo", not owner/repo'],
      ["", {}, {}, "GITHUB_EVENT_NAME is not set"],
    ];
    for (const [event, inputs, env, expected] of cases) {
      fx.proxy.resetCounts();
      const run = await track(event, {}, inputs, env);
      const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
      expect(run.code, expected).toBe(1);
      expect(errors, expected).toHaveLength(1);
      expect(errors[0], expected).toContain(expected);
      expect(fx.proxy.requests, expected).toEqual([]);
    }
  });
});
