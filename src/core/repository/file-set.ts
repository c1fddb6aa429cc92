// A set of files written all together or not at all: each one atomically (writeFileAtomic), and when one fails the
// ones already written are put back (the old text restored, a new file removed, a new directory removed), so a
// failed run leaves the tree as it found it. Used where files are written outside a repository's own layout: an
// import converting files in place, an export into a NEXS MCP server's data directory.
import { lstat, readFile, unlink } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { errnoCode } from "../common/errno-code.js";
import { type BeforeRename, syncDirectory, writeFileAtomic } from "./atomic-file-write.js";
import { RepositoryError } from "./element-repository.js";
import { isInside, makeDirectories, removeDirectories } from "./make-directories.js";

export interface FileToWrite {
  /** Absolute path. */
  path: string;
  text: string;
}

export interface FileSetResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

export interface FileSetOptions {
  /**
   * The directory the files go under (itself may be a link): no directory below it is followed through a link,
   * so a link planted in the target cannot send a write elsewhere.
   */
  base?: string;
  /** Test seam (see atomic-file-write.ts). */
  beforeRename?: BeforeRename;
}

/**
 * The absolute path of `relativePath` under `base`, refusing one that would leave it (absolute, `..`, a backslash,
 * an empty segment): the layouts build paths from element ids and dates, which must never escape the target.
 */
export function pathUnder(base: string, relativePath: string): string {
  const segments = relativePath.split("/");
  const bad =
    relativePath.includes("\\") ||
    isAbsolute(relativePath) ||
    segments.some((s) => s === "" || s === "." || s === "..");
  const path = resolve(base, relativePath);
  if (bad || !isInside(resolve(base), path))
    throw new RepositoryError("storage", `${relativePath} is not a path inside ${base}`);
  return path;
}

/**
 * What writeFileSet would do, writing nothing (a dry run): each file's wanted text compared with what is on disk,
 * so a file already holding it is `unchanged`, not "would be written".
 */
export async function planFileSet(files: readonly FileToWrite[]): Promise<FileSetResult> {
  const { result, before } = await compareWithDisk(files);
  for (const file of files) {
    if (before.has(file.path)) (before.get(file.path) === undefined ? result.created : result.updated).push(file.path);
  }
  return result;
}

/** Writes every file whose text differs from what is there, or none of them. */
export async function writeFileSet(
  files: readonly FileToWrite[],
  options: FileSetOptions = {},
): Promise<FileSetResult> {
  const { result, before } = await compareWithDisk(files);
  const made: string[] = [];
  const written: string[] = [];
  try {
    for (const file of files) {
      if (!before.has(file.path)) continue;
      made.push(...(await makeDirectories(dirname(file.path), options.base)));
      await writeFileAtomic(file.path, file.text, options.beforeRename);
      written.push(file.path);
      (before.get(file.path) === undefined ? result.created : result.updated).push(file.path);
    }
  } catch (error) {
    await putBack(written, before, made);
    const failed = files.find((f) => before.has(f.path) && !written.includes(f.path))?.path ?? "a file";
    throw new RepositoryError(
      "storage",
      `could not write ${failed}: ${errnoCode(error) ?? (error instanceof Error ? error.message : "unknown error")}` +
        `; nothing was changed`,
    );
  }
  return result;
}

/** The unchanged files, and the current text (undefined: no file) of each of the others. */
async function compareWithDisk(files: readonly FileToWrite[]) {
  const result: FileSetResult = { created: [], updated: [], unchanged: [] };
  const before = new Map<string, string | undefined>();
  for (const file of files) {
    const current = await currentText(file.path);
    if (current === file.text) result.unchanged.push(file.path);
    else before.set(file.path, current);
  }
  return { result, before };
}

/** The file's text, undefined when there is none; a link or anything but a regular file is refused. */
async function currentText(path: string): Promise<string | undefined> {
  const stats = await lstat(path).catch((error: unknown) => {
    if (errnoCode(error) === "ENOENT" || errnoCode(error) === "ENOTDIR") return undefined;
    throw new RepositoryError("storage", `cannot look at ${path}: ${errnoCode(error) ?? "unknown error"}`);
  });
  if (!stats) return undefined;
  if (!stats.isFile()) throw new RepositoryError("storage", `${path} exists and is not a regular file; not replaced`);
  return readFile(path, "utf8");
}

async function putBack(written: readonly string[], before: ReadonlyMap<string, string | undefined>, made: string[]) {
  for (const path of [...written].reverse()) {
    const old = before.get(path);
    if (old === undefined) await unlink(path).catch(() => undefined);
    else await writeFileAtomic(path, old).catch(() => undefined);
  }
  await removeDirectories(made);
  const parents = new Set(written.map((p) => dirname(p)));
  for (const d of parents) await syncDirectory(d).catch(() => undefined);
}
