// The repository on disk, as the collection manifest check sees it: directory entries by their lstat type (no link
// is ever followed), and what each file a glob matches is, read the way validate reads element files.
import { type Dirent, readdirSync } from "node:fs";
import { join } from "node:path";
import { isPlainObject } from "../common/plain-object.js";
import type { RepositoryTree, TreeEntry } from "./collection-glob.js";
import { recognizeForeignShape } from "./foreign-shape.js";
import { parseSource } from "./parse.js";
import { readListedFile } from "./read-tree.js";
import { type ElementType, isElementType } from "./types.js";

export function diskTree(root: string): RepositoryTree {
  return {
    entries(path) {
      let entries: Dirent[];
      try {
        entries = readdirSync(path === "" ? root : join(root, path), { withFileTypes: true });
      } catch {
        return undefined;
      }
      return entries.map((e): TreeEntry => ({ name: e.name, kind: kindOf(e) }));
    },
  };
}

function kindOf(entry: Dirent): TreeEntry["kind"] {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isDirectory()) return "directory";
  return entry.isFile() ? "file" : "other";
}

/**
 * What the file at `path` under `root` is: an element file of a type (its `metadata.type`), or why it is not.
 * `known` answers for files validate has already read (by path relative to root).
 */
export function diskClassifier(
  root: string,
  options: { maxFileSize: number; known?: (path: string) => ElementType | undefined },
): (path: string) => { type: ElementType } | { problem: string } {
  return (path) => {
    const known = options.known?.(path);
    if (known) return { type: known };
    const read = readListedFile(
      { file: path, absolute: join(root, path) },
      { cwd: root, maxFileSize: options.maxFileSize },
    );
    if (!read.ok) return { problem: read.diagnostic.message };
    return classifyElementText(path, read.bytes, options.maxFileSize);
  };
}

/** An element file names its type under metadata; anything else is not one (a flat sample needs converting). */
export function classifyElementText(
  path: string,
  bytes: Uint8Array,
  maxFileSize: number,
): { type: ElementType } | { problem: string } {
  const parsed = parseSource({ file: path, bytes }, { maxFileSize, shape: "mapping" });
  if (!parsed.ok) return { problem: "not readable YAML" };
  const metadata = parsed.value.metadata;
  const type = isPlainObject(metadata) ? metadata.type : undefined;
  if (isElementType(type)) return { type };
  if (recognizeForeignShape(parsed.value)?.shape === "flat")
    return { problem: "a flat sample: run nexs-publish import" };
  return { problem: "no metadata.type" };
}
