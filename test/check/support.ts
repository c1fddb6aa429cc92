// Setup for the check-run tests: pull requests opened in the emulator, GitHub's file list of a pull request served
// by the proxy (emulate@0.12.2 answers pulls/:n/files with stub names), state documents on the state branch, and
// readers of what the checks API was sent.

import { stateKey } from "../../src/core/state/state-codec.js";
import type { StateDocument, Submission } from "../../src/core/state/state-document.js";
import { emptyStateDocument } from "../../src/core/state/state-empty.js";
import { serializeStateDocument } from "../../src/core/state/state-serialize.js";
import { GitHubStateStore } from "../../src/github/state-store.js";
import type { Fixture } from "../github/fixture.js";
import { api, BASE_BRANCH, branchHead, isObject, type Json, listFiles, str } from "../support/emulator.js";
import type { SeenRequest } from "../support/fault-proxy.js";

export const COLLECTION = { owner: "nexs", repo: "collection" };
const AT = "/repos/nexs/collection";
const PER_PAGE = 100;

export interface OpenedPull {
  number: number;
  headSha: string;
  branch: string;
}

/** A file's new content, its deletion (null), or a symbolic link to a target. */
export type Change = string | null | { symlink: string };

/** A branch off main with one commit of `files`, a pull request from it, and its file list served. */
export async function openPull(fx: Fixture, branch: string, files: Record<string, Change>): Promise<OpenedPull> {
  const { url, token } = fx.emulator;
  const base = await branchHead(url, token, COLLECTION, BASE_BRANCH);
  const tree = await api(url, token, "POST", `${AT}/git/trees`, {
    base_tree: base.tree,
    tree: Object.entries(files).map(([path, change]) =>
      change === null
        ? { path, mode: "100644", type: "blob", sha: null }
        : typeof change === "string"
          ? { path, mode: "100644", type: "blob", content: change }
          : { path, mode: "120000", type: "blob", content: change.symlink },
    ),
  });
  const commit = await api(url, token, "POST", `${AT}/git/commits`, {
    message: `Change ${branch}`,
    tree: str(tree, "sha"),
    parents: [base.commit],
  });
  const headSha = str(commit, "sha");
  await api(url, token, "POST", `${AT}/git/refs`, { ref: `refs/heads/${branch}`, sha: headSha });
  const pull = await api(url, token, "POST", `${AT}/pulls`, { title: branch, head: branch, base: BASE_BRANCH });
  const number = isObject(pull) && typeof pull.number === "number" ? pull.number : Number.NaN;
  await servePullFiles(fx, number, branch);
  return { number, headSha, branch };
}

/**
 * GitHub's answer to `GET pulls/:n/files`, computed from the trees of main and the branch, 100 per page with a
 * Link header, as a proxy rule per page (Octokit asks for page 1 without a page parameter).
 */
export async function servePullFiles(fx: Fixture, number: number, branch: string): Promise<void> {
  const { url, token } = fx.emulator;
  const [base, head] = await Promise.all([
    listFiles(url, token, COLLECTION, BASE_BRANCH),
    listFiles(url, token, COLLECTION, branch),
  ]);
  const entries: Json[] = [];
  for (const [filename, sha] of head) {
    const before = base.get(filename);
    if (before === sha) continue;
    entries.push({ sha, filename, status: before === undefined ? "added" : "modified", additions: 1, deletions: 0 });
  }
  for (const [filename, sha] of base)
    if (!head.has(filename)) entries.push({ sha, filename, status: "removed", additions: 0, deletions: 1 });
  const pages = Math.max(1, Math.ceil(entries.length / PER_PAGE));
  const path = `${AT}/pulls/${number}/files`;
  for (let page = 1; page <= pages; page++) {
    const next = page < pages ? `<${fx.proxy.url}${path}?per_page=${PER_PAGE}&page=${page + 1}>; rel="next"` : "";
    fx.proxy.add({
      method: "GET",
      path: new RegExp(`^${path}\\?per_page=${PER_PAGE}${page === 1 ? "" : `&page=${page}`}$`),
      action: {
        kind: "respond",
        status: 200,
        body: entries.slice((page - 1) * PER_PAGE, page * PER_PAGE),
        headers: next ? { link: next } : {},
      },
    });
  }
}

/** A state document for `source` on the state branch, with these submissions. */
export async function putStateDocument(
  fx: Fixture,
  source: { owner: string; repo: string },
  submissions: Submission[],
): Promise<void> {
  const document: StateDocument = {
    ...emptyStateDocument(source),
    submissions: Object.fromEntries(submissions.map((s) => [String(s.number), s])),
  };
  const store = new GitHubStateStore(fx.client(), { repo: COLLECTION, branch: "nexs-state" });
  const key = stateKey(source);
  const existing = await store.read(key);
  const written = await store.write(key, serializeStateDocument(document), existing?.version ?? null, "test state");
  if (!written.ok) throw new Error("could not write the test state document");
}

// ---- what the checks API was sent ----

export interface ChecksRequest {
  method: string;
  route: string;
  body: Json;
}

export function checksRequests(requests: readonly SeenRequest[]): ChecksRequest[] {
  return requests
    .filter((r) => r.route.includes("/check-runs"))
    .map((r) => ({ method: r.method, route: r.route, body: r.body ? JSON.parse(r.body) : null }));
}

/** The annotations one checks request carried. */
export function annotationsOf(request: ChecksRequest | undefined): Json[] {
  const output = isObject(request?.body) ? request.body.output : undefined;
  return isObject(output) && Array.isArray(output.annotations) ? output.annotations : [];
}

export function outputOf(request: ChecksRequest | undefined): { title: string; summary: string } {
  return { title: str(request?.body, "output", "title"), summary: str(request?.body, "output", "summary") };
}

export function blobReads(requests: readonly SeenRequest[]): number {
  return requests.filter((r) => r.route === "GET /repos/:owner/:repo/git/blobs/:sha").length;
}
