import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Test seam: runs after the temporary file is durable and before it replaces the target. */
export type BeforeRename = (temporaryPath: string, targetPath: string) => Promise<void> | void;

let counter = 0;

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the old file or the new one, whole:
 * write a hidden temporary file in the same directory, fsync it, rename it over the target, fsync the directory.
 */
export async function writeFileAtomic(path: string, text: string, beforeRename?: BeforeRename): Promise<void> {
  const directory = dirname(path);
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const file = await open(temporary, "wx", 0o644);
  try {
    await file.writeFile(text, "utf8");
    await file.sync();
  } catch (error) {
    await file.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await file.close();
  try {
    await beforeRename?.(temporary, path);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

/** Makes a rename or unlink in `directory` durable. */
export async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
