// Which repository the elements in the current directory belong to (the *source*), and at which commit:
// `--source`/`--commit`, else the Git repository itself (its `origin` remote and HEAD). Offline: the numeric
// id, which only publish needs, is GitHub's to tell (github/accounts.ts).
import type { Env } from "../core/common/env.js";
import { parseRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import { apiBaseUrl } from "./auth/resolve-token.js";
import { gitText } from "./git.js";
import { UsageError } from "./io.js";

/**
 * owner/repo of a GitHub remote URL: `https://HOST/owner/repo(.git)`, `ssh://git@HOST(:port)/owner/repo(.git)`
 * or scp-like `git@HOST:owner/repo(.git)`; undefined for anything else or another host than `hosts`.
 */
export function parseGitHubRemote(url: string, hosts: ReadonlySet<string>): RepoRef | undefined {
  const text = url.trim();
  const scp = /^[A-Za-z0-9._-]+@([^:/]+):\/?([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(text);
  const full = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(text);
  const match = scp ?? full;
  const [, host, owner, repo] = match ?? [];
  if (!host || !owner || !repo || !hosts.has(host.toLowerCase())) return undefined;
  try {
    return parseRepoRef(`${owner}/${repo}`);
  } catch {
    return undefined;
  }
}

/** The web hosts a remote may name: github.com, and the GitHub Enterprise host GITHUB_API_URL points at. */
export function gitHubHosts(env: Env): Set<string> {
  const api = new URL(apiBaseUrl(env)).hostname.toLowerCase();
  return new Set(["github.com", api === "api.github.com" ? "github.com" : api]);
}

export async function resolveSourceName(flag: string | undefined, cwd: string, env: Env): Promise<RepoRef> {
  if (flag !== undefined) return repoFlag("--source", flag);
  const url = await gitText(cwd, ["config", "--get", "remote.origin.url"], env);
  if (!url) throw new UsageError("no --source and no origin remote here: pass --source owner/repo");
  const repo = parseGitHubRemote(url, gitHubHosts(env));
  if (!repo) throw new UsageError(`the origin remote (${url}) is not a GitHub repository: pass --source owner/repo`);
  return repo;
}

export async function resolveCommit(flag: string | undefined, cwd: string, env: Env): Promise<string> {
  if (flag !== undefined) {
    if (!/^[0-9a-f]{40}$/.test(flag))
      throw new UsageError(`--commit must be a full 40-digit commit SHA, not "${flag}"`);
    return flag;
  }
  const head = await gitText(cwd, ["rev-parse", "--verify", "HEAD^{commit}"], env);
  if (!head || !/^[0-9a-f]{40}$/.test(head))
    throw new UsageError("no --commit and no Git commit here: commit the elements, or pass --commit SHA");
  return head;
}

/** An owner/repo flag, or one line saying what is wrong with it. */
export function repoFlag(name: string, text: string): RepoRef {
  try {
    return parseRepoRef(text, name);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
