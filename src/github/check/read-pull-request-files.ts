// The pull request's element files as its head commit holds them. Sizes come from the head's tree first, so a
// file over max-file-size is refused unread and a pull request over the byte limit is refused before any blob
// is downloaded; the rest are read by blob SHA, and each must hash to the SHA it was asked for.

import type { PullRequestElements } from "../../core/check/check-elements.js";
import type { CheckLimits, TooLarge } from "../../core/check/check-limits.js";
import { type Diagnostic, diagnostic, FILE_START } from "../../core/diagnostic/diagnostic.js";
import { fileSizeDiagnostic } from "../../core/element/size-limit.js";
import type { SourceFile } from "../../core/element/source.js";
import type { TreeEntry } from "../../core/git/tree-hash.js";
import type { RepoRef } from "../../core/names/repo-ref.js";
import type { GitHubClient } from "../client.js";
import { readTree } from "../collection-read.js";
import { mapLimited } from "../map-limited.js";
import { readBlobBytes } from "../read-blob.js";

export type ReadPullRequestFiles =
  | {
      kind: "read";
      elements: PullRequestElements;
      blobsRead: number;
      /** The head commit's whole tree, as read for the sizes (a collection.yaml's globs walk it). */
      tree: readonly TreeEntry[];
    }
  | { kind: "too-large"; reason: TooLarge };

export interface ReadFilesOptions {
  limits: CheckLimits;
  maxFileSize: number;
  /** Blob downloads in flight. Default 8. */
  concurrency?: number;
}

const REGULAR_FILE_MODES = new Set(["100644", "100755"]);

export async function readPullRequestFiles(
  client: GitHubClient,
  collection: RepoRef,
  headSha: string,
  paths: readonly string[],
  options: ReadFilesOptions,
): Promise<ReadPullRequestFiles> {
  // GitHub reads a commit SHA as the tree it points to.
  const tree = await readTree(client, collection, headSha);
  const atHead = new Map(tree.entries.map((entry) => [entry.path, entry]));
  const refused: Diagnostic[] = [];
  const wanted: Array<{ path: string; sha: string; size: number }> = [];
  let bytes = 0;
  for (const path of paths) {
    const entry = atHead.get(path);
    // Listed by the pull request but not at this commit: the pull request has moved on since.
    if (!entry) continue;
    const problem = refusal(entry, options.maxFileSize);
    if (problem) {
      refused.push(problem);
      continue;
    }
    const size = entry.size ?? Number.NaN;
    if (!Number.isSafeInteger(size)) throw new Error(`GitHub gave no size for ${path} in the tree of ${headSha}`);
    bytes += size;
    wanted.push({ path, sha: entry.sha, size });
  }
  if (bytes > options.limits.maxElementBytes)
    return { kind: "too-large", reason: { kind: "bytes", bytes, limit: options.limits.maxElementBytes } };

  const files = await mapLimited(wanted, options.concurrency ?? 8, (file) => readFile(client, collection, file));
  return { kind: "read", elements: { files, refused }, blobsRead: files.length, tree: tree.entries };
}

/** Why a tree entry is not read as an element file, as validate would say it about a file on disk. */
export function refusal(entry: TreeEntry, maxFileSize: number): Diagnostic | undefined {
  if (entry.type !== "blob" || !REGULAR_FILE_MODES.has(entry.mode)) {
    const link = entry.mode === "120000";
    const what = link ? "symlink" : entry.type === "commit" ? "submodule" : "directory";
    const hint = link ? "symlinks are not followed; commit the file itself instead" : "only regular files are read";
    return diagnostic(
      entry.path,
      FILE_START,
      "error",
      "file/not-regular",
      `${entry.path} is a ${what}, not a regular file; ${hint}`,
    );
  }
  if (entry.size !== undefined && entry.size > maxFileSize)
    return fileSizeDiagnostic(entry.path, entry.size, maxFileSize);
  return undefined;
}

async function readFile(
  client: GitHubClient,
  collection: RepoRef,
  file: { path: string; sha: string; size: number },
): Promise<SourceFile> {
  const bytes = await readBlobBytes(client, collection, file.sha, file.path);
  if (bytes.length !== file.size)
    throw new Error(`${file.path} has ${bytes.length} bytes, not the ${file.size} its tree says`);
  return { file: file.path, bytes };
}
