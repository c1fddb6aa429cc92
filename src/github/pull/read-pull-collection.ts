import { blobShas } from "../../core/git/tree-hash.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { parseStoredState, stateKey } from "../../core/state/state-codec.js";
import type { StateDocument } from "../../core/state/state-document.js";
import type { StateStore, StoredText } from "../../core/tracking/state-store.js";
import type { GitHubClient } from "../client.js";
import { type BranchHead, readBranchHead, readTree } from "../collection-read.js";
import { GitHubError } from "../github-error.js";
import { defaultBranch } from "../publish/read-collection.js";

/** What `pull` plans against: the collection's base head and tree, and the source's state document. */
export interface PullSnapshot {
  baseHead: BranchHead;
  /** path → blob of the base head's tree (R). */
  remote: Map<string, string>;
  stateKey: string;
  /** As read (its version is the compare-and-swap guard of the base update). */
  stored: StoredText | undefined;
  document: StateDocument | undefined;
}

/**
 * Pull's read step: the base head and the state document at once, then the tree. The document comes from the
 * store it is given, so a dry run reads the base its own reconcile would have recorded (an overlay).
 */
export async function readPullCollection(
  client: GitHubClient,
  store: StateStore,
  options: { collection: RepoRef; base?: string; stateBranch: string; source: RepoRef },
): Promise<PullSnapshot> {
  const { collection } = options;
  const baseBranch = options.base ?? (await defaultBranch(client, collection));
  const key = stateKey(options.source);
  const [baseHead, stored] = await Promise.all([readBranchHead(client, collection, baseBranch), store.read(key)]);
  if (!baseHead) {
    throw new GitHubError(
      "not-found",
      404,
      `read the base branch ${baseBranch} of ${formatRepoRef(collection)}`,
      "",
      "Check --base and that the collection has at least one commit.",
    );
  }
  const document = stored ? parseStoredState(stored.text, key, options.stateBranch) : undefined;
  const tree = await readTree(client, collection, baseHead.tree);
  return { baseHead, remote: blobShas(tree), stateKey: key, stored, document };
}
