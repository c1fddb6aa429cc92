import { chmod, mkdir, readFile, stat, unlink } from "node:fs/promises";
import { errnoCode } from "../../core/common/errno-code.js";
import { syncDirectory, writeFileAtomic } from "../../core/repository/atomic-file-write.js";

/** Creates the folder 0700 (parents too), and tightens an existing one: token files live only in there. */
export async function ensurePrivateDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const { mode } = await stat(directory);
  if (process.platform !== "win32" && (mode & 0o077) !== 0) await chmod(directory, 0o700);
}

/**
 * Writes atomically (a whole old file or a whole new one, never half a token) and 0600. The temporary file is
 * made 0600 before it takes the target's name, and it only ever exists inside the 0700 folder.
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, (temporary) => chmod(temporary, 0o600));
}

/** The file's text, or undefined when there is no such file. */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return false;
    throw error;
  }
}

/** True when a file was removed. */
export async function removeIfExists(path: string, directory: string): Promise<boolean> {
  try {
    await unlink(path);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return false;
    throw error;
  }
  await syncDirectory(directory);
  return true;
}
