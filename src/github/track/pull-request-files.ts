import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { DELETED_BLOB } from "../../core/state/submission-elements.js";
import type { GitHubClient } from "../client.js";
import { attempt } from "../github-error.js";

/** path → blob the PR's head holds for every file it changes (a removed file has git's null blob). */
export async function readPullRequestBlobs(
  client: GitHubClient,
  collection: RepoRef,
  number: number,
): Promise<Map<string, string>> {
  const where = formatRepoRef(collection);
  const files = await attempt({ attempted: `list the files of ${where}#${number}`, repository: where }, () =>
    client.paginate(client.rest.pulls.listFiles, { ...collection, pull_number: number, per_page: 100 }),
  );
  const blobs = new Map<string, string>();
  for (const file of files) {
    if (file.status === "removed") blobs.set(file.filename, DELETED_BLOB);
    else if (file.sha) blobs.set(file.filename, file.sha);
  }
  return blobs;
}
