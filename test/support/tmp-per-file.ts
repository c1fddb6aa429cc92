// Runs before each test file (setupFiles): gives the file its own TMPDIR under the run's root and fails the
// file if it leaves anything there. Set at import time, before the test file itself is imported, so a
// module-level mkdtemp(tmpdir()) lands in it too. Registered first, this afterAll runs after the file's own.
import { mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, expect, inject } from "vitest";
import { removeFileScoped } from "./tmp-dir.js";
import { describeLeftovers, leftovers } from "./tmp-leftovers.js";

const testPath = expect.getState().testPath ?? "unknown";
const dir = join(inject("tmpRunRoot"), relative(process.cwd(), testPath).replace(/[^\w.-]+/g, "_"));
mkdirSync(dir, { recursive: true });
process.env.TMPDIR = dir;

afterAll(async () => {
  removeFileScoped();
  const left = await leftovers(dir);
  // Kept on a leak, so the end-of-run check counts it too (and then removes it).
  if (left.length > 0)
    throw new Error(
      `left behind in this test file's temporary directory (${left.length}):\n${describeLeftovers(left)}`,
    );
  await rm(dir, { recursive: true, force: true });
});
