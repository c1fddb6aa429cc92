/**
 * emulate@0.12.2's GitHub service, in-process on 127.0.0.1 with a free port, seeded for nexs-publish:
 * org `nexs` owning `collection` (branch `main`, a README plus the files you pass), user `publisher` (org admin,
 * may write the collection) owning `source`, and user `contributor` (no write access: fork mode).
 *
 * What emulate@0.12.2 gives us (read from its dist, checked by test/github): stateful git data with real git
 * SHAs (blobs, trees with inline content, base_tree and `sha: null` deletions, commits, refs create/force-move),
 * recursive trees, contents read/PUT (409 on a stale sha, 422 when `sha` is missing for an existing file),
 * pulls (list with head=owner:branch, create, update, reopen), issue labels, forks (POST 202) and GET /user.
 * Its gaps that matter here, each covered by test/support/fault-proxy.ts:
 * - a duplicate PR is created (201) where GitHub answers 422 "A pull request already exists";
 * - an unknown token acts as a seeded user instead of 401 "Bad credentials";
 * - a fork is a fresh repository with its own README history, not a copy sharing the parent's objects,
 *   and repository responses carry no `parent`/`source`; there is no merge-upstream;
 * - a PR's `head.sha` stays at the commit it was opened with after its branch moves;
 * - a contents read on a missing ref answers 404 "Not Found", as for a missing path, where GitHub answers
 *   404 "No commit found for the ref X";
 * - a branch's `commit` has no tree (we use GET /commits/{ref}, which has it); no device flow, no
 *   secondary rate limits, no push protection, no "Actions may not create pull requests".
 * Also: deleting the last file of a directory leaves an empty tree where git drops the directory (the commit
 * writer deletes emptied directories as a whole, so both agree), and a fork's history is copied by the proxy.
 */
import { createEmulator } from "emulate";
import type { RepoRef } from "../../src/core/names/repo-ref.js";

export const BASE_BRANCH = "main";
export const TOKENS = {
  publisher: "tok-publisher",
  contributor: "tok-contributor",
  maintainer: "tok-maintainer",
} as const;

export interface TestEmulator {
  /** http://127.0.0.1:port, the REST root. */
  url: string;
  /** The publisher's token (write access to the collection). */
  token: string;
  tokens: typeof TOKENS;
  collection: RepoRef;
  source: RepoRef;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Files committed on top of the collection's initial README, path → content. */
  files?: Record<string, string>;
}

export async function startEmulator(options: StartOptions = {}): Promise<TestEmulator> {
  const emulator = await createEmulator({
    service: "github",
    port: 0,
    seed: {
      tokens: {
        [TOKENS.publisher]: { login: "publisher", scopes: ["repo", "workflow"] },
        [TOKENS.contributor]: { login: "contributor", scopes: ["repo"] },
        [TOKENS.maintainer]: { login: "maintainer", scopes: ["repo", "workflow"] },
      },
      github: {
        users: [{ login: "publisher" }, { login: "contributor" }, { login: "maintainer" }],
        orgs: [
          {
            login: "nexs",
            members: [
              { login: "publisher", role: "admin" },
              { login: "maintainer", role: "admin" },
            ],
          },
        ],
        repos: [
          { owner: "nexs", name: "collection", description: "NEXS elements" },
          { owner: "publisher", name: "source" },
        ],
      },
    },
  });
  const url = emulator.url.replace("//localhost:", "//127.0.0.1:");
  const started: TestEmulator = {
    url,
    token: TOKENS.publisher,
    tokens: TOKENS,
    collection: { owner: "nexs", repo: "collection" },
    source: { owner: "publisher", repo: "source" },
    close: () => emulator.close(),
  };
  if (options.files && Object.keys(options.files).length > 0) {
    await commitFiles(url, TOKENS.publisher, started.collection, BASE_BRANCH, options.files, "Seed the collection");
  }
  return started;
}

// ---- a tiny typed REST client for test setup (the code under test uses Octokit) ----

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a string at a path of keys, or throws: setup data is checked, never cast. */
export function str(value: unknown, ...keys: string[]): string {
  let current: unknown = value;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  if (typeof current !== "string") throw new Error(`expected a string at ${keys.join(".")}`);
  return current;
}

export function list(value: unknown, ...keys: string[]): Json[] {
  let current: unknown = value;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  if (!Array.isArray(current)) throw new Error(`expected an array at ${keys.join(".")}`);
  return current;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} → ${status} ${body.slice(0, 300)}`);
  }
}

/** One REST call; throws HttpError on anything but 2xx. */
export async function api(url: string, token: string, method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(url + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: "application/vnd.github+json",
      "content-type": "application/json",
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, text, `${method} ${path}`);
  const parsed: Json = text ? JSON.parse(text) : null;
  return parsed;
}

export interface Head {
  commit: string;
  tree: string;
}

export async function branchHead(url: string, token: string, repo: RepoRef, branch: string): Promise<Head> {
  const data = await api(
    url,
    token,
    "GET",
    `/repos/${repo.owner}/${repo.repo}/commits/${encodeURIComponent(branch)}?per_page=1`,
  );
  return { commit: str(data, "sha"), tree: str(data, "commit", "tree", "sha") };
}

/** path → blob SHA of every file at a ref. */
export async function listFiles(url: string, token: string, repo: RepoRef, ref: string): Promise<Map<string, string>> {
  const head = await branchHead(url, token, repo, ref);
  const tree = await api(url, token, "GET", `/repos/${repo.owner}/${repo.repo}/git/trees/${head.tree}?recursive=1`);
  const files = new Map<string, string>();
  for (const entry of list(tree, "tree"))
    if (str(entry, "type") === "blob") files.set(str(entry, "path"), str(entry, "sha"));
  return files;
}

export async function readFile(url: string, token: string, repo: RepoRef, ref: string, path: string): Promise<string> {
  const data = await api(
    url,
    token,
    "GET",
    `/repos/${repo.owner}/${repo.repo}/contents/${path}?ref=${encodeURIComponent(ref)}`,
  );
  return Buffer.from(str(data, "content"), "base64").toString("utf8");
}

/** One commit on a branch through git data (as a merge or another writer would): path → content, null deletes. */
export async function commitFiles(
  url: string,
  token: string,
  repo: RepoRef,
  branch: string,
  files: Record<string, string | null>,
  message: string,
): Promise<Head> {
  const at = `/repos/${repo.owner}/${repo.repo}`;
  const head = await branchHead(url, token, repo, branch);
  const entries = Object.entries(files).map(([path, content]) =>
    content === null
      ? { path, mode: "100644", type: "blob", sha: null }
      : { path, mode: "100644", type: "blob", content },
  );
  const tree = await api(url, token, "POST", `${at}/git/trees`, { base_tree: head.tree, tree: entries });
  const commit = await api(url, token, "POST", `${at}/git/commits`, {
    message,
    tree: str(tree, "sha"),
    parents: [head.commit],
  });
  await api(url, token, "PATCH", `${at}/git/refs/heads/${branch}`, { sha: str(commit, "sha"), force: false });
  return { commit: str(commit, "sha"), tree: str(tree, "sha") };
}

/**
 * Copies a branch's history into another repository with identical SHAs (same trees, same commit metadata),
 * then points the target branch at it: what sharing one object network does for a GitHub fork.
 */
export async function copyHistory(
  url: string,
  token: string,
  from: RepoRef,
  to: RepoRef,
  branch: string,
): Promise<string> {
  const src = `/repos/${from.owner}/${from.repo}`;
  const dst = `/repos/${to.owner}/${to.repo}`;
  const head = await branchHead(url, token, from, branch);
  const chain: Json[] = [];
  for (let sha: string | undefined = head.commit; sha; ) {
    const exists = await api(url, token, "GET", `${dst}/git/commits/${sha}`).then(
      () => true,
      () => false,
    );
    if (exists) break;
    const commit = await api(url, token, "GET", `${src}/git/commits/${sha}`);
    chain.push(commit);
    const parents = list(commit, "parents");
    sha = parents.length ? str(parents[0], "sha") : undefined;
  }
  const copied = new Set<string>();
  for (const commit of chain.reverse()) {
    const tree = await api(url, token, "GET", `${src}/git/trees/${str(commit, "tree", "sha")}?recursive=1`);
    const blobs = list(tree, "tree").filter((entry) => str(entry, "type") === "blob");
    for (const entry of blobs) {
      const sha = str(entry, "sha");
      if (copied.has(sha)) continue;
      const blob = await api(url, token, "GET", `${src}/git/blobs/${sha}`);
      await api(url, token, "POST", `${dst}/git/blobs`, { content: str(blob, "content"), encoding: "base64" });
      copied.add(sha);
    }
    const rebuilt = await api(url, token, "POST", `${dst}/git/trees`, {
      tree: blobs.map((entry) => ({
        path: str(entry, "path"),
        mode: str(entry, "mode"),
        type: "blob",
        sha: str(entry, "sha"),
      })),
    });
    if (str(rebuilt, "sha") !== str(commit, "tree", "sha"))
      throw new Error("copyHistory: tree SHA changed in the copy");
    const person = (who: string) => ({
      name: str(commit, who, "name"),
      email: str(commit, who, "email"),
      date: str(commit, who, "date"),
    });
    const made = await api(url, token, "POST", `${dst}/git/commits`, {
      message: str(commit, "message"),
      tree: str(rebuilt, "sha"),
      parents: list(commit, "parents").map((parent) => str(parent, "sha")),
      author: person("author"),
      committer: person("committer"),
    });
    if (str(made, "sha") !== str(commit, "sha")) throw new Error("copyHistory: commit SHA changed in the copy");
  }
  await api(url, token, "PATCH", `${dst}/git/refs/heads/${branch}`, { sha: head.commit, force: true });
  return head.commit;
}
