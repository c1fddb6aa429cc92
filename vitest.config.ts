import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Two cores: keep the pool small so loopback servers and child processes are not starved.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The last line of the output is then `tests: N passed, N failed`, for CI to read.
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
