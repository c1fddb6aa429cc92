// Prints one plain last line, `tests: N passed, N failed[, N skipped]`, that CI can read without parsing
// vitest's coloured output. Registered next to the default reporter in vitest.config.ts.
import type { Reporter, SerializedError, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    // An error thrown outside any test fails the run: count it, so "0 failed" always means a green run.
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // A file that failed to load, or whose hook failed (a leak check in afterAll), is a failure all the same.
      if (module.state() === "failed" && ![...module.children.allTests()].some((t) => t.result().state === "failed"))
        failed++;
    }
    process.stdout.write(`${summaryLine(passed, failed, skipped)}\n`);
  }
}

export function summaryLine(passed: number, failed: number, skipped: number): string {
  return `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
}
