// The element files a pull request changes, from its file list, page by page: the listing stops as soon as the
// pull request is known to be too large, so a huge one costs a few pages, never its whole list.
import { type CheckLimits, GITHUB_LISTED_FILES_LIMIT, type TooLarge } from "../../core/check/check-limits.js";
import { isPlainObject } from "../../core/common/plain-object.js";
import { isElementFileName, MANIFEST_FILE_NAMES } from "../../core/element/read-tree.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import type { GitHubClient } from "../client.js";
import { attempt } from "../github-error.js";

export type ListedElementFiles =
  | {
      kind: "listed";
      /** Element files the head holds (added, modified, renamed, copied or changed), in GitHub's order. */
      paths: string[];
      /** Every path the pull request changes, old names of renamed files included. */
      touched: Set<string>;
      /** The collection.yaml at the root, when the pull request changes it (not an element file). */
      manifest: string | undefined;
    }
  | { kind: "too-large"; reason: TooLarge };

/** A removed file is not checked (nothing of it reaches the collection), nor an unchanged one. */
const NOT_AT_HEAD = new Set(["removed", "unchanged"]);

export async function listElementFiles(
  client: GitHubClient,
  collection: RepoRef,
  pullNumber: number,
  limits: CheckLimits,
): Promise<ListedElementFiles> {
  const where = formatRepoRef(collection);
  const context = { attempted: `list the files of ${where}#${pullNumber}`, repository: where };
  const pages = client.paginate
    .iterator(client.rest.pulls.listFiles, { ...collection, pull_number: pullNumber, per_page: 100 })
    [Symbol.asyncIterator]();
  const paths: string[] = [];
  const touched = new Set<string>();
  let manifest: string | undefined;
  let listed = 0;
  for (
    let page = await attempt(context, () => pages.next());
    !page.done;
    page = await attempt(context, () => pages.next())
  ) {
    for (const raw of page.value.data) {
      const file = readFile(raw);
      listed++;
      touched.add(file.path);
      if (file.previous !== undefined) touched.add(file.previous);
      if (NOT_AT_HEAD.has(file.status) || !isElementFileName(file.path)) continue;
      if (MANIFEST_FILE_NAMES.includes(file.path)) {
        manifest ??= file.path;
        continue;
      }
      paths.push(file.path);
      // Known too large: the pages left are never asked for.
      if (paths.length > limits.maxElementFiles)
        return { kind: "too-large", reason: { kind: "files", limit: limits.maxElementFiles } };
    }
  }
  if (listed >= GITHUB_LISTED_FILES_LIMIT)
    return { kind: "too-large", reason: { kind: "listing", limit: GITHUB_LISTED_FILES_LIMIT } };
  return { kind: "listed", paths, touched, manifest };
}

interface ListedFile {
  path: string;
  status: string;
  previous: string | undefined;
}

function readFile(raw: unknown): ListedFile {
  if (!isPlainObject(raw) || typeof raw.filename !== "string" || !raw.filename || typeof raw.status !== "string")
    throw new Error("GitHub returned a pull-request file without a filename or status");
  const previous = typeof raw.previous_filename === "string" ? raw.previous_filename : undefined;
  return { path: raw.filename, status: raw.status, previous };
}
