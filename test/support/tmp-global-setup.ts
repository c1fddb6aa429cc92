// Points TMPDIR at a fresh directory for the whole run and fails the run if anything is left in it at the end.
// Workers and every process they spawn inherit TMPDIR (os.tmpdir() reads it on each call), so bundle, CLI and
// App process tests are checked too. tmp-per-file.ts gives each test file its own subdirectory and fails that
// file on a leak; this teardown catches what is written after a file has finished (an orphaned child).
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { describeLeftovers, leftovers } from "./tmp-leftovers.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's temporary root; each test file gets a subdirectory of it as TMPDIR. */
    tmpRunRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), "nexs-test-run-"));
  // Enterable by everyone, as /tmp is: tests that drop privileges (read-tree's unreadable files) must reach theirs.
  await chmod(root, 0o755);
  process.env.TMPDIR = root;
  project.provide("tmpRunRoot", root);
  return async () => {
    // Two levels: the test file's directory and what it left there.
    const left = await leftovers(root, 2);
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
    if (left.length === 0) return;
    // stderr, so the summary reporter's line stays the last line of stdout; the exit code says the run failed.
    process.stderr.write(
      `temporary files left behind by the test run (${left.length}):\n${describeLeftovers(left, 100)}\n`,
    );
    process.exitCode = 1;
  };
}
