import { gitObjectSha } from "./object-sha.js";

/**
 * Git object hashing and tree editing, computed locally. Knowing the SHA of the tree a publish would produce
 * before writing it is what lets a re-run with nothing new cost zero writes.
 */
export type TreeEntryType = "blob" | "tree" | "commit";

/** One entry of a recursive tree listing; `path` is relative to the root, `/`-separated. */
export interface TreeEntry {
  path: string;
  mode: string;
  type: TreeEntryType;
  sha: string;
  /** Bytes of a blob, when the listing said (GitHub's does): lets a reader refuse a file before downloading it. */
  size?: number;
}

/** A tree and every entry below it (subtrees included, as GitHub's recursive listing gives them). */
export interface TreeListing {
  sha: string;
  entries: TreeEntry[];
}

/** path → blob SHA for the files of a listing. */
export function blobShas(listing: TreeListing): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const entry of listing.entries) if (entry.type === "blob") blobs.set(entry.path, entry.sha);
  return blobs;
}

export const FILE_MODE = "100644";
export const TREE_MODE = "040000";

interface DirEntry {
  mode: string;
  type: TreeEntryType;
  sha: string;
}

/** Git orders tree entries by name bytes, with a directory compared as if its name ended in "/". */
function gitOrder(left: [string, DirEntry], right: [string, DirEntry]): number {
  const key = ([name, entry]: [string, DirEntry]) => Buffer.from(entry.type === "tree" ? `${name}/` : name, "utf8");
  return Buffer.compare(key(left), key(right));
}

export function gitTreeSha(entries: ReadonlyMap<string, DirEntry>): string {
  const ordered = [...entries].sort(gitOrder);
  const body = Buffer.concat(
    ordered.flatMap(([name, entry]) => [
      Buffer.from(`${entry.mode.replace(/^0+/, "")} ${name}\0`, "utf8"),
      Buffer.from(entry.sha, "hex"),
    ]),
  );
  return gitObjectSha("tree", body);
}

/** A blob to put at a path (its SHA and mode), or `null` to delete the path. */
export type TreeEdit = { path: string; blob: { sha: string; mode: string } | null };

export interface EditedTree {
  /** The root tree SHA the edits produce on top of the listing. */
  sha: string;
  /** Directories the edits leave empty (git cannot hold them): the highest ones, to delete as a whole. */
  emptiedDirs: string[];
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Applies edits to a recursive listing and hashes the result bottom-up; untouched subtrees keep their SHA.
 * Edits must be effective (deleting only existing blobs); a path under an existing file is refused.
 */
export function applyTreeEdits(listing: TreeListing, edits: readonly TreeEdit[]): EditedTree {
  const dirs = new Map<string, Map<string, DirEntry>>([["", new Map()]]);
  for (const entry of listing.entries) {
    if (entry.type === "tree" && !dirs.has(entry.path)) dirs.set(entry.path, new Map());
  }
  for (const entry of listing.entries) {
    const parent = dirs.get(parentOf(entry.path));
    if (!parent) throw new Error(`tree listing is incomplete: no directory for ${entry.path}`);
    parent.set(nameOf(entry.path), { mode: entry.mode, type: entry.type, sha: entry.sha });
  }

  const dirty = new Set<string>([""]);
  const ensureDir = (path: string): Map<string, DirEntry> => {
    const existing = dirs.get(path);
    if (existing) return existing;
    const parent = ensureDir(parentOf(path));
    const clash = parent.get(nameOf(path));
    if (clash && clash.type !== "tree") throw new Error(`cannot write under ${path}: it is a file in the collection`);
    const created = new Map<string, DirEntry>();
    dirs.set(path, created);
    parent.set(nameOf(path), { mode: TREE_MODE, type: "tree", sha: "" });
    return created;
  };
  for (const edit of edits) {
    const dirPath = parentOf(edit.path);
    const dir = edit.blob ? ensureDir(dirPath) : dirs.get(dirPath);
    const name = nameOf(edit.path);
    if (edit.blob) {
      if (dir?.get(name)?.type === "tree")
        throw new Error(`cannot write ${edit.path}: it is a directory in the collection`);
      dir?.set(name, { mode: edit.blob.mode, type: "blob", sha: edit.blob.sha });
    } else {
      dir?.delete(name);
    }
    for (let path = dirPath; ; path = parentOf(path)) {
      dirty.add(path);
      if (path === "") break;
    }
  }

  // Deepest first, so each directory's children are final before it is hashed.
  const depth = (path: string) => (path === "" ? 0 : path.split("/").length);
  const order = [...dirty].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
  const emptied = new Set<string>();
  let rootSha = listing.sha;
  for (const path of order) {
    const entries = dirs.get(path) ?? new Map<string, DirEntry>();
    if (path === "") {
      rootSha = gitTreeSha(entries);
      continue;
    }
    const parent = dirs.get(parentOf(path));
    if (entries.size === 0) {
      emptied.add(path);
      parent?.delete(nameOf(path));
    } else {
      parent?.set(nameOf(path), { mode: TREE_MODE, type: "tree", sha: gitTreeSha(entries) });
    }
  }
  const emptiedDirs = [...emptied].filter((path) => !emptied.has(parentOf(path))).sort();
  return { sha: rootSha, emptiedDirs };
}
