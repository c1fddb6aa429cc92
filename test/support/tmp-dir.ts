// Temporary directories that tests cannot forget to remove: made under TMPDIR (the run's, see
// tmp-global-setup.ts) and removed when their owner ends, whether it passed or failed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished, TestRunner } from "vitest";

/** Made outside a test (module level, describe, beforeAll): removed once the file's tests are done. */
const fileScoped = new Set<string>();

/** A fresh directory, removed when the current test finishes, or after the file's tests when made outside one. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (TestRunner.getCurrentTest()) onTestFinished(() => removeDir(dir));
  else fileScoped.add(dir);
  return dir;
}

/** Removes the file-scoped directories; tmp-per-file.ts calls it after the file's own afterAll hooks. */
export function removeFileScoped(): void {
  for (const dir of fileScoped) removeDir(dir);
  fileScoped.clear();
}

/** Removes a directory tree; retries ENOTEMPTY/EBUSY, as a child that has just exited may still be closing files. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
}
