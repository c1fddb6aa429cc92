// `nexs-publish publish` and `plan` from the CLI bundle, as a child process against the GitHub emulator: for the
// same tree it makes the same pull request, commit and state document as the Action bundle does (each against
// its own fresh emulator), and a re-run with nothing new writes nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateDocument } from "../../src/core/state/state-document.js";
import { findMarker, parseMarker } from "../../src/core/tracking/marker.js";
import { runAction } from "../bundle/run-action.js";
import { runCli } from "../bundle/run-cli.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { BRANCH, readState, SIGNING_KEY } from "../publish/support.js";
import { api, branchHead, isObject, type Json, list, str } from "../support/emulator.js";
import { cliEnv, jsonOf, type SourceRepo, sourceId, sourceRepo } from "./support.js";

let forAction: Fixture;
let forCli: Fixture;
let repo: SourceRepo;
const home = mkdtempSync(join(tmpdir(), "nexs-cli-home-"));

beforeAll(async () => {
  [forAction, forCli] = await Promise.all([startFixture(), startFixture()]);
  repo = sourceRepo();
});
afterAll(async () => {
  await Promise.all([forAction.close(), forCli.close()]);
  repo.remove();
  rmSync(home, { recursive: true, force: true });
});

const cli = (args: string[]) =>
  runCli(args, { cwd: repo.dir, env: cliEnv(forCli, home, { NEXS_SIGNING_KEY: SIGNING_KEY }) });

interface Proposal {
  title: string;
  body: string;
  labels: string[];
  draft: boolean;
  head: { tree: string; message: string };
  state: StateDocument;
}

/** The one pull request, its head commit and the state document, as the collection of `fx` holds them. */
async function proposal(fx: Fixture): Promise<Proposal> {
  const { url, token } = fx.emulator;
  const [pr] = list(await api(url, token, "GET", "/repos/nexs/collection/pulls?state=all"));
  const head = await branchHead(url, token, fx.emulator.collection, BRANCH);
  const commit = await api(url, token, "GET", `/repos/nexs/collection/git/commits/${head.commit}`);
  return {
    title: str(pr, "title"),
    body: str(pr, "body"),
    labels: list(pr, "labels").map((label) => str(label, "name")),
    draft: isObject(pr) && pr["draft"] === true,
    head: { tree: head.tree, message: str(commit, "message") },
    state: await readState(fx.emulator),
  };
}

/** The body without its marker, and the marker's payload without the time it was issued. */
function withoutIssuedAt(body: string): { text: string; payload: Json } {
  const marker = findMarker(body) ?? "";
  const parsed = parseMarker(body);
  if (!parsed.ok) throw new Error(`no marker: ${parsed.detail}`);
  const payload: unknown = JSON.parse(Buffer.from(parsed.marker.payloadText, "base64url").toString("utf8"));
  if (!isObject(payload)) throw new Error("the marker's payload is not an object");
  const { issuedAt: _, ...rest } = payload;
  return { text: body.replace(marker, ""), payload: rest };
}

/** The state document without what only says when and by which run it was written. */
function timeless(state: StateDocument): unknown {
  return {
    ...state,
    submissions: Object.fromEntries(
      Object.entries(state.submissions).map(([key, s]) => {
        // The head commit differs by its time stamp only: its tree is compared on its own.
        const { createdAt: _c, updatedAt: _u, lastDelivery: _l, url: _url, nodeId: _n, head: _h, ...rest } = s;
        return [key, rest];
      }),
    ),
    history: state.history.map(({ at: _a, delivery: _d, ...rest }) => rest),
  };
}

describe("nexs-publish publish (CLI bundle)", () => {
  it("makes the same pull request, commit and state document as the Action for the same tree", async () => {
    const id = await sourceId(forAction);
    expect(await sourceId(forCli)).toBe(id);
    const action = await runAction(
      repo.dir,
      {
        command: "publish",
        collection: "nexs/collection",
        token: forAction.emulator.token,
        "signing-key": SIGNING_KEY,
        labels: "nexs, elements",
      },
      {
        GITHUB_API_URL: forAction.proxy.url,
        GITHUB_REPOSITORY: "publisher/source",
        GITHUB_REPOSITORY_ID: String(id),
        GITHUB_SHA: repo.commit,
        GITHUB_RUN_ID: "777",
      },
    );
    expect(action.code, action.stdout).toBe(0);
    const run = await cli(["publish", "--collection", "nexs/collection", "--labels", "nexs, elements", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trimEnd()).not.toContain("\n");
    const result = jsonOf(run.stdout);
    expect(result).toMatchObject({ kind: "planned", operation: "created", blocking: 0, recorded: true });
    expect(result["counts"]).toMatchObject({ add: 8 });
    expect(result["submission"]).toBe(action.outputs.get("submission"));

    const [fromAction, fromCli] = await Promise.all([proposal(forAction), proposal(forCli)]);
    expect(fromCli.title).toBe("nexs-publish: elements from publisher/source");
    expect({ ...fromCli, body: "", state: null }).toEqual({ ...fromAction, body: "", state: null });
    expect(withoutIssuedAt(fromCli.body)).toEqual(withoutIssuedAt(fromAction.body));
    expect(withoutIssuedAt(fromCli.body).payload).toMatchObject({ source: { name: "publisher/source", id } });
    expect(timeless(fromCli.state)).toEqual(timeless(fromAction.state));
    expect(fromCli.state.submissions["1"]?.status).toBe("pending");
  });

  it("a re-run with nothing new writes nothing, and says so", async () => {
    forCli.proxy.resetCounts();
    const run = await cli(["publish", "--collection", "nexs/collection"]);
    expect(run.code, run.stderr).toBe(0);
    // Still 8 adds against the base branch (nothing is merged), but the branch and the PR already say so.
    expect(run.stdout).toMatch(/\n8 add\.\nPull request #1 \(none\): http\S+\/pull\/1\n$/);
    expect(forCli.proxy.writes()).toEqual([]);
  });

  it("plan against GitHub: every element with its outcome and reason; --json is one object", async () => {
    const text = await cli(["plan", "--collection", "nexs/collection"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Plan for publisher\/source → nexs\/collection@main\n/);
    // The pull request is not merged: against the base branch every element is still new.
    expect(text.stdout).toMatch(/^add {2}skill-code-review {2}elements\/skill\/skill-code-review\.yaml: new element/m);
    expect(text.stdout).toMatch(/^8 add\.\n$/m);
    const json = await cli(["plan", "--collection", "nexs/collection", "--json"]);
    const plan = jsonOf(json.stdout);
    expect(plan["counts"]).toMatchObject({ add: 8, conflict: 0 });
    expect(Array.isArray(plan["rows"]) && plan["rows"].length).toBe(8);
  });
});
