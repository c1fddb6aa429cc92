import type { TreeEntry, TreeEntryType, TreeListing } from "../core/git/tree-hash.js";
import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import type { GitHubClient } from "./client.js";
import { attempt, statusOf, toGitHubError } from "./github-error.js";
import { mapLimited } from "./map-limited.js";

/** A branch's head commit and the root tree of that commit. */
export interface BranchHead {
  commit: string;
  tree: string;
}

/**
 * The head of a branch in one call: GET /commits/{ref} returns the commit and its tree SHA (per_page=1 keeps
 * the file list it also carries short). `undefined` when the branch does not exist (GitHub answers 404, or 422
 * "No commit found", or 409 for an empty repository).
 */
export async function readBranchHead(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<BranchHead | undefined> {
  try {
    const { data } = await client.rest.repos.getCommit({ ...repo, ref: branch, per_page: 1 });
    return { commit: data.sha, tree: data.commit.tree.sha };
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 409 || status === 422) return undefined;
    throw toGitHubError(error, {
      attempted: `read branch ${branch} of ${formatRepoRef(repo)}`,
      repository: formatRepoRef(repo),
    });
  }
}

interface RawEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}

function isEntryType(type: string | undefined): type is TreeEntryType {
  return type === "blob" || type === "tree" || type === "commit";
}

function parseEntries(raw: readonly RawEntry[], prefix: string, where: string): TreeEntry[] {
  return raw.map((entry) => {
    const { path, mode, type, sha, size } = entry;
    if (!path || !mode || !sha || !isEntryType(type))
      throw new Error(`GitHub returned a malformed tree entry in ${where}`);
    const parsed: TreeEntry = { path: prefix + path, mode, type, sha };
    if (type === "blob" && typeof size === "number" && Number.isSafeInteger(size) && size >= 0) parsed.size = size;
    return parsed;
  });
}

export interface ReadTreeOptions {
  /** Parallel directory reads when a tree is truncated. Default 4. */
  concurrency?: number;
}

/**
 * Every entry of a tree: one recursive call; when GitHub truncates it (very large trees), the directory is
 * listed on its own and each subdirectory read the same way, so only truncated parts cost extra calls.
 */
export async function readTree(
  client: GitHubClient,
  repo: RepoRef,
  treeSha: string,
  options: ReadTreeOptions = {},
): Promise<TreeListing> {
  const where = formatRepoRef(repo);
  const get = (sha: string, recursive: boolean) =>
    attempt({ attempted: `read tree ${sha} of ${where}`, repository: where }, () =>
      client.rest.git.getTree({ ...repo, tree_sha: sha, ...(recursive ? { recursive: "1" } : {}) }),
    );

  const read = async (sha: string, prefix: string): Promise<TreeEntry[]> => {
    const whole = await get(sha, true);
    if (!whole.data.truncated) return parseEntries(whole.data.tree, prefix, where);
    const top = await get(sha, false);
    if (top.data.truncated)
      throw new Error(`a single directory of ${where} has more entries than GitHub lists (tree ${sha})`);
    const entries = parseEntries(top.data.tree, prefix, where);
    const subtrees = entries.filter((entry) => entry.type === "tree");
    const nested = await mapLimited(subtrees, options.concurrency ?? 4, (entry) => read(entry.sha, `${entry.path}/`));
    return [...entries, ...nested.flat()];
  };

  return { sha: treeSha, entries: await read(treeSha, "") };
}
