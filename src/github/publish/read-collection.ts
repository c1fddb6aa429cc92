import type { TreeListing } from "../../core/git/tree-hash.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import type { PublishEnvironment, PublishOptions } from "../../core/publish/types.js";
import { parseStoredState, stateKey } from "../../core/state/state-codec.js";
import type { StateDocument } from "../../core/state/state-document.js";
import type { StoredText } from "../../core/tracking/state-store.js";
import type { GitHubClient } from "../client.js";
import { type BranchHead, readBranchHead, readTree } from "../collection-read.js";
import { ensureFork } from "../fork.js";
import { attempt, GitHubError, httpFailure, toGitHubError } from "../github-error.js";
import { GitHubStateStore } from "../state-store.js";

/** What a publish knows of the collection before it plans: every read it needs, made once. */
export interface CollectionSnapshot {
  /**
   * The base branch's name: the `base` option, or the default branch's name, read (one call, once) only when
   * something needs it: creating a pull request, fork mode. The base head itself is read without it.
   */
  baseName: () => Promise<string>;
  baseHead: BranchHead;
  /** The recursive listing of the base head's tree. */
  tree: TreeListing;
  store: GitHubStateStore;
  stateKey: string;
  /** The source's state document as read (its blob SHA is the compare-and-swap version). */
  stored: StoredText | undefined;
  document: StateDocument | undefined;
  /** Where the head branch lives: the collection, or the fork in fork mode. */
  headRepo: RepoRef;
  /** The head branch's current head; undefined when absent, not read (dry run) or presumed absent. */
  branchHead: BranchHead | undefined;
}

/**
 * The publish's read step: the base head and this source's state document at once, then the base tree and the
 * head branch at once (in fork mode the fork is made ready first). Each round trip costs the whole API latency,
 * so independent reads go out together.
 */
export async function readCollection(
  client: GitHubClient,
  // The source by name only: the CLI's `plan` reads what a dry run reads, without a numeric id or commit.
  options: Pick<PublishOptions, "collection" | "base" | "stateBranch" | "fork" | "dryRun" | "branch"> & {
    source: RepoRef;
  },
  env: Pick<PublishEnvironment, "sleep" | "log">,
): Promise<CollectionSnapshot> {
  const collection = options.collection;
  const baseName = lazyBaseName(client, collection, options.base);
  const store = new GitHubStateStore(client, { repo: collection, branch: options.stateBranch });
  const key = stateKey(options.source);
  // HEAD is the default branch: its head is read without its name, which a re-run with nothing new never needs.
  const [baseHead, stored] = await Promise.all([
    readBranchHead(client, collection, options.base ?? "HEAD"),
    store.read(key),
  ]);
  if (!baseHead) throw await missingBase(client, collection, options.base);
  const document = stored ? parseStoredState(stored.text, key, options.stateBranch) : undefined;
  // A dry run creates no fork; it only reads the collection. The fork is made ready before the next reads, so a
  // failed read never leaves its polling running behind.
  const headRepo =
    options.fork && !options.dryRun
      ? (
          await ensureFork(client, collection, {
            branch: await baseName(),
            upstreamHead: baseHead.commit,
            sleep: env.sleep,
            ...(env.log && { log: env.log }),
          })
        ).repo
      : collection;
  // The head branch is read with the tree; a dry run writes no commit, so it needs none. In a collection with
  // no state branch yet, nothing was ever published: the head branch is taken as absent, which keeps a fresh
  // collection's first publish within budget. Should it exist after all (a first publish that failed before
  // recording), creating its ref answers "already exists" and the writer force-moves it. Not wider than that: a
  // source's first publish to a collection in use saves only a parallel read by skipping it, while the re-run
  // of a failed first publish (wrong permissions, Actions not allowed to create PRs) would pay the trees, the
  // commit and a force-push of an identical tree. Fork mode always reads: its branch lives in the fork.
  const presumedAbsent = !options.fork && store.lastReadFoundNoBranch;
  const readHead =
    options.dryRun || presumedAbsent ? Promise.resolve(undefined) : readBranchHead(client, headRepo, options.branch);
  const [tree, branchHead] = await Promise.all([readTree(client, collection, baseHead.tree), readHead]);
  return { baseName, baseHead, tree, store, stateKey: key, stored, document, headRepo, branchHead };
}

/** The base branch's name, given or read at the first call; a failed read is tried again at the next one. */
function lazyBaseName(client: GitHubClient, repo: RepoRef, base: string | undefined): () => Promise<string> {
  if (base !== undefined) return () => Promise.resolve(base);
  let name: Promise<string> | undefined;
  return () => {
    name ??= defaultBranch(client, repo).catch((error: unknown) => {
      name = undefined;
      throw error;
    });
    return name;
  };
}

/** A collection blob as text: what the `newest` and `merge` strategies compare. */
export function blobReader(client: GitHubClient, collection: RepoRef): (sha: string) => Promise<string> {
  const where = formatRepoRef(collection);
  return async (sha) => {
    const { data } = await attempt({ attempted: `read blob ${sha} of ${where}`, repository: where }, () =>
      client.rest.git.getBlob({ ...collection, file_sha: sha }),
    );
    return Buffer.from(data.content, "base64").toString("utf8");
  };
}

/** The repository's default branch: the base when none is given (one call). */
export async function defaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  const where = formatRepoRef(repo);
  const { data } = await attempt({ attempted: `read ${where}`, repository: where }, () =>
    client.rest.repos.get({ ...repo }),
  );
  return data.default_branch;
}

/**
 * Why the base's head could not be read, in the words of what to fix: one more call, on this failure only, tells a
 * collection that is missing (or hidden from the token: GitHub answers 404 to both) from a missing branch.
 */
async function missingBase(client: GitHubClient, collection: RepoRef, base: string | undefined): Promise<GitHubError> {
  const where = formatRepoRef(collection);
  const attempted = `read the ${base === undefined ? "default branch" : `base branch ${base}`} of ${where}`;
  const visible = await client.rest.repos.get({ ...collection }).then(
    () => true,
    (error: unknown) => {
      if (httpFailure(error)?.status === 404) return false;
      throw toGitHubError(error, { attempted: `read the repository ${where}`, repository: where });
    },
  );
  const hint = !visible
    ? `No repository ${where} that this token can see: check the \`collection\` input (owner/repo), and that the token has access to it.`
    : base === undefined
      ? `${where} has no commits yet: push a first commit to its default branch.`
      : `${where} has no branch ${base}: check the \`base\` input, or leave it empty for the default branch.`;
  return new GitHubError("not-found", 404, attempted, "", hint);
}
