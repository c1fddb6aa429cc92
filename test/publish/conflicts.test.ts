// Three-way outcomes against a collection that already holds elements: remote changes, every conflict strategy,
// delete-missing and an id already at another path. Each case is its own source (own branch, own state document)
// on one emulator; the "last merge" is set up as the App would leave it: files on main, their blobs as base.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/core/git/object-sha.js";
import { emptyStateDocument } from "../../src/core/state/state-empty.js";
import { serializeStateDocument } from "../../src/core/state/state-serialize.js";
import type { ConflictStrategy } from "../../src/core/sync/resolve.js";
import { GitHubStateStore } from "../../src/github/state-store.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { BASE_BRANCH, commitFiles, listFiles, readFile } from "../support/emulator.js";
import { tempDir } from "../support/tmp-dir.js";
import { publishOk, publishOptions, pulls, SOURCE, skill, writeElement } from "./support.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());

const path = (id: string) => `elements/skill/${id}.yaml`;

/** Main holds `merged` (id → text) as of the last merge of source `repo`; the state document says so. */
async function lastMerge(repo: string, merged: Record<string, string>): Promise<void> {
  const files = Object.fromEntries(Object.entries(merged).map(([id, text]) => [path(id), text]));
  const head = await commitFiles(
    fx.emulator.url,
    fx.emulator.token,
    fx.emulator.collection,
    BASE_BRANCH,
    files,
    `Merge ${repo}`,
  );
  const document = emptyStateDocument({ owner: "publisher", repo });
  for (const [id, text] of Object.entries(merged))
    document.base[id] = { path: path(id), blob: gitBlobSha(Buffer.from(text)), commit: head.commit };
  const store = new GitHubStateStore(fx.client(), { repo: fx.emulator.collection });
  const outcome = await store.write(`sources/publisher/${repo}.json`, serializeStateDocument(document), null, "seed");
  expect(outcome.ok).toBe(true);
}

/** Someone edits the collection after the merge. */
async function remoteEdit(files: Record<string, string | null>): Promise<void> {
  const paths = Object.fromEntries(Object.entries(files).map(([id, text]) => [path(id), text]));
  await commitFiles(
    fx.emulator.url,
    fx.emulator.token,
    fx.emulator.collection,
    BASE_BRANCH,
    paths,
    "Edit in the collection",
  );
}

function sourceWith(files: Record<string, string>): string {
  const ws = tempDir("nexs-publish-conflict-");
  for (const [id, text] of Object.entries(files)) writeElement(ws, `${id}.yaml`, text);
  return ws;
}

function run(repo: string, ws: string, strategy: ConflictStrategy = "manual", extra: { deleteMissing?: boolean } = {}) {
  return publishOk(
    fx.client(),
    publishOptions(ws, {
      source: { ...SOURCE, repo },
      branch: `nexs/publisher/${repo}`,
      conflictStrategy: strategy,
      deleteMissing: extra.deleteMissing ?? false,
    }),
  );
}

const onBranch = (repo: string) =>
  listFiles(fx.emulator.url, fx.emulator.token, fx.emulator.collection, `nexs/publisher/${repo}`);

describe("remote changes and conflicts", () => {
  it("a file changed only in the collection is reported as remote-changed and not overwritten", async () => {
    const id = "skill-rc-a";
    await lastMerge("rc", { [id]: skill(id), "skill-rc-b": skill("skill-rc-b") });
    await remoteEdit({ [id]: skill(id, { version: "1.1.0" }) });
    const result = await run(
      "rc",
      sourceWith({ [id]: skill(id), "skill-rc-b": skill("skill-rc-b", { version: "2.0.0" }) }),
    );
    expect(result.rows.find((r) => r.id === id)).toMatchObject({
      outcome: "remote-changed",
      proposed: false,
      blocking: false,
    });
    expect(result.rows.find((r) => r.id === "skill-rc-b")).toMatchObject({ outcome: "update", proposed: true });
    expect((await onBranch("rc")).get(path(id))).toBe(gitBlobSha(Buffer.from(skill(id, { version: "1.1.0" }))));
  });

  const conflictCase = async (repo: string, local: string, remote: string, strategy: ConflictStrategy) => {
    const id = `skill-${repo}`;
    await lastMerge(repo, { [id]: skill(id), [`${id}-other`]: skill(`${id}-other`) });
    await remoteEdit({ [id]: remote });
    const result = await run(
      repo,
      sourceWith({ [id]: local, [`${id}-other`]: skill(`${id}-other`, { version: "3.0.0" }) }),
      strategy,
    );
    return { id, result, row: result.rows.find((r) => r.id === id) };
  };

  it("manual (the default) reports the conflict, leaves it out, publishes the rest and marks the run blocking", async () => {
    const { id, result, row } = await conflictCase(
      "cf-manual",
      skill("skill-cf-manual", { version: "1.0.1" }),
      skill("skill-cf-manual", { version: "1.0.2" }),
      "manual",
    );
    expect(row).toMatchObject({ outcome: "conflict", resolution: "manual", proposed: false, blocking: true });
    expect(row?.reason).toMatch(/changed in both/);
    expect(result.blocking).toBe(1);
    expect(result.operation).toBe("created");
    expect((await onBranch("cf-manual")).get(path(id))).toBe(gitBlobSha(Buffer.from(skill(id, { version: "1.0.2" }))));
  });

  it("local-wins writes the source's file", async () => {
    const local = skill("skill-cf-local", { version: "1.0.1" });
    const { id, row } = await conflictCase(
      "cf-local",
      local,
      skill("skill-cf-local", { version: "1.0.2" }),
      "local-wins",
    );
    expect(row).toMatchObject({ outcome: "conflict", resolution: "write", proposed: true, blocking: false });
    expect((await onBranch("cf-local")).get(path(id))).toBe(gitBlobSha(Buffer.from(local)));
  });

  it("remote-wins keeps the collection's file and is not a failure", async () => {
    const remote = skill("skill-cf-remote", { version: "1.0.2" });
    const { id, result, row } = await conflictCase(
      "cf-remote",
      skill("skill-cf-remote", { version: "1.0.1" }),
      remote,
      "remote-wins",
    );
    expect(row).toMatchObject({ resolution: "keep-remote", proposed: false, blocking: false });
    expect(result.blocking).toBe(0);
    expect((await onBranch("cf-remote")).get(path(id))).toBe(gitBlobSha(Buffer.from(remote)));
  });

  it("newest takes the side with the later metadata.updated_at, reading the collection's file", async () => {
    const newer = skill("skill-cf-newest", { version: "1.0.1", updatedAt: "2025-06-01T00:00:00Z" });
    const older = skill("skill-cf-newest", { version: "1.0.2", updatedAt: "2025-03-01T00:00:00Z" });
    const { id, row } = await conflictCase("cf-newest", newer, older, "newest");
    expect(row).toMatchObject({ resolution: "write", proposed: true });
    expect((await onBranch("cf-newest")).get(path(id))).toBe(gitBlobSha(Buffer.from(newer)));

    const stale = await conflictCase(
      "cf-oldest",
      skill("skill-cf-oldest", { version: "1.0.1", updatedAt: "2025-01-05T00:00:00Z" }),
      skill("skill-cf-oldest", { version: "1.0.2", updatedAt: "2025-09-01T00:00:00Z" }),
      "newest",
    );
    expect(stale.row).toMatchObject({ resolution: "keep-remote", proposed: false, blocking: false });
  });

  it("merge combines fields changed on different sides, and falls back to manual when they overlap", async () => {
    const id = "skill-cf-merge";
    const { row } = await conflictCase(
      "cf-merge",
      skill(id, { version: "1.1.0" }),
      skill(id, { description: "Described in the collection" }),
      "merge",
    );
    expect(row).toMatchObject({ resolution: "write", proposed: true, blocking: false });
    const merged = await readFile(
      fx.emulator.url,
      fx.emulator.token,
      fx.emulator.collection,
      "nexs/publisher/cf-merge",
      path(id),
    );
    expect(merged).toContain("version: 1.1.0");
    expect(merged).toContain("description: Described in the collection");

    const overlap = await conflictCase(
      "cf-overlap",
      skill("skill-cf-overlap", { version: "1.1.0" }),
      skill("skill-cf-overlap", { version: "1.2.0" }),
      "merge",
    );
    expect(overlap.row).toMatchObject({ resolution: "manual", proposed: false, blocking: true });
    expect(overlap.row?.reason).toMatch(/version/);
  });
});

describe("delete-missing and ids at another path", () => {
  it("deletes a file removed from the source only with delete-missing, and only when the collection kept it as merged", async () => {
    const keep = "skill-dm-keep";
    const gone = "skill-dm-gone";
    await lastMerge("dm", { [keep]: skill(keep), [gone]: skill(gone) });
    const ws = sourceWith({ [keep]: skill(keep, { version: "1.0.1" }) });

    const without = await run("dm", ws);
    expect(without.rows.find((r) => r.id === gone)).toMatchObject({ outcome: "unchanged", proposed: false });
    expect((await onBranch("dm")).has(path(gone))).toBe(true);

    const withDelete = await run("dm", ws, "manual", { deleteMissing: true });
    expect(withDelete.rows.find((r) => r.id === gone)).toMatchObject({ outcome: "delete", proposed: true });
    expect(withDelete.operation).toBe("updated");
    const files = await onBranch("dm");
    expect(files.has(path(gone))).toBe(false);
    expect(files.has(path(keep))).toBe(true);
    expect(
      await pulls(fx.emulator, "open").then((prs) => prs.filter((pr) => pr.headRef === "nexs/publisher/dm")),
    ).toHaveLength(1);
  });

  it("an id already in the collection at another path is a blocking conflict, never a second copy", async () => {
    const id = "skill-elsewhere";
    await commitFiles(
      fx.emulator.url,
      fx.emulator.token,
      fx.emulator.collection,
      BASE_BRANCH,
      { [`elements/legacy/${id}.yaml`]: skill(id) },
      "Older layout",
    );
    const result = await run(
      "elsewhere",
      sourceWith({ [id]: skill(id, { version: "2.0.0" }), "skill-elsewhere-fine": skill("skill-elsewhere-fine") }),
    );
    const row = result.rows.find((r) => r.id === id);
    expect(row).toMatchObject({ outcome: "id-collision", proposed: false, blocking: true });
    expect(row?.reason).toContain(`elements/legacy/${id}.yaml`);
    expect((await onBranch("elsewhere")).has(path(id))).toBe(false);
    expect((await onBranch("elsewhere")).has(path("skill-elsewhere-fine"))).toBe(true);
  });
});
