// The element files named on a command line, read the way validate reads them (no links followed, the size limit
// checked before reading), for the commands that convert files rather than validate them.
import { lstat } from "node:fs/promises";
import { resolve } from "node:path";
import { errnoCode } from "../core/common/errno-code.js";
import { parsePositiveInteger } from "../core/common/positive-integer.js";
import type { Diagnostic } from "../core/diagnostic/diagnostic.js";
import { listElementTree, readListedFile } from "../core/element/read-tree.js";
import type { SourceFile } from "../core/element/source.js";
import { UsageError } from "./io.js";

export interface InputFiles {
  sources: SourceFile[];
  /** Display path → absolute path. */
  absolute: Map<string, string>;
  /** What listing and reading found (links, unreadable files...). */
  diagnostics: Diagnostic[];
}

/**
 * A path that does not exist is a usage problem (exit 2), not a finding. Anything else (a symlink, even a loop; a
 * name too long) gets the finding the walker gives the same file, so lstat, not stat.
 */
export async function requirePaths(paths: readonly string[], cwd: string): Promise<void> {
  if (paths.length === 0) throw new UsageError("give the files or directories to work on (see --help)");
  for (const path of paths) {
    try {
      await lstat(resolve(cwd, path));
    } catch (error) {
      const code = errnoCode(error);
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`${path}: no such file or directory`);
    }
  }
}

export function readInputFiles(paths: readonly string[], cwd: string, maxFileSize: number): InputFiles {
  const options = { cwd, maxFileSize };
  const listing = listElementTree([...paths], options);
  const sources: SourceFile[] = [];
  const absolute = new Map<string, string>();
  const diagnostics = [...listing.diagnostics];
  for (const listed of listing.files) {
    const read = readListedFile(listed, options);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    sources.push({ file: listed.file, bytes: read.bytes });
    absolute.set(listed.file, listed.absolute);
  }
  sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { sources, absolute, diagnostics };
}

export function maxFileSizeOption(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const size = parsePositiveInteger(text);
  if (size === undefined)
    throw new UsageError(`--max-file-size must be a whole number of bytes greater than 0, not "${text}"`);
  return size;
}
