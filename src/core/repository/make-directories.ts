// The directories a write needs, made without ever going through a symbolic link below the target: a link
// planted in the target (out/persona → /elsewhere) must not send a write outside it. Shared by every writer of
// element files (the file element repository, file sets), so the rule is said once.
import { lstat, mkdir, rmdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { errnoCode } from "../common/errno-code.js";

/**
 * Creates the missing directories of `directory`; returns those it created, outermost first. Every directory
 * below `base` on the way, existing or not, is checked without following links (lstat, each one: a link higher
 * up would otherwise be followed silently); `base` itself and what is above it are taken as the caller named
 * them. Whatever it created is removed again when it fails.
 */
export async function makeDirectories(directory: string, base: string | undefined): Promise<string[]> {
  const root = base === undefined ? undefined : resolve(base);
  const chain: string[] = [];
  for (let d = resolve(directory); ; d = dirname(d)) {
    chain.unshift(d);
    if (dirname(d) === d) break;
  }
  const made: string[] = [];
  try {
    for (const d of chain) {
      const below = root !== undefined && isInside(root, d);
      const stats = await (below ? lstat(d) : stat(d)).catch((error: unknown) => {
        if (errnoCode(error) === "ENOENT") return undefined;
        throw error;
      });
      if (stats === undefined) {
        await mkdir(d);
        made.push(d);
      } else if (stats.isSymbolicLink()) {
        throw new Error(`${d} is a symbolic link: nothing is written through a link (make it a real directory)`);
      } else if (!stats.isDirectory()) {
        throw new Error(`${d} is not a directory (a file is in the way)`);
      }
    }
  } catch (error) {
    await removeDirectories(made);
    throw error;
  }
  return made;
}

/**
 * Removes directories a write made (as makeDirectories returned them, outermost first), innermost first; one
 * not empty stays. Returns those removed.
 */
export async function removeDirectories(made: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const d of [...made].reverse()) {
    if (
      await rmdir(d).then(
        () => true,
        () => false,
      )
    )
      removed.push(d);
  }
  return removed;
}

/** Whether `path` is strictly below `base`. */
export function isInside(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
