// `nexs-publish status` against the GitHub emulator with no App and no `track` workflow: it reconciles this
// source's submissions first (a merge is recorded and becomes the base), then lists them; --watch refreshes
// until every submission is closed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as status } from "../../src/cli/commands/status.js";
import { runCli } from "../bundle/run-cli.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { readState, SIGNING_KEY, skill } from "../publish/support.js";
import { fakeIo } from "./fake-io.js";
import { cliEnv, jsonOf, mergePullRequest, type SourceRepo, sourceRepo } from "./support.js";

let fx: Fixture;
let repo: SourceRepo;
const home = mkdtempSync(join(tmpdir(), "nexs-cli-home-"));

beforeAll(async () => {
  fx = await startFixture();
  repo = sourceRepo();
});
afterAll(async () => {
  await fx.close();
  repo.remove();
  rmSync(home, { recursive: true, force: true });
});

const cli = (...args: string[]) =>
  runCli(args, { cwd: repo.dir, env: cliEnv(fx, home, { NEXS_SIGNING_KEY: SIGNING_KEY }) });

describe("nexs-publish status (CLI bundle)", () => {
  it("lists the open submission, then records its merge and the new base where no App runs", async () => {
    const published = await cli("publish", "--collection", "nexs/collection");
    expect(published.code, published.stderr).toBe(0);

    const open = await cli("status", "--collection", "nexs/collection");
    expect(open.code, open.stderr).toBe(0);
    expect(open.stdout).toMatch(/^#1 {2}pending {2}8 elements {2}http\S+\/pull\/1 {2}\d+[smhd]\n/);
    expect(open.stdout).toMatch(/\n1 submission: 1 pending, 0 draft, 0 merged, 0 rejected\n$/);

    const merge = await mergePullRequest(fx, 1);
    const merged = await cli("status", "--collection", "nexs/collection", "--json");
    expect(merged.code, merged.stderr).toBe(0);
    const listing = jsonOf(merged.stdout);
    expect(listing).toMatchObject({
      source: "publisher/source",
      collection: "nexs/collection",
      reconciled: { checked: 1, failed: 0, transitions: { merged: 1 } },
      stats: { total: 1, merged: 1, pending: 0 },
    });
    expect(listing["submissions"]).toMatchObject([{ number: 1, status: "merged" }]);
    const state = await readState(fx.emulator);
    expect(state.submissions["1"]?.status).toBe("merged");
    expect(Object.keys(state.base)).toHaveLength(8);
    expect(Object.values(state.base).every((entry) => entry.commit === merge)).toBe(true);

    // Nothing open: nothing to look at, nothing written.
    fx.proxy.resetCounts();
    const again = await cli("status", "--collection", "nexs/collection", "--json");
    expect(jsonOf(again.stdout)).toMatchObject({ reconciled: { checked: 0 } });
    expect(fx.proxy.writes()).toEqual([]);
  });

  it("--watch refreshes until every submission is closed, and then stops (counted in refreshes, not time)", async () => {
    repo.write("skill/skill-watched.yaml", skill("skill-watched"));
    const published = await cli("publish", "--collection", "nexs/collection");
    expect(published.code, published.stderr).toBe(0);

    const io = fakeIo(repo.dir, { env: cliEnv(fx, home, { NEXS_SIGNING_KEY: SIGNING_KEY }) });
    const args = ["--collection", "nexs/collection", "--source", "publisher/source", "--watch", "--interval", "2"];
    // Each wait is one refresh: the first finds #2 still open, the second merges it; a watch that does not stop
    // then is caught at the fifth, not by a timeout.
    const waits: number[] = [];
    const wait = async (ms: number) => {
      waits.push(ms);
      if (waits.length === 2) await mergePullRequest(fx, 2);
      if (waits.length >= 5) throw new Error(`still watching after ${waits.length} refreshes`);
    };
    expect(await status(args, io, wait), io.err()).toBe(0);
    expect(waits).toEqual([2000, 2000]);
    // A pipe gets a listing only when a status moved: the pending one, then the merged one.
    expect(io.out().match(/^#2 /gm)).toHaveLength(2);
    expect(io.out()).toMatch(/^#2 {2}pending {2}1 element {2}/m);
    expect(io.out()).toMatch(/^#2 {2}merged {2}1 element {2}/m);
    expect(io.out()).toMatch(/2 submissions: 0 pending, 0 draft, 2 merged, 0 rejected\n$/);
    expect((await readState(fx.emulator)).base["skill-watched"]?.path).toBe("elements/skill/skill-watched.yaml");

    // Nothing open: --watch lists once and ends without waiting at all.
    const idle = fakeIo(repo.dir, { env: cliEnv(fx, home, { NEXS_SIGNING_KEY: SIGNING_KEY }) });
    expect(await status(args, idle, wait)).toBe(0);
    expect(waits).toHaveLength(2);
    expect(idle.out()).toMatch(/2 submissions: 0 pending, 0 draft, 2 merged, 0 rejected\n$/);
  });
});
