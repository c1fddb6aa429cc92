// The collection.yaml a pull request changes, read at its head (and at its base, so only hooks new or changed
// since are reported) and checked against the head commit's tree: two blobs at most, nothing else downloaded.
import { checkPullRequestManifest } from "../../core/check/check-manifest.js";
import type { Diagnostic } from "../../core/diagnostic/diagnostic.js";
import type { SourceFile } from "../../core/element/source.js";
import type { TreeEntry } from "../../core/git/tree-hash.js";
import type { RepoRef } from "../../core/names/repo-ref.js";
import type { GitHubClient } from "../client.js";
import { readBlobBytes } from "../read-blob.js";
import { refusal } from "./read-pull-request-files.js";

export interface ManifestFindingsInput {
  collection: RepoRef;
  /** The manifest's path (at the root). */
  path: string;
  /** The head commit's tree. */
  tree: readonly TreeEntry[];
  /** The base branch's blob SHAs by path. */
  baseBlobs: ReadonlyMap<string, string>;
  /** The element files read at the head. */
  read: readonly SourceFile[];
  pathTemplate: string;
  allowInstallHooks: boolean;
  maxFileSize: number;
}

export async function manifestFindings(
  client: GitHubClient,
  input: ManifestFindingsInput,
): Promise<{ diagnostics: Diagnostic[]; blobs: number }> {
  const entry = input.tree.find((e) => e.path === input.path);
  // Listed by the pull request but not at this commit: the pull request has moved on since.
  if (!entry) return { diagnostics: [], blobs: 0 };
  const problem = refusal(entry, input.maxFileSize);
  if (problem) return { diagnostics: [problem], blobs: 0 };
  const baseSha = input.baseBlobs.get(input.path);
  const bytes = await readBlobBytes(client, input.collection, entry.sha, input.path);
  // Unchanged since the base (the listing and the tree can differ): the same blob needs no second read.
  const base =
    baseSha === undefined
      ? undefined
      : baseSha === entry.sha
        ? bytes
        : await readBlobBytes(client, input.collection, baseSha, `${input.path} on the base branch`);
  const baseText = base === undefined ? undefined : Buffer.from(base).toString("utf8");
  const diagnostics = checkPullRequestManifest({
    manifest: { file: input.path, bytes },
    ...(baseText !== undefined && { baseText }),
    tree: input.tree,
    read: input.read,
    pathTemplate: input.pathTemplate,
    allowInstallHooks: input.allowInstallHooks,
    maxFileSize: input.maxFileSize,
  });
  return { diagnostics, blobs: 1 + (base === undefined || base === bytes ? 0 : 1) };
}
