import { type FileHandle, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Test seam: runs after the temporary file is durable and before it replaces the target. */
export type BeforeRename = (temporaryPath: string, targetPath: string) => Promise<void> | void;

let counter = 0;

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old file or the new one, whole:
 * write a hidden temporary file in the same directory, fsync it, rename it over the target, fsync the directory.
 * Both file stores write this way (element repository, tracking state store); the element loader recognises
 * the leftover of an interrupted write by its name (file-layout.ts, isTemporaryFile).
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  beforeRename?: BeforeRename,
): Promise<void> {
  const directory = dirname(path);
  // pid + counter: unique among live writers, and "wx" refuses to reuse a leftover of a dead one.
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const file = await open(temporary, "wx", 0o644);
  try {
    await file.writeFile(content);
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

/**
 * Makes a rename or unlink in `directory` durable. Some platforms (Windows) cannot open a directory: there the
 * change is as durable as the platform makes it, and the write that already happened is not reported as failed.
 */
export async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(directory, "r");
  } catch {
    return;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
