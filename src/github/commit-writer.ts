import type { Logger } from "../core/common/logger.js";
import type { FileChange } from "../core/git/file-change.js";
import { textBlobSha } from "../core/git/object-sha.js";
import { applyTreeEdits, FILE_MODE, TREE_MODE, type TreeEdit, type TreeListing } from "../core/git/tree-hash.js";
import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import type { PublishOperation } from "../core/publish/types.js";
import type { GitHubClient } from "./client.js";
import { type BranchHead, readBranchHead } from "./collection-read.js";
import { attempt, httpFailure, toGitHubError } from "./github-error.js";

export interface CommitAuthor {
  name: string;
  email: string;
}

export interface WriteCommitInput {
  /** Where the branch lives: the collection, or the fork in fork mode. */
  repo: RepoRef;
  branch: string;
  /** The collection's base head: the commit's only parent and the tree built upon. */
  base: BranchHead;
  /** Recursive listing of `base.tree` (readTree). */
  baseTree: TreeListing;
  changes: readonly FileChange[];
  message: string;
  author?: CommitAuthor;
  /**
   * The branch's current head when the caller already read it; `null` when known or presumed absent (creating
   * the ref then falls back to force-moving it if the branch exists after all). Read here when undefined.
   */
  branchHead?: BranchHead | null;
  /** Entries per tree request, at most 100. */
  chunkSize?: number;
  log?: Logger;
}

export interface WriteCommitResult {
  /** created: new branch; updated: branch force-moved; none: nothing written at all. */
  operation: PublishOperation;
  /** The branch head after the call; `base.commit` when nothing differs from base and the branch is absent. */
  commit: string;
  /** The tree the branch holds (or would hold). */
  tree: string;
  /** Entries that differ from the base: 0 means the publish has nothing to propose. */
  changed: number;
}

const MAX_CHUNK = 100;
type TreeMode = "100644" | "100755" | "040000" | "160000" | "120000";
interface TreeItem {
  path: string;
  mode: TreeMode;
  type: "blob" | "tree";
  sha?: string | null;
  content?: string;
}

function treeMode(mode: string): TreeMode {
  switch (mode) {
    case "100644":
    case "100755":
    case "040000":
    case "160000":
    case "120000":
      return mode;
    default:
      return FILE_MODE;
  }
}

function isUnder(path: string, dir: string): boolean {
  return path.startsWith(`${dir}/`);
}

/** The effective edits (unchanged files and deletions of absent files dropped) and the request items. */
function plan(baseTree: TreeListing, changes: readonly FileChange[]) {
  const existing = new Map(
    baseTree.entries.filter((entry) => entry.type === "blob").map((entry) => [entry.path, entry]),
  );
  const seen = new Set<string>();
  const edits: TreeEdit[] = [];
  const contents = new Map<string, string>();
  for (const change of changes) {
    if (seen.has(change.path)) throw new Error(`the same path is written twice in one commit: ${change.path}`);
    seen.add(change.path);
    const before = existing.get(change.path);
    if (change.content === null) {
      if (before) edits.push({ path: change.path, blob: null });
      continue;
    }
    const sha = textBlobSha(change.content);
    if (before?.sha === sha) continue;
    edits.push({ path: change.path, blob: { sha, mode: before?.mode ?? FILE_MODE } });
    contents.set(change.path, change.content);
  }
  const result = applyTreeEdits(baseTree, edits);
  const items: TreeItem[] = result.emptiedDirs.map((path) => ({ path, mode: TREE_MODE, type: "tree", sha: null }));
  for (const edit of edits) {
    if (edit.blob) {
      items.push({
        path: edit.path,
        mode: treeMode(edit.blob.mode),
        type: "blob",
        content: contents.get(edit.path) ?? "",
      });
    } else if (!result.emptiedDirs.some((dir) => isUnder(edit.path, dir))) {
      // Git drops a directory emptied of files; deleting it as a whole makes GitHub and its emulators agree.
      items.push({
        path: edit.path,
        mode: treeMode(existing.get(edit.path)?.mode ?? FILE_MODE),
        type: "blob",
        sha: null,
      });
    }
  }
  return { tree: result.sha, items, changed: edits.length };
}

/**
 * The one-commit writer: a tree on top of the base tree (inline contents, chunks of at most 100 entries,
 * each chunk's tree the base of the next), one commit whose parent is the base head, and the branch ref
 * created or force-moved - never reset to base first, since GitHub closes a pull request left without a diff.
 * The resulting tree is hashed locally first: when the branch already holds it, nothing is written.
 */
export async function writeCommit(client: GitHubClient, input: WriteCommitInput): Promise<WriteCommitResult> {
  const where = formatRepoRef(input.repo);
  const { tree, items, changed } = plan(input.baseTree, input.changes);
  const head =
    input.branchHead === undefined ? await readBranchHead(client, input.repo, input.branch) : input.branchHead;

  if (head?.tree === tree) return { operation: "none", commit: head.commit, tree, changed };
  // Nothing differs from base: a branch at base would be a pull request without a diff, so leave it be.
  if (changed === 0)
    return { operation: "none", commit: head?.commit ?? input.base.commit, tree: head?.tree ?? tree, changed };

  const chunkSize = Math.max(1, Math.min(MAX_CHUNK, input.chunkSize ?? MAX_CHUNK));
  let built = input.base.tree;
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    const response = await attempt(
      { attempted: `create a tree on ${where}`, repository: where, path: chunk[0]?.path },
      () => client.rest.git.createTree({ ...input.repo, base_tree: built, tree: chunk }),
    );
    built = response.data.sha;
  }
  if (built !== tree)
    input.log?.warn(`GitHub built tree ${built} where ${tree} was expected; re-runs may write again.`);

  const commit = await attempt({ attempted: `create a commit on ${where}`, repository: where }, () =>
    client.rest.git.createCommit({
      ...input.repo,
      message: input.message,
      tree: built,
      parents: [input.base.commit],
      ...(input.author ? { author: input.author } : {}),
    }),
  );
  const sha = commit.data.sha;
  const operation = await moveBranch(client, input.repo, input.branch, sha, head != null);
  return { operation, commit: sha, tree: built, changed };
}

/** Creates the ref, or force-moves it; each falls back to the other when the branch appeared or vanished meanwhile. */
async function moveBranch(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  sha: string,
  exists: boolean,
): Promise<"created" | "updated"> {
  const where = formatRepoRef(repo);
  const create = () => client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
  const update = () => client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
  const context = { attempted: `move branch ${branch} of ${where} to ${sha}`, repository: where };
  try {
    if (exists) {
      await update();
      return "updated";
    }
    await create();
    return "created";
  } catch (error) {
    const failure = httpFailure(error);
    const fallBack = exists
      ? failure?.status === 404 || (failure?.status === 422 && /does not exist|not found/i.test(failure.message))
      : failure?.status === 422 && /already exists/i.test(failure.message);
    if (!fallBack) throw toGitHubError(error, context);
    if (exists) {
      await attempt(context, create);
      return "created";
    }
    await attempt(context, update);
    return "updated";
  }
}
