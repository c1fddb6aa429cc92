// The main publish flows in-process against the emulator behind the counting proxy: first publish, a re-run
// with nothing new, one element changed, a dry run, and the API budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/core/git/object-sha.js";
import { verifyMarker } from "../../src/core/tracking/marker-trust.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { BASE_BRANCH, branchHead, listFiles, readFile } from "../support/emulator.js";
import {
  BRANCH,
  commitsOnBranch,
  publishOk,
  publishOptions,
  pulls,
  readState,
  SIGNING_KEY,
  SOURCE,
  skill,
  workspace,
  writeElement,
} from "./support.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());

describe("publish, first run and re-runs", () => {
  const ws = workspace();
  const examples = [
    ["agent", "agent-pr-reviewer"],
    ["agent", "agent-security-auditor"],
    ["ensemble", "ensemble-review-board"],
    ["memory", "memory-architecture-decisions"],
    ["persona", "persona-technical-expert"],
    ["skill", "skill-code-review"],
    ["skill", "skill-static-analysis"],
    ["template", "template-review-report"],
  ] as const;

  it("opens one PR with one commit, files at the template's paths, a verifiable marker and a pending submission", async () => {
    fx.proxy.resetCounts();
    const result = await publishOk(fx.client(), publishOptions(ws));
    expect(result.operation).toBe("created");
    // The first publish to a collection without a state branch, within the budget of 9 + ⌈N/100⌉: base head and
    // state, then the tree (no head branch: no submission recorded); T trees, commit, ref, PR; the state branch
    // made at once with the document, its read having said "no such ref" (README, "Cost and failure").
    const routes = [...fx.proxy.byRoute()].map(([route, n]) => `${route} ×${n}`).join("\n");
    expect(fx.proxy.requests.length, routes).toBeLessThanOrEqual(9 + 1);
    expect(fx.proxy.requests.length, routes).toBe(9 + 1);
    expect(fx.proxy.writes().length, routes).toBe(6 + 1);
    expect(fx.proxy.byRoute().get("POST /repos/:owner/:repo/git/refs"), routes).toBe(2);
    expect(fx.proxy.requests.filter((r) => r.status >= 400).map((r) => `${r.route} ${r.status}`)).toEqual([
      "GET /repos/:owner/:repo/contents/:path 404",
    ]);
    expect(fx.proxy.byRoute().get("PUT /repos/:owner/:repo/contents/:path"), routes).toBeUndefined();
    expect(fx.proxy.byRoute().get("GET /repos/:owner/:repo/commits/:ref"), routes).toBe(1);
    expect(result.counts.add).toBe(8);
    expect(result.rows.every((row) => row.proposed && row.outcome === "add")).toBe(true);

    const files = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BRANCH);
    for (const [type, id] of examples) {
      const bytes = readFileSync(join(ws, "elements", type, `${id}.yaml`));
      expect(files.get(`elements/${type}/${id}.yaml`), id).toBe(gitBlobSha(bytes));
    }
    const prs = await pulls(fx.emulator);
    expect(prs).toHaveLength(1);
    expect(prs[0]?.number).toBe(result.pullRequest?.number);
    expect(await commitsOnBranch(fx.emulator)).toEqual([result.pullRequest?.headSha]);

    const trust = verifyMarker(prs[0]?.body ?? "", SIGNING_KEY, { id: SOURCE.id, name: "publisher/source" });
    // Eight elements fit the marker as a list (v1).
    if (trust.trust !== "trusted" || trust.payload.form !== "list")
      throw new Error(`expected a trusted list marker: ${JSON.stringify(trust)}`);
    expect(trust.payload.elements.map((e) => e.path).sort()).toEqual(
      examples.map(([type, id]) => `elements/${type}/${id}.yaml`).sort(),
    );
    expect(trust.payload.commit).toBe(SOURCE.commit);
    expect(verifyMarker(prs[0]?.body ?? "", "another key").trust).toBe("untrusted");

    const state = await readState(fx.emulator);
    const submission = state.submissions[String(result.pullRequest?.number)];
    expect(submission?.status).toBe("pending");
    expect(submission?.head).toBe(result.pullRequest?.headSha);
    expect(submission?.elements).toHaveLength(8);
    expect(state.stats.pending).toBe(1);
    expect(state.source.id).toBe(SOURCE.id);
    // The ordering key is the PR's own updated_at (the test clock runs in 2026, the emulator's does not).
    expect(submission?.updatedAt).toBe(prs[0]?.updatedAt);
    expect(submission?.updatedAt.startsWith("2026-01-01")).toBe(false);
    // The base branch itself is untouched.
    expect((await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BASE_BRANCH)).size).toBe(1);
  });

  it("re-run with nothing changed: at most 4 calls, no write, operation none, still one PR", async () => {
    const before = await readState(fx.emulator);
    fx.proxy.resetCounts();
    const result = await publishOk(fx.client(), publishOptions(ws));
    expect(result.operation).toBe("none");
    expect(fx.proxy.writes()).toEqual([]);
    expect(fx.proxy.requests.length).toBeLessThanOrEqual(4);
    expect(await pulls(fx.emulator)).toHaveLength(1);
    expect(await readState(fx.emulator)).toEqual(before);
  });

  it("one element changed: the same PR is updated and the branch is still one commit on top of base", async () => {
    const [first] = await pulls(fx.emulator);
    const path = join(ws, "elements/skill/skill-code-review.yaml");
    const changed = readFileSync(path, "utf8").replace("version: 2.0.1", "version: 2.0.2");
    writeElement(ws, "skill/skill-code-review.yaml", changed);
    fx.proxy.resetCounts();
    const result = await publishOk(fx.client(), publishOptions(ws));
    expect(result.operation).toBe("updated");
    expect(result.pullRequest?.number).toBe(first?.number);
    expect(fx.proxy.requests.length).toBeLessThanOrEqual(9 + 1);
    const prs = await pulls(fx.emulator);
    expect(prs).toHaveLength(1);
    const commits = await commitsOnBranch(fx.emulator);
    expect(commits).toHaveLength(1);
    expect(commits[0]).toBe(result.pullRequest?.headSha);
    expect(
      await readFile(
        fx.emulator.url,
        fx.emulator.token,
        fx.emulator.collection,
        BRANCH,
        "elements/skill/skill-code-review.yaml",
      ),
    ).toBe(changed);
    const state = await readState(fx.emulator);
    expect(state.submissions[String(first?.number)]?.head).toBe(result.pullRequest?.headSha);
    expect(state.submissions[String(first?.number)]?.updatedAt).toBe(prs[0]?.updatedAt);
    expect(state.submissions[String(first?.number)]?.elements.find((e) => e.id === "skill-code-review")?.blob).toBe(
      gitBlobSha(Buffer.from(changed)),
    );
  });

  it("a dry run reads, plans the same as a real run, and writes nothing", async () => {
    writeElement(ws, "skill/skill-extra.yaml", skill("skill-extra"));
    fx.proxy.resetCounts();
    const head = await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BRANCH);
    const dry = await publishOk(fx.client(), publishOptions(ws, { dryRun: true }));
    expect(fx.proxy.writes()).toEqual([]);
    expect(dry.dryRun).toBe(true);
    expect(dry.operation).toBe("none");
    expect(dry.rows.find((row) => row.id === "skill-extra")).toMatchObject({ outcome: "add", proposed: true });
    expect(await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BRANCH)).toEqual(head);

    const real = await publishOk(fx.client(), publishOptions(ws));
    expect(real.rows).toEqual(dry.rows);
    expect(real.counts).toEqual(dry.counts);
    expect(real.operation).toBe("updated");
  });
});

describe("API budget, counted at the proxy", () => {
  it("costs at most 9 + ceil(N/100) calls, the same for N = 1 and N = 100, and 4 calls for nothing new", async () => {
    // The state branch exists already (the runs above created it): the steady state every later publish sees.
    const costs: number[] = [];
    for (const [n, repo] of [
      [1, "one"],
      [100, "hundred"],
    ] as const) {
      const ws = workspace("examples/elements");
      for (let i = 0; i < n; i++)
        writeElement(ws, `gen/skill-budget-${repo}-${i}.yaml`, skill(`skill-budget-${repo}-${i}`));
      const source = { ...SOURCE, repo, id: 5000 + n };
      const options = publishOptions(ws, { source, branch: `nexs/publisher/${repo}`, paths: ["elements/gen"] });
      fx.proxy.resetCounts();
      const first = await publishOk(fx.client(), options);
      expect(first.operation).toBe("created");
      expect(first.counts.add).toBe(n);
      costs.push(fx.proxy.requests.length);
      // Base head and state go out together, then the tree and the head branch (read: the state branch exists);
      // the commit writer reads nothing.
      const routes = fx.proxy.requests.map((r) => r.route);
      expect(routes.slice(0, 2).sort()).toEqual([
        "GET /repos/:owner/:repo/commits/:ref",
        "GET /repos/:owner/:repo/contents/:path",
      ]);
      expect(routes.slice(2, 4).sort()).toEqual([
        "GET /repos/:owner/:repo/commits/:ref",
        "GET /repos/:owner/:repo/git/trees/:sha",
      ]);
      expect(routes.filter((route) => route === "GET /repos/:owner/:repo/commits/:ref")).toHaveLength(2);
      expect(
        fx.proxy.requests.filter((r) => r.route === "POST /repos/:owner/:repo/git/refs").map((r) => r.status),
      ).toEqual([201]);
      expect(fx.proxy.requests.length, [...fx.proxy.byRoute()].join("\n")).toBeLessThanOrEqual(9 + Math.ceil(n / 100));

      fx.proxy.resetCounts();
      const again = await publishOk(fx.client(), options);
      expect(again.operation).toBe("none");
      expect(fx.proxy.writes()).toEqual([]);
      expect(fx.proxy.requests.length).toBeLessThanOrEqual(4);
    }
    expect(costs[0]).toBe(costs[1]);
  });

  it("with base empty: 4 calls for nothing new and 9 + 1 for a one-element update; the name is read only to create", async () => {
    const ws = workspace("examples/elements");
    writeElement(ws, "gen/skill-default-base.yaml", skill("skill-default-base"));
    const source = { ...SOURCE, repo: "default-base", id: 6001 };
    const options = publishOptions(ws, {
      source,
      branch: "nexs/publisher/default-base",
      paths: ["elements/gen"],
      base: undefined,
    });
    const repoReads = () => fx.proxy.requests.filter((r) => r.route === "GET /repos/:owner/:repo").length;
    const routes = () => [...fx.proxy.byRoute()].map(([route, n]) => `${route} ×${n}`).join("\n");

    // The first publish of this source creates a PR: the one run that needs the default branch's name.
    fx.proxy.resetCounts();
    const first = await publishOk(fx.client(), options);
    expect(first.operation).toBe("created");
    expect(repoReads(), routes()).toBe(1);
    expect(fx.proxy.requests.length, routes()).toBeLessThanOrEqual(9 + 1);

    fx.proxy.resetCounts();
    const again = await publishOk(fx.client(), options);
    expect(again.operation).toBe("none");
    expect(fx.proxy.writes()).toEqual([]);
    expect(repoReads(), routes()).toBe(0);
    expect(fx.proxy.requests.length, routes()).toBeLessThanOrEqual(4);

    writeElement(ws, "gen/skill-default-base.yaml", skill("skill-default-base").replace("Do skill", "Now do skill"));
    fx.proxy.resetCounts();
    const updated = await publishOk(fx.client(), options);
    expect(updated.operation).toBe("updated");
    expect(updated.pullRequest?.number).toBe(first.pullRequest?.number);
    expect(repoReads(), routes()).toBe(0);
    expect(fx.proxy.requests.length, routes()).toBeLessThanOrEqual(9 + 1);
    // The base head was read as HEAD, which is the default branch: the commit sits on main's head.
    expect(await commitsOnBranch(fx.emulator, "nexs/publisher/default-base")).toEqual([updated.pullRequest?.headSha]);
  });
});
