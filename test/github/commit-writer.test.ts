import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FileChange } from "../../src/core/git/file-change.js";
import { textBlobSha } from "../../src/core/git/object-sha.js";
import { createGitHubClient } from "../../src/github/client.js";
import { readBranchHead, readTree } from "../../src/github/collection-read.js";
import { writeCommit } from "../../src/github/commit-writer.js";
import { api, BASE_BRANCH, branchHead, commitFiles, list, listFiles, readFile, str } from "../support/emulator.js";
import { startFaultProxy } from "../support/fault-proxy.js";
import { type Fixture, startFixture } from "./fixture.js";

const seeded = {
  "elements/persona/existing.yaml": "id: existing\n",
  "elements/memory/only.yaml": "id: only\n",
  ".github/workflows/ci.yml": "on: push\n",
};

let fx: Fixture;
let branchNo = 0;
let branch: string;
beforeAll(async () => {
  fx = await startFixture({ files: seeded });
});
afterAll(() => fx.close());
beforeEach(() => {
  branch = `nexs/publisher/source-${++branchNo}`;
  fx.proxy.clearRules();
});

async function base() {
  const client = fx.client();
  const head = await readBranchHead(client, fx.emulator.collection, BASE_BRANCH);
  if (!head) throw new Error("no base branch");
  return { head, tree: await readTree(client, fx.emulator.collection, head.tree) };
}

async function write(changes: FileChange[], message = "Publish elements") {
  const { head, tree } = await base();
  fx.proxy.resetCounts();
  return writeCommit(fx.client(), {
    repo: fx.emulator.collection,
    branch,
    base: head,
    baseTree: tree,
    changes,
    message,
  });
}

async function commit(sha: string) {
  const data = await api(fx.emulator.url, fx.emulator.token, "GET", `/repos/nexs/collection/git/commits/${sha}`);
  return { tree: str(data, "tree", "sha"), parents: list(data, "parents").map((parent) => str(parent, "sha")) };
}

describe("writeCommit", () => {
  it("creates the branch with one commit on top of base holding the files at their paths", async () => {
    const { head } = await base();
    const result = await write([
      { path: "elements/persona/alpha.yaml", content: "id: alpha\r\n" },
      { path: "elements/skill/beta.yaml", content: "id: beta\n" },
    ]);
    expect(result.operation).toBe("created");
    expect(result.changed).toBe(2);
    expect(await commit(result.commit)).toEqual({ tree: result.tree, parents: [head.commit] });
    expect(
      await readFile(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch, "elements/persona/alpha.yaml"),
    ).toBe("id: alpha\r\n");
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch);
    expect(files.get("elements/skill/beta.yaml")).toBe(textBlobSha("id: beta\n"));
    expect(files.get("elements/persona/existing.yaml")).toBe(textBlobSha("id: existing\n"));
    // branch head read, one tree, one commit, one ref: the tree SHA GitHub built is the one hashed locally.
    expect(fx.proxy.byRoute()).toEqual(
      new Map([
        ["GET /repos/:owner/:repo/commits/:ref", 1],
        ["POST /repos/:owner/:repo/git/trees", 1],
        ["POST /repos/:owner/:repo/git/commits", 1],
        ["POST /repos/:owner/:repo/git/refs", 1],
      ]),
    );
  });

  it("writes nothing at all when the branch already holds the resulting tree", async () => {
    const changes = [{ path: "elements/persona/gamma.yaml", content: "id: gamma\n" }];
    const first = await write(changes);
    const again = await write(changes);
    expect(again).toEqual({ operation: "none", commit: first.commit, tree: first.tree, changed: 1 });
    expect(fx.proxy.writes()).toHaveLength(0);
    expect(fx.proxy.reads()).toHaveLength(1);

    // With the branch head already known (the publish reads it anyway), the check costs no call.
    const { head, tree } = await base();
    fx.proxy.resetCounts();
    const known = await writeCommit(fx.client(), {
      repo: fx.emulator.collection,
      branch,
      base: head,
      baseTree: tree,
      changes,
      message: "m",
      branchHead: { commit: first.commit, tree: first.tree },
    });
    expect(known.operation).toBe("none");
    expect(fx.proxy.requests).toHaveLength(0);
  });

  it("force-moves the branch to a new single commit on top of base, never resetting it to base first", async () => {
    const { head } = await base();
    const first = await write([{ path: "elements/persona/delta.yaml", content: "v: 1\n" }]);
    const second = await write([{ path: "elements/persona/delta.yaml", content: "v: 2\n" }]);
    expect(second.operation).toBe("updated");
    expect((await commit(second.commit)).parents).toEqual([head.commit]);
    expect(second.commit).not.toBe(first.commit);
    expect(fx.proxy.requests.some((request) => request.method === "PATCH" && request.body.includes(head.commit))).toBe(
      false,
    );
    expect(
      fx.proxy.requests.filter((request) => request.method === "PATCH").map((request) => JSON.parse(request.body)),
    ).toEqual([{ sha: second.commit, force: true }]);
    expect((await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch)).commit).toBe(
      second.commit,
    );
  });

  it("splits more than 100 entries into chained trees of at most 100", async () => {
    const changes = Array.from({ length: 250 }, (_, index) => ({
      path: `elements/agent/agent-${index}.yaml`,
      content: `id: agent-${index}\n`,
    }));
    const result = await write(changes);
    const trees = fx.proxy.requests.filter((request) => request.route === "POST /repos/:owner/:repo/git/trees");
    expect(trees.map((request) => list(JSON.parse(request.body), "tree").length)).toEqual([100, 100, 50]);
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch);
    expect(changes.every((change) => files.get(change.path) === textBlobSha(change.content))).toBe(true);
    expect(result.tree).toBe(
      (await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch)).tree,
    );
    expect((await write(changes)).operation).toBe("none");
  });

  it("deletes files, drops a directory left empty, and a re-run still writes nothing", async () => {
    const result = await write([
      { path: "elements/memory/only.yaml", content: null },
      { path: "elements/persona/never-existed.yaml", content: null },
    ]);
    expect(result.changed).toBe(1);
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch);
    expect([...files.keys()].some((path) => path.startsWith("elements/memory"))).toBe(false);
    const again = await write([{ path: "elements/memory/only.yaml", content: null }]);
    expect(again.operation).toBe("none");
    expect(fx.proxy.writes()).toHaveLength(0);
  });

  it("proposes nothing when the changes equal the base", async () => {
    const result = await write([{ path: "elements/persona/existing.yaml", content: "id: existing\n" }]);
    expect(result).toMatchObject({ operation: "none", changed: 0 });
    expect(await readBranchHead(fx.client(), fx.emulator.collection, branch)).toBeUndefined();
  });

  it("builds on the new base after the collection moved on", async () => {
    await write([{ path: "elements/persona/epsilon.yaml", content: "v: 1\n" }]);
    const merged = await commitFiles(
      fx.emulator.url,
      fx.emulator.token,
      fx.emulator.collection,
      BASE_BRANCH,
      { "elements/skill/merged.yaml": "m\n" },
      "Merge",
    );
    const result = await write([{ path: "elements/persona/epsilon.yaml", content: "v: 1\n" }]);
    expect(result.operation).toBe("updated");
    expect((await commit(result.commit)).parents).toEqual([merged.commit]);
    const files = await listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch);
    expect(files.has("elements/skill/merged.yaml")).toBe(true);
  });

  it("creates the ref when the branch vanished after it was read, and moves it when it appeared", async () => {
    const { head, tree } = await base();
    const changes = [{ path: "elements/persona/zeta.yaml", content: "z\n" }];
    const input = { repo: fx.emulator.collection, branch, base: head, baseTree: tree, changes, message: "m" };
    const created = await writeCommit(fx.client(), { ...input, branchHead: { commit: head.commit, tree: head.tree } });
    expect(created.operation).toBe("created");
    const moved = await writeCommit(fx.client(), {
      ...input,
      changes: [{ path: "elements/persona/zeta.yaml", content: "z2\n" }],
      branchHead: null,
    });
    expect(moved.operation).toBe("updated");
    expect((await branchHead(fx.emulator.url, fx.emulator.token, fx.emulator.collection, branch)).commit).toBe(
      moved.commit,
    );
  });

  it("reports a workflow file refused for lack of the workflows permission with the fix", async () => {
    fx.proxy.add({
      method: "POST",
      path: /\/git\/trees$/,
      action: { kind: "respond", status: 404, body: { message: "Not Found" } },
    });
    const error = await write([{ path: ".github/workflows/ci.yml", content: "on: pull_request\n" }]).catch(
      (caught: unknown) => caught,
    );
    expect(String(error)).toMatch(/needs the `workflows` permission/);
  });

  it("stops at push protection with a clear message and no retry", async () => {
    const rule = fx.proxy.add({
      method: "POST",
      path: /\/git\/trees$/,
      action: {
        kind: "respond",
        status: 409,
        body: { message: "Repository rule violations found\n\nGH013: Secret detected in content." },
      },
    });
    const error = await write([{ path: "elements/persona/leaky.yaml", content: "token: ghp_x\n" }]).catch(
      (caught: unknown) => caught,
    );
    expect(String(error)).toMatch(/push protection refused the content.*Retrying will not help/s);
    expect(rule.fired()).toBe(1);
  });

  it("converges when a ref just created still reads as missing (replica lag)", async () => {
    const lagging = await startFaultProxy(fx.emulator.url, { lagAfterRefCreate: true });
    try {
      const client = createGitHubClient({
        token: fx.emulator.token,
        baseUrl: lagging.url,
        throttle: false,
        retry: false,
      });
      const { head, tree } = await base();
      const input = {
        repo: fx.emulator.collection,
        branch,
        base: head,
        baseTree: tree,
        changes: [{ path: "elements/persona/eta.yaml", content: "e\n" }],
        message: "m",
      };
      const first = await writeCommit(client, input);
      // The next read of the branch answers 404: the writer takes it for absent, finds it exists, moves it.
      const second = await writeCommit(client, input);
      expect(lagging.requests.filter((request) => request.faulted && request.status === 404)).toHaveLength(1);
      expect(second).toMatchObject({ operation: "updated", tree: first.tree });
      expect((await commit(second.commit)).parents).toEqual([head.commit]);
      lagging.resetCounts();
      expect((await writeCommit(client, input)).operation).toBe("none");
      expect(lagging.writes()).toHaveLength(0);
    } finally {
      await lagging.close();
    }
  });
});
