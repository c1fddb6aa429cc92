// The committed dist/action bundle with `command: publish`, run as the Actions runner runs it: Node 24 on
// action.yml's runs.main, every input as INPUT_<NAME>, GITHUB_* in the environment, GITHUB_API_URL pointing at the
// fault proxy in front of the emulator. Rebuild (`npm run build`) after changing the source.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyMarker } from "../../src/core/tracking/marker-trust.js";
import { runAction } from "../bundle/run-action.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { faults } from "../support/fault-proxy.js";
import { pulls, readState, SIGNING_KEY, SOURCE, skill, workspace, writeElement } from "./support.js";

interface Run {
  code: number | null;
  stdout: string;
  outputs: Map<string, string>;
  summary: string;
}

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());

async function runPublish(ws: string, inputs: Record<string, string>): Promise<Run> {
  const given: Record<string, string> = {
    command: "publish",
    collection: "nexs/collection",
    base: "main",
    token: fx.emulator.token,
    "signing-key": SIGNING_KEY,
    ...inputs,
  };
  const run = await runAction(ws, given, {
    GITHUB_API_URL: fx.proxy.url,
    GITHUB_REPOSITORY: `${SOURCE.owner}/${SOURCE.repo}`,
    GITHUB_REPOSITORY_ID: String(SOURCE.id),
    GITHUB_SHA: SOURCE.commit,
    GITHUB_RUN_ID: "777",
  });
  // Both streams: a secret must reach neither.
  return { code: run.code, stdout: run.stdout + run.stderr, outputs: run.outputs, summary: run.summary };
}

/** The log with the runner's masking commands removed: what a reader of the job log could see. */
const visible = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");

describe("the Action bundle, command publish", () => {
  const ws = workspace();

  it("a collection the token cannot see, or a base that does not exist, is one error saying which", async () => {
    const missing = await runPublish(ws, { collection: "nexs/no-such-collection" });
    expect(missing.code).toBe(1);
    const repoError = missing.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(repoError).toHaveLength(1);
    expect(repoError[0]).toContain("No repository nexs/no-such-collection that this token can see");
    const noBranch = await runPublish(ws, { base: "no-such-branch" });
    const branchError = noBranch.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(branchError).toHaveLength(1);
    expect(branchError[0]).toContain("nexs/collection has no branch no-such-branch: check the `base` input");
  });

  it("first publish: outputs, job summary, a signed marker, a pending submission; secrets only ever masked", async () => {
    const run = await runPublish(ws, { labels: "nexs, elements" });
    expect(run.code, run.stdout).toBe(0);
    const number = run.outputs.get("pull-request-number") ?? "";
    expect(number).toMatch(/^\d+$/);
    expect(run.outputs.get("pull-request-operation")).toBe("created");
    expect(run.outputs.get("pull-request-branch")).toBe("nexs/publisher/source");
    expect(run.outputs.get("pull-request-head-sha")).toMatch(/^[0-9a-f]{40}$/);
    expect(run.outputs.get("pull-request-url")).toContain(`/pull/${number}`);
    expect(run.outputs.get("submission")).toBe(`nexs/collection#${number}`);
    expect(JSON.parse(run.outputs.get("plan") ?? "{}")).toMatchObject({ add: 8, update: 0, conflict: 0 });
    expect(run.summary).toContain("## nexs-publish publish");
    expect(run.summary).toMatch(
      /\| persona-technical-expert \| elements\/persona\/persona-technical-expert\.yaml \| add \| yes \| new element/,
    );

    expect(run.stdout).toContain(`::add-mask::${fx.emulator.token}`);
    expect(run.stdout).toContain(`::add-mask::${SIGNING_KEY}`);
    expect(visible(run.stdout)).not.toContain(SIGNING_KEY);
    expect(visible(run.stdout)).not.toContain(fx.emulator.token);

    const [pr] = await pulls(fx.emulator);
    expect(verifyMarker(pr?.body ?? "", SIGNING_KEY).trust).toBe("trusted");
    expect((await readState(fx.emulator)).submissions[number]).toMatchObject({
      status: "pending",
      lastDelivery: "run 777/1",
    });
  });

  it("re-run with nothing changed: operation none, no write, still one PR", async () => {
    fx.proxy.resetCounts();
    const run = await runPublish(ws, { labels: "nexs, elements" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.get("pull-request-operation")).toBe("none");
    expect(fx.proxy.writes()).toEqual([]);
    expect(await pulls(fx.emulator)).toHaveLength(1);
  });

  it("dry run: the plan in the outputs and the summary, nothing written", async () => {
    writeElement(
      ws,
      "skill/skill-code-review.yaml",
      readFileSync(join(ws, "elements/skill/skill-code-review.yaml"), "utf8").replace("2.0.1", "2.0.9"),
    );
    fx.proxy.resetCounts();
    const run = await runPublish(ws, { "dry-run": "true" });
    expect(run.code, run.stdout).toBe(0);
    expect(fx.proxy.writes()).toEqual([]);
    // Against the base branch (the PR is not merged) every element is still an add, the changed one included.
    expect(JSON.parse(run.outputs.get("plan") ?? "{}")).toMatchObject({ add: 8, update: 0 });
    expect(run.summary).toContain("Dry run");
  });

  it("warnings do not stop publishing: counted in the outputs, annotated, listed in the job summary", async () => {
    const warned = workspace();
    writeElement(
      warned,
      "skill/skill-undescribed.yaml",
      skill("skill-undescribed").replace(/^ {2}description: .*\n/m, ""),
    );
    const run = await runPublish(warned, { branch: "nexs/{owner}/warned" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.get("pull-request-operation")).toBe("created");
    expect(run.outputs.get("valid")).toBe("true");
    expect(run.outputs.get("files")).toBe("9");
    expect(run.outputs.get("errors")).toBe("0");
    expect(run.outputs.get("warnings")).toBe("1");
    expect(run.stdout).toMatch(
      /::warning .*file=elements\/skill\/skill-undescribed\.yaml.*::.*metadata has no description/,
    );
    expect(run.summary).toContain("## nexs-publish validate");
    expect(run.summary).toContain("metadata/missing-description");
    expect(run.summary).toContain("## nexs-publish publish");
  });

  it("a validation error publishes nothing: annotations, failure, zero calls to GitHub", async () => {
    const broken = workspace();
    writeElement(broken, "skill/skill-code-review.yaml", "metadata:\n  id: Not Valid\n");
    fx.proxy.resetCounts();
    const run = await runPublish(broken, {});
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error .*file=elements\/skill\/skill-code-review\.yaml/);
    expect(run.stdout).toMatch(/nothing was published/);
    expect(fx.proxy.requests).toEqual([]);
  });

  it("Actions may not create pull requests: one clear error with the fix, no stack trace", async () => {
    const other = workspace();
    const rule = fx.proxy.add({ method: "POST", path: /\/pulls$/, action: faults.actionsCannotCreatePullRequests() });
    const run = await runPublish(other, { branch: "nexs/{owner}/blocked" });
    fx.proxy.clearRules();
    expect(rule.fired()).toBe(1);
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors, errors.join("\n")).toHaveLength(1);
    expect(errors[0]).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it("bad inputs stop the step before any call, naming the input", async () => {
    fx.proxy.resetCounts();
    const run = await runPublish(ws, { collection: "not a repo", "conflict-strategy": "coin-flip" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::input "collection" must look like owner\/repo/);
    const short = await runPublish(ws, { "encryption-key": "short" });
    expect(short.stdout).toMatch(/::error::input "encryption-key": .*openssl rand -base64 32/);
    expect(fx.proxy.requests).toEqual([]);
  });
});
