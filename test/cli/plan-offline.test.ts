// `nexs-publish plan` against a local checkout of the collection, through the CLI bundle, with no network at
// all: no token, and GITHUB_API_URL pointing at a loopback server that counts every request (none may come).

import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/core/git/object-sha.js";
import { emptyStateDocument } from "../../src/core/state/state-empty.js";
import { serializeStateDocument } from "../../src/core/state/state-serialize.js";
import { REPO } from "../bundle/run-action.js";
import { runCli } from "../bundle/run-cli.js";
import { tempDir } from "../support/tmp-dir.js";
import { git, jsonOf, type SourceRepo, sourceRepo } from "./support.js";

const UNCHANGED = "skill/skill-code-review.yaml";
const REMOTE_CHANGED = "agent/agent-pr-reviewer.yaml";
const LOCAL_CHANGED = "persona/persona-technical-expert.yaml";

let requests = 0;
const network = createServer((_, response) => {
  requests += 1;
  response.writeHead(500).end();
});
let apiUrl = "";
let repo: SourceRepo;
let collection = "";
let stateFile = "";

const example = (relative: string) => readFileSync(join(REPO, "examples/elements", relative), "utf8");

beforeAll(async () => {
  await new Promise<void>((done) => network.listen(0, "127.0.0.1", done));
  const address = network.address();
  if (typeof address !== "object" || address === null) throw new Error("no port");
  apiUrl = `http://127.0.0.1:${address.port}`;

  repo = sourceRepo();
  repo.write(LOCAL_CHANGED, example(LOCAL_CHANGED).replace("version: ", "version: 9"));

  // The collection as last merged: three of the source's elements; then someone edited one of them there.
  collection = tempDir("nexs-collection-checkout-");
  for (const relative of [UNCHANGED, REMOTE_CHANGED, LOCAL_CHANGED]) {
    mkdirSync(join(collection, "elements", relative, ".."), { recursive: true });
    cpSync(join(REPO, "examples/elements", relative), join(collection, "elements", relative));
  }
  git(collection, "init", "-q", "-b", "main");
  git(collection, "add", "-A");
  git(collection, "commit", "-q", "-m", "merged");
  const merged = git(collection, "rev-parse", "HEAD");
  const document = emptyStateDocument({ owner: "publisher", repo: "source" });
  for (const relative of [UNCHANGED, REMOTE_CHANGED, LOCAL_CHANGED]) {
    const id = relative.replace(/^.*\/|\.yaml$/g, "");
    document.base[id] = {
      path: `elements/${relative}`,
      blob: gitBlobSha(Buffer.from(example(relative))),
      commit: merged,
    };
  }
  const state = serializeStateDocument(document);
  writeFileSync(
    join(collection, "elements", REMOTE_CHANGED),
    example(REMOTE_CHANGED).replace("version: ", "version: 7"),
  );
  git(collection, "commit", "-q", "-am", "edited in the collection");
  // The state branch of the checkout, as the App keeps it: an orphan branch with the document only.
  git(collection, "checkout", "-q", "--orphan", "nexs-state");
  git(collection, "rm", "-q", "-rf", ".");
  mkdirSync(join(collection, "sources/publisher"), { recursive: true });
  writeFileSync(join(collection, "sources/publisher/source.json"), state);
  git(collection, "add", "-A");
  git(collection, "commit", "-q", "-m", "state");
  git(collection, "checkout", "-q", "main");
  stateFile = join(tempDir("nexs-state-file-"), "state.json");
  writeFileSync(stateFile, state);
});
afterAll(async () => {
  repo.remove();
  await new Promise<void>((done) => network.close(() => done()));
});

const plan = (...args: string[]) =>
  runCli(["plan", "--collection", collection, ...args], {
    cwd: repo.dir,
    env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: "1", GITHUB_API_URL: apiUrl, NEXS_KEYRING: "off" },
  });

describe("nexs-publish plan against a local checkout (CLI bundle, offline)", () => {
  it.each([
    ["the checkout's state branch", [], "nexs-state"],
    ["--state FILE", () => ["--state", stateFile], undefined],
  ])("three-way, with the state from %s, and never a request", async (_, extra, from) => {
    const args = typeof extra === "function" ? extra() : extra;
    const run = await plan(...args, "--json");
    expect(run.code, run.stderr).toBe(0);
    const report = jsonOf(run.stdout);
    expect(report["collection"]).toBe(`${collection} (state: ${from ?? stateFile})`);
    const rows = report["rows"];
    if (!Array.isArray(rows)) throw new Error("no rows");
    const outcome = (id: string) => rows.find((row) => row["id"] === id)?.["outcome"];
    expect(outcome("skill-code-review")).toBe("unchanged");
    expect(outcome("agent-pr-reviewer")).toBe("remote-changed");
    expect(outcome("persona-technical-expert")).toBe("update");
    expect(outcome("skill-static-analysis")).toBe("add");
    expect(rows).toHaveLength(8);
    expect(requests).toBe(0);
  });

  it("prints each element with its reason in text", async () => {
    const run = await plan();
    expect(run.stdout).toMatch(/^Plan for publisher\/source → .* \(state: nexs-state\)\n/);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^remote-changed +agent-pr-reviewer +elements\/agent\/agent-pr-reviewer\.yaml: changed in the collection since the last merge and unchanged in the source: not overwritten$/m,
    );
    expect(run.stdout).toMatch(/^unchanged +skill-code-review +\S+: the collection already holds this exact file$/m);
    expect(run.stdout).toMatch(/\n5 add, 1 update, 1 unchanged, 1 remote-changed\.\n$/);
    expect(requests).toBe(0);
  });

  it("without a state anywhere, every element is new", async () => {
    const bare = tempDir("nexs-bare-collection-");
    const run = await runCli(["plan", "--collection", bare, "--json"], {
      cwd: repo.dir,
      env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: "1", GITHUB_API_URL: apiUrl, NEXS_KEYRING: "off" },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run.stdout)).toMatchObject({ counts: { add: 8 }, collection: `${bare} (state: none)` });
    expect(requests).toBe(0);
  });

  it("a --path-template that can place no element: one usage line up front (exit 2), in plan, publish and pull", async () => {
    const cases: [string, string][] = [
      [
        "elements/{kind}/{id}.yaml",
        "the path template has an unknown placeholder {kind}; use {type}, {id}, {author} or {created}",
      ],
      [
        "../{id}.yaml",
        'the path template "../{id}.yaml" would leave the collection root; use a relative path such as elements/{type}/{id}.yaml',
      ],
    ];
    const env = {
      HOME: repo.dir,
      GIT_CONFIG_NOSYSTEM: "1",
      GITHUB_API_URL: apiUrl,
      NEXS_KEYRING: "off",
      GITHUB_TOKEN: "t",
    };
    for (const [template, message] of cases)
      for (const command of [
        ["plan", "--collection", collection],
        ["publish", "--collection", "nexs/collection"],
        ["pull", "--collection", "nexs/collection"],
      ]) {
        const run = await runCli([...command, "--path-template", template], { cwd: repo.dir, env });
        expect(run.code, `${command[0]} ${template}`).toBe(2);
        expect(run.stderr).toBe(`nexs-publish: --path-template: ${message}\n`);
        expect(run.stdout).toBe("");
      }
    expect(requests).toBe(0);
  });
});
