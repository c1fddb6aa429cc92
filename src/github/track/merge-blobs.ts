import { blobShas } from "../../core/git/tree-hash.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import type { GitHubClient } from "../client.js";
import { readBranchHead, readTree } from "../collection-read.js";
import { GitHubError } from "../github-error.js";

/** path → blob of every file in the merge commit's tree: what the merge put in the collection. */
export async function readMergeBlobs(
  client: GitHubClient,
  collection: RepoRef,
  commit: string,
): Promise<Map<string, string>> {
  const head = await readBranchHead(client, collection, commit);
  if (!head) {
    throw new GitHubError(
      "not-found",
      404,
      `read the merge commit ${commit.slice(0, 12)} of ${formatRepoRef(collection)}`,
      "",
      "The base is recorded on the next delivery or `track` run once the commit can be read.",
    );
  }
  return blobShas(await readTree(client, collection, head.tree));
}
