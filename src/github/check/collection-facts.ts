// What the check knows of the collection besides the pull request: the base branch's file paths (which ids live
// where, and what references may resolve to), and every source's state document on the state branch (the other
// open submissions, and where merged elements were recorded). Paths only: no element file is downloaded.
import { type StateFacts, stateFacts } from "../../core/check/state-facts.js";
import type { Logger } from "../../core/common/logger.js";
import { blobShas } from "../../core/git/tree-hash.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { parseStoredState } from "../../core/state/state-codec.js";
import type { GitHubClient } from "../client.js";
import { readBranchHead, readTree } from "../collection-read.js";
import { GitHubError } from "../github-error.js";
import { mapLimited } from "../map-limited.js";
import { readBlobBytes } from "../read-blob.js";

export interface CollectionFactsInput {
  collection: RepoRef;
  baseRef: string;
  stateBranch: string;
  /** The pull request being checked: its own submission is not "another" one. */
  pullNumber: number;
}

export interface CollectionFacts {
  /** Every file of the base branch. */
  basePaths: Set<string>;
  /** The base branch's files' blob SHAs, by path. */
  baseBlobs: ReadonlyMap<string, string>;
  /** One entry per state document read. */
  state: StateFacts[];
  /** State documents that could not be used, one sentence each. */
  notes: string[];
}

/** `sources/{owner}/{repo}.json`, as the state store names documents. */
const STATE_DOCUMENT = /^sources\/[^/]+\/[^/]+\.json$/;
/** A document is small (history is capped); one this large was not written by nexs-publish. */
const MAX_STATE_DOCUMENT_BYTES = 16 * 1024 * 1024;

export async function readCollectionFacts(
  client: GitHubClient,
  input: CollectionFactsInput,
  log: Logger,
): Promise<CollectionFacts> {
  const [baseBlobs, documents] = await Promise.all([
    readBaseBlobs(client, input.collection, input.baseRef),
    readStateFacts(client, input, log),
  ]);
  return { basePaths: new Set(baseBlobs.keys()), baseBlobs, ...documents };
}

async function readBaseBlobs(client: GitHubClient, collection: RepoRef, baseRef: string): Promise<Map<string, string>> {
  const head = await readBranchHead(client, collection, baseRef);
  if (!head) {
    const where = formatRepoRef(collection);
    throw new GitHubError(
      "not-found",
      404,
      `read the base branch ${baseRef} of ${where}`,
      "",
      "The pull request's base branch is gone; its check runs again when the pull request is retargeted.",
    );
  }
  return blobShas(await readTree(client, collection, head.tree));
}

async function readStateFacts(
  client: GitHubClient,
  input: CollectionFactsInput,
  log: Logger,
): Promise<{ state: StateFacts[]; notes: string[] }> {
  const { collection, stateBranch } = input;
  const head = await readBranchHead(client, collection, stateBranch);
  // No state branch: nothing was ever published here, so no submission is open.
  if (!head) return { state: [], notes: [] };
  const tree = await readTree(client, collection, head.tree);
  const documents = tree.entries.filter((entry) => entry.type === "blob" && STATE_DOCUMENT.test(entry.path));
  const notes: string[] = [];
  const read = await mapLimited(documents, 4, async (entry): Promise<StateFacts | undefined> => {
    if ((entry.size ?? 0) > MAX_STATE_DOCUMENT_BYTES) {
      notes.push(`the state document ${entry.path} is larger than 16 MiB and was not read`);
      return undefined;
    }
    const bytes = await readBlobBytes(client, collection, entry.sha, `the state document ${entry.path}`);
    const text = Buffer.from(bytes).toString("utf8");
    try {
      return stateFacts(parseStoredState(text, entry.path, stateBranch), input.pullNumber);
    } catch (error) {
      // One broken document must not stop every check: its submissions are left out, and the summary says so.
      const message = error instanceof Error ? error.message : String(error);
      log.warn(message);
      notes.push(message);
      return undefined;
    }
  });
  return { state: read.filter((facts): facts is StateFacts => facts !== undefined), notes: notes.sort() };
}
