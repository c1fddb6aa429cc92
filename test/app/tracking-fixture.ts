// Shared setup of the App's tracking tests: emulate@0.12.2 with the App registered, the fault proxy in front of it
// (the App's GITHUB_API_URL, so every request the App makes is counted there and can be faulted), and the App's real
// Probot middleware on loopback (test/support/app-server.ts). Test setup talks to the emulator directly, so the
// proxy sees only the App's own traffic.
//
// Webhooks the emulator itself sends (it fires them when setup opens a PR) go to a sink that answers 204 and drops
// them: every delivery the App gets is one a test made and signed, so counts do not depend on a fire-and-forget race.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pullRequestFiles } from "../../scripts/demo/pull-request-files.mjs";
import { textBlobSha } from "../../src/core/git/object-sha.js";
import { FILE_MODE } from "../../src/core/git/tree-hash.js";
import type { StateDocument, Submission, SubmissionElement } from "../../src/core/state/state-document.js";
import { parseStateDocument } from "../../src/core/state/state-parse.js";
import { serializeStateDocument } from "../../src/core/state/state-serialize.js";
import { computeStats } from "../../src/core/state/stats.js";
import { appendMarker } from "../../src/core/tracking/marker.js";
import { encodeMarker } from "../../src/core/tracking/marker-trust.js";
import { SIGNING_KEY, skill } from "../publish/support.js";
import { type AppEmulator, INSTALLATION_ID, startAppEmulator } from "../support/app-emulator.js";
import {
  type AppServer,
  type AppServerOptions,
  type CapturedLog,
  type DeliverOptions,
  type LogEntry,
  type Reply,
  startAppServer,
} from "../support/app-server.js";
import { api, HttpError, isObject, type Json, str, TOKENS } from "../support/emulator.js";
import { type FaultProxy, type FaultRule, type SeenRequest, startFaultProxy } from "../support/fault-proxy.js";

export const COLLECTION = { owner: "nexs", repo: "collection" } as const;
export const COLLECTION_NAME = "nexs/collection";
export const STATE_BRANCH = "nexs-state";
export const WEBHOOK_SECRET = "tracking-test-webhook-secret";
export { SIGNING_KEY };

export interface Source {
  owner: string;
  repo: string;
  id: number;
}

export const stateKeyOf = (source: Pick<Source, "owner" | "repo">): string =>
  `sources/${source.owner}/${source.repo}.json`;
export const branchOf = (source: Pick<Source, "owner" | "repo">): string => `nexs/${source.owner}/${source.repo}`;

export interface TrackingFixture {
  emulator: AppEmulator;
  proxy: FaultProxy;
  /** An App whose GitHub is the proxy; LOG_LEVEL and the rest come through `options.env`. */
  startApp(options?: Pick<AppServerOptions, "env" | "logSink" | "tracker" | "onDelivery">): Promise<AppServer>;
  /** Drops every fault rule a test added (the PR-files answer stays). */
  clearFaults(): void;
  close(): Promise<void>;
}

export async function startTrackingFixture(): Promise<TrackingFixture> {
  const sink = await startSink();
  const emulator = await startAppEmulator({ webhookUrl: sink.url, webhookSecret: "emulator-deliveries-are-dropped" });
  // The App's JWT and the installation tokens emulate issues are not known in advance: let every token through.
  const proxy = await startFaultProxy(emulator.url, { validTokens: "any" });
  proxy.add(pullRequestFilesRule(emulator.url));
  const apps: AppServer[] = [];
  return {
    emulator,
    proxy,
    clearFaults() {
      proxy.clearRules();
      proxy.add(pullRequestFilesRule(emulator.url));
    },
    async startApp(options = {}) {
      const app = await startAppServer({
        baseUrl: proxy.url,
        appId: emulator.appId,
        privateKey: emulator.privateKey,
        secret: WEBHOOK_SECRET,
        ...options,
      });
      apps.push(app);
      return app;
    },
    async close() {
      for (const app of apps) await app.idle(30_000).catch(() => undefined);
      await Promise.all(apps.map((app) => app.close()));
      await proxy.close();
      await emulator.close();
      await new Promise<void>((done) => {
        sink.server.close(() => done());
        sink.server.closeAllConnections();
      });
    },
  };
}

async function startSink(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(204).end());
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === "string") throw new Error("the sink has no TCP address");
  return { url: `http://127.0.0.1:${address.port}/hooks`, server };
}

// ---- setup calls, straight to the emulator (never counted at the proxy) ----

export function setupApi(fixture: TrackingFixture, method: string, path: string, body?: unknown): Promise<Json> {
  return api(fixture.emulator.url, TOKENS.publisher, method, path, body);
}

export function setupApiAs(
  fixture: TrackingFixture,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Json> {
  return api(fixture.emulator.url, token, method, path, body);
}

export interface Commit {
  sha: string;
  /** path → blob SHA of the files this commit wrote. */
  blobs: Map<string, string>;
}

/**
 * One commit holding `files` on top of `from` (a branch or commit of `repo`), and `branch` created (or moved) to
 * point at it.
 */
export async function commitToBranch(
  fixture: TrackingFixture,
  branch: string,
  files: Record<string, string>,
  options: { from?: string; repo?: string; token?: string } = {},
): Promise<Commit> {
  const repo = options.repo ?? COLLECTION_NAME;
  const token = options.token ?? TOKENS.publisher;
  const call = (method: string, path: string, body?: unknown) => setupApiAs(fixture, token, method, path, body);
  const parent = await call("GET", `/repos/${repo}/commits/${encodeURIComponent(options.from ?? "main")}?per_page=1`);
  const tree = await call("POST", `/repos/${repo}/git/trees`, {
    base_tree: str(parent, "commit", "tree", "sha"),
    tree: Object.entries(files).map(([path, content]) => ({ path, mode: FILE_MODE, type: "blob", content })),
  });
  const commit = await call("POST", `/repos/${repo}/git/commits`, {
    message: `setup: ${Object.keys(files).length} files on ${branch}`,
    tree: str(tree, "sha"),
    parents: [str(parent, "sha")],
  });
  const sha = str(commit, "sha");
  const exists = await call("GET", `/repos/${repo}/git/ref/heads/${branch}`).then(
    () => true,
    (error: unknown) => {
      if (error instanceof HttpError && error.status === 404) return false;
      throw error;
    },
  );
  if (exists) await call("PATCH", `/repos/${repo}/git/refs/heads/${branch}`, { sha, force: true });
  else await call("POST", `/repos/${repo}/git/refs`, { ref: `refs/heads/${branch}`, sha });
  const blobs = new Map(Object.entries(files).map(([path, content]) => [path, textBlobSha(content)]));
  return { sha, blobs };
}

/** Element files for a source: `count` small valid skills under elements/skill/, ids prefixed. */
export function elementFiles(prefix: string, count: number, version = "1.0.0"): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const id = `${prefix}-${i}`;
    files[`elements/skill/${id}.yaml`] = skill(id, { version });
  }
  return files;
}

/** The submission elements of files written by elementFiles. */
export function elementsOf(files: Record<string, string>): SubmissionElement[] {
  return Object.entries(files).map(([path, content]) => {
    const id = /([^/]+)\.yaml$/.exec(path)?.[1];
    if (!id) throw new Error(`not an element path: ${path}`);
    return { id, path, blob: textBlobSha(content) };
  });
}

/** A PR body as publish writes it: a table, then the marker (signed with `key`; unsigned without one). */
export function submissionBody(
  source: Source,
  elements: readonly SubmissionElement[],
  options: { key?: string | undefined; commit?: string; listBudget?: number } = {},
): string {
  const marker = encodeMarker(
    {
      source: { name: `${source.owner}/${source.repo}`, id: source.id },
      commit: options.commit ?? "c".repeat(40),
      elements,
      issuedAt: "2026-01-01T00:00:00Z",
    },
    "key" in options ? options.key : SIGNING_KEY,
    options.listBudget,
  );
  const table = ["| Element | Path |", "| --- | --- |", ...elements.map((e) => `| ${e.id} | ${e.path} |`)].join("\n");
  return appendMarker(table, marker);
}

/** Opens a PR into the collection's main (as the publisher: emulate lets only writers open PRs) and returns it. */
export async function openPullRequest(
  fixture: TrackingFixture,
  head: string,
  body: string,
  options: { draft?: boolean; title?: string } = {},
): Promise<Json> {
  return setupApi(fixture, "POST", `/repos/${COLLECTION_NAME}/pulls`, {
    title: options.title ?? `Elements from ${head}`,
    head,
    base: "main",
    body,
    draft: options.draft ?? false,
  });
}

export async function collectionRepository(fixture: TrackingFixture): Promise<Json> {
  return setupApi(fixture, "GET", `/repos/${COLLECTION_NAME}`);
}

export type JsonObject = { [key: string]: Json };

export function asObject(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new Error(`${what}: expected an object`);
  return value;
}

/**
 * A `pull_request` webhook payload as GitHub sends it: the PR as the emulator answers it (changed by `edit`), the
 * collection repository, the App's installation and a sender.
 */
export function pullRequestPayload(
  repository: Json,
  pr: Json,
  action: string,
  edit: (pr: JsonObject) => JsonObject = (same) => same,
  sender = "publisher",
): JsonObject {
  const pullRequest = edit(asObject(pr, "pull request"));
  const number = pullRequest["number"];
  if (typeof number !== "number") throw new Error("pull request without a number");
  return {
    action,
    number,
    pull_request: pullRequest,
    repository,
    installation: { id: INSTALLATION_ID, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNzc3" },
    sender: { login: sender, id: 1, type: "User" },
  };
}

/**
 * A PR object as GitHub puts it in a webhook, for a PR the test does not open in the emulator (its submission is
 * already recorded, so the App reads nothing of the PR itself).
 */
export function syntheticPullRequest(
  repository: Json,
  options: { number: number; headRef: string; head: string; body: string; author?: string },
): JsonObject {
  const repo = asObject(repository, "repository");
  const name = String(repo["full_name"]);
  return {
    url: `https://api.github.com/repos/${name}/pulls/${options.number}`,
    html_url: `https://github.com/${name}/pull/${options.number}`,
    node_id: `PR_synthetic_${options.number}`,
    number: options.number,
    state: "open",
    draft: false,
    merged: false,
    merge_commit_sha: null,
    title: `Submission ${options.number}`,
    body: options.body,
    user: { login: options.author ?? "publisher", id: 2, type: "User" },
    created_at: at(0),
    updated_at: at(0),
    head: { ref: options.headRef, sha: options.head, repo },
    base: { ref: "main", sha: `${"0".repeat(39)}1`, repo },
  };
}

/** A PR snapshot's state fields, for `edit`. */
export interface SnapshotFields {
  updatedAt: string;
  draft?: boolean;
  state?: "open" | "closed";
  merged?: boolean;
  mergeCommit?: string | null;
  head?: string;
  body?: string;
  createdAt?: string;
  user?: string;
}

export function withSnapshot(fields: SnapshotFields): (pr: JsonObject) => JsonObject {
  return (pr) => {
    const closed = fields.state === "closed";
    const head = asObject(pr["head"], "head");
    const next: JsonObject = {
      ...pr,
      updated_at: fields.updatedAt,
      state: fields.state ?? "open",
      draft: fields.draft ?? false,
      merged: fields.merged ?? false,
      merge_commit_sha: fields.mergeCommit ?? null,
      merged_at: fields.merged ? fields.updatedAt : null,
      closed_at: closed ? fields.updatedAt : null,
      head: fields.head === undefined ? head : { ...head, sha: fields.head },
    };
    if (fields.body !== undefined) next["body"] = fields.body;
    if (fields.createdAt !== undefined) next["created_at"] = fields.createdAt;
    if (fields.user !== undefined) next["user"] = { ...asObject(pr["user"], "user"), login: fields.user };
    return next;
  };
}

/** A fixed instant plus `second` seconds, as GitHub writes timestamps. */
export function at(second: number): string {
  return new Date(Date.UTC(2026, 2, 1, 12, 0, 0) + second * 1000).toISOString().replace(/\.000Z$/, "Z");
}

// ---- the state branch, read and seeded straight at the emulator ----

export async function readStateText(
  fixture: TrackingFixture,
  key: string,
  branch = STATE_BRANCH,
): Promise<string | undefined> {
  try {
    const file = await setupApi(
      fixture,
      "GET",
      `/repos/${COLLECTION_NAME}/contents/${key}?ref=${encodeURIComponent(branch)}`,
    );
    return Buffer.from(str(file, "content"), "base64").toString("utf8");
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  }
}

/** The document, parsed with the strict parser (so a broken write fails the test here). */
export async function readState(fixture: TrackingFixture, key: string, branch = STATE_BRANCH): Promise<StateDocument> {
  const text = await readStateText(fixture, key, branch);
  if (text === undefined) throw new Error(`no state document ${key}`);
  return parseStateDocument(text);
}

/** A source's document holding `submissions` (stats computed, history as the Action's records would leave it). */
export function stateDocument(source: Source, submissions: readonly Submission[]): StateDocument {
  const byNumber = Object.fromEntries(submissions.map((s) => [String(s.number), s]));
  return {
    schema: 1,
    source: { owner: source.owner, repo: source.repo, id: source.id },
    base: {},
    submissions: byNumber,
    stats: computeStats(byNumber),
    history: submissions.map((s) => ({ at: s.updatedAt, number: s.number, from: null, to: s.status })),
  };
}

/**
 * Writes documents on the state branch as the Action would have left them (one commit; the branch is created as
 * an orphan when missing, else moved).
 */
export async function seedState(
  fixture: TrackingFixture,
  documents: readonly StateDocument[],
  branch = STATE_BRANCH,
): Promise<void> {
  const at = `/repos/${COLLECTION_NAME}`;
  const existing = await setupApi(fixture, "GET", `${at}/git/ref/heads/${branch}`).then(
    (ref) => str(ref, "object", "sha"),
    (error: unknown) => {
      if (error instanceof HttpError && error.status === 404) return undefined;
      throw error;
    },
  );
  const entries = documents.map((document) => ({
    path: stateKeyOf(document.source),
    mode: FILE_MODE,
    type: "blob",
    content: serializeStateDocument(document),
  }));
  const base = existing
    ? { base_tree: str(await setupApi(fixture, "GET", `${at}/git/commits/${existing}`), "tree", "sha") }
    : {};
  const tree = await setupApi(fixture, "POST", `${at}/git/trees`, {
    ...base,
    tree: [
      ...(existing ? [] : [{ path: "README.md", mode: FILE_MODE, type: "blob", content: "# state\n" }]),
      ...entries,
    ],
  });
  const commit = await setupApi(fixture, "POST", `${at}/git/commits`, {
    message: "setup: state recorded by the Action",
    tree: str(tree, "sha"),
    parents: existing ? [existing] : [],
  });
  if (existing)
    await setupApi(fixture, "PATCH", `${at}/git/refs/heads/${branch}`, { sha: str(commit, "sha"), force: true });
  else await setupApi(fixture, "POST", `${at}/git/refs`, { ref: `refs/heads/${branch}`, sha: str(commit, "sha") });
}

// ---- counting at the proxy ----

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const TOKEN_ROUTE = /^\/app\/installations\/\d+\/access_tokens$/;
/** Octokit sends a contents path encoded (`sources%2Fowner%2Frepo.json`): match on the decoded form. */
const decoded = (r: SeenRequest): string => decodeURIComponent(r.path);
const STATE_DOCUMENT = /^\/repos\/nexs\/collection\/contents\/sources\//;
const GIT_WRITE = /^\/repos\/nexs\/collection\/git\/(trees|commits|refs)(\/|$)/;

/**
 * Writes to the state branch: a contents PUT of a state document, or the tree, commit and ref that create the
 * branch. The App writes nothing else, so every other write (bar installation tokens) is listed by otherWrites.
 */
export function stateWrites(requests: readonly SeenRequest[]): SeenRequest[] {
  return requests.filter(
    (r) => WRITE_METHODS.has(r.method) && (STATE_DOCUMENT.test(decoded(r)) || GIT_WRITE.test(decoded(r))),
  );
}

/** Contents PUTs that GitHub accepted: one per state write that landed (a branch creation counts apart). */
export function landedPuts(requests: readonly SeenRequest[]): SeenRequest[] {
  return requests.filter(
    (r) => r.method === "PUT" && STATE_DOCUMENT.test(decoded(r)) && (r.status === 200 || r.status === 201),
  );
}

/**
 * The state store's requests: state documents read or written through the contents API, and the branch's creation.
 * (The check run reads the state branch too, through git trees and blobs: those are not tracking's.)
 */
export function stateRequests(requests: readonly SeenRequest[]): SeenRequest[] {
  return requests.filter(
    (r) => STATE_DOCUMENT.test(decoded(r)) || (WRITE_METHODS.has(r.method) && GIT_WRITE.test(decoded(r))),
  );
}

/** The App's check run (created or updated on opened, reopened, synchronize and ready_for_review). */
const CHECK_RUN = /^\/repos\/nexs\/collection\/check-runs(\/|$)/;

/** Writes that are neither the state branch's, an installation token, nor the App's check run. */
export function otherWrites(requests: readonly SeenRequest[]): SeenRequest[] {
  const state = new Set(stateWrites(requests));
  return requests.filter(
    (r) => WRITE_METHODS.has(r.method) && !state.has(r) && !TOKEN_ROUTE.test(r.path) && !CHECK_RUN.test(r.path),
  );
}

/**
 * Warnings and errors other than the check run's. The App also runs its check on some actions, and a check that
 * cannot run (a payload for a PR the emulator does not hold, an example from a repository the App is not installed
 * on) logs its own error; tracking's lines are what these tests are about.
 */
export function trackingWarnings(log: CapturedLog): LogEntry[] {
  return log.warnings().filter((entry) => !/^(check run|re-run of the check)\b/.test(entry.msg));
}

/** The requests recorded since `mark` (an index into proxy.requests). */
export function since(proxy: FaultProxy, mark: number): SeenRequest[] {
  return proxy.requests.slice(mark);
}

// ---- GitHub's "list pull request files", which emulate@0.12.2 answers with made-up names and SHAs ----

/**
 * A rule answering `GET /repos/:o/:r/pulls/:n/files` the way GitHub does (scripts/demo/pull-request-files.mjs, which
 * the demo uses too). Binding a marker to the PR's files is what refuses a marker copied into another PR, so the
 * tests need the real list.
 */
export function pullRequestFilesRule(emulatorUrl: string): FaultRule {
  const read = (path: string) => api(emulatorUrl, TOKENS.publisher, "GET", path);
  return {
    method: "GET",
    path: /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files(\?|$)/,
    action: {
      kind: "answer",
      answer: (request) => pullRequestFiles(read, request.path, request.url.split("?")[1] ?? ""),
    },
  };
}

// ---- small helpers ----

/** Runs `work` over `items` with at most `limit` at once, keeping the order of the results. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (item === undefined) continue;
      results[index] = await work(item, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Delivers and returns once the App has handled the delivery. Probot answers 202 "still processing" when a handler
 * runs past 9 s (a busy machine does that) and keeps it running: then this waits for the App to be idle, so a
 * caller's next delivery still comes after this one was handled. A 200 or a 202 is then an accepted delivery.
 */
export async function deliverHandled(
  app: AppServer,
  event: string,
  payload: unknown,
  options: DeliverOptions,
): Promise<Reply & { accepted: boolean }> {
  const reply = await app.deliver(event, payload, options);
  if (reply.status === 202) await app.idle(120_000);
  return { ...reply, accepted: reply.status === 200 || reply.status === 202 };
}

/** Polls `read` until `check` holds, at most `timeoutMs`; the last value is in the error. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined);
    if (last !== undefined && check(last)) return last;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 500)}`);
}
