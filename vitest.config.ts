import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Two shared cores: two forks at most, so loopback servers, child processes and other people's jobs are
    // not starved; forks (not threads) so a test's child processes and process.env stay its own.
    pool: "forks",
    maxWorkers: 2,
    // Generous bounds: a test is slow on a busy machine, not wrong. Tests assert outcomes, never durations; a
    // timeout only stops a hung test. The slowest test takes about 20 s alone and 100 s beside two CPU hogs and
    // other jobs (5x), so 300 s still holds at 15x.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    // A fresh TMPDIR per run and per test file; anything left in it fails the file, then the run.
    globalSetup: ["./test/support/tmp-global-setup.ts"],
    setupFiles: ["./test/support/tmp-per-file.ts"],
    // The last line of the output is then `tests: N passed, N failed`, for CI to read.
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
