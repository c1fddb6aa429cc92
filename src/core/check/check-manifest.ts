// The collection.yaml of a pull request, checked as `validate` checks it on disk, but against the head commit's
// git tree: its globs walk that tree, and a matched file's type comes from the files the check read, else from
// where the path template puts it. Pure: the tree and the texts in, findings out; no file is downloaded here.
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { classifyElementText } from "../element/collection-disk.js";
import type { RepositoryTree, TreeEntry, TreeEntryKind } from "../element/collection-glob.js";
import { checkCollectionManifest } from "../element/collection-manifest.js";
import { isElementFileName } from "../element/read-tree.js";
import type { SourceFile } from "../element/source.js";
import { type ElementType, isElementType } from "../element/types.js";
import type { TreeEntry as GitTreeEntry } from "../git/tree-hash.js";
import { templatePattern } from "./template-paths.js";

export interface PullRequestManifest {
  /** collection.yaml as the head commit holds it; `file` is its path in the collection. */
  manifest: SourceFile;
  /** The base branch's collection.yaml, when it has one: only command hooks new or changed since are reported. */
  baseText?: string;
  /** Every entry of the head commit's tree (recursive). */
  tree: readonly GitTreeEntry[];
  /** Element files the check read at the head commit, by path. */
  read: readonly SourceFile[];
  pathTemplate: string;
  allowInstallHooks: boolean;
  maxFileSize: number;
}

export function checkPullRequestManifest(input: PullRequestManifest): Diagnostic[] {
  const pattern = templatePattern(input.pathTemplate);
  const read = new Map(input.read.map((file) => [file.file, file.bytes]));
  const classify = (path: string): { type: ElementType } | { problem: string } => {
    const bytes = read.get(path);
    if (bytes !== undefined) return classifyElementText(path, bytes, input.maxFileSize);
    if (!isElementFileName(path)) return { problem: "not a .yaml or .yml file" };
    // Not read (the pull request does not change it): the base holds it where the path template says.
    const type = pattern?.exec(path)?.groups?.type;
    if (isElementType(type)) return { type };
    return { problem: `not where the path template (${input.pathTemplate}) puts an element` };
  };
  return checkCollectionManifest(input.manifest, {
    tree: gitTree(input.tree),
    classify,
    manifestPath: input.manifest.file,
    allowInstallHooks: input.allowInstallHooks,
    ...(input.baseText !== undefined && { baseText: input.baseText }),
    maxFileSize: input.maxFileSize,
  }).diagnostics;
}

/** A recursive git tree listing as directories of entries; a link (mode 120000) is a symlink, never followed. */
export function gitTree(entries: readonly GitTreeEntry[]): RepositoryTree {
  const directories = new Map<string, TreeEntry[]>([["", []]]);
  // A directory is known from its own entry or from a path under it, whichever the listing gives first.
  const add = (path: string, kind: TreeEntryKind): void => {
    const slash = path.lastIndexOf("/");
    const parent = slash === -1 ? "" : path.slice(0, slash);
    if (!directories.has(parent)) add(parent, "directory");
    if (kind === "directory") {
      if (directories.has(path)) return;
      directories.set(path, []);
    }
    directories.get(parent)?.push({ name: path.slice(slash + 1), kind });
  };
  for (const entry of entries) add(entry.path, kindOf(entry));
  return { entries: (path) => directories.get(path) };
}

function kindOf(entry: GitTreeEntry): TreeEntryKind {
  if (entry.type === "tree") return "directory";
  if (entry.type === "commit") return "other";
  return entry.mode === "120000" ? "symlink" : "file";
}
