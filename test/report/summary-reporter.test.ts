// The CI-readable last line of a test run, checked on a real vitest run of a small fixture suite.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { summaryLine } from "../support/summary-reporter.js";

const REPO = resolve(import.meta.dirname, "../..");
// Inside the repository (git-ignored .tmp/), so the fixture resolves vitest from node_modules.
mkdirSync(join(REPO, ".tmp"), { recursive: true });
const fixture = mkdtempSync(join(REPO, ".tmp", "reporter-"));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function runFixture(body: string): string {
  writeFileSync(join(fixture, "fixture.test.ts"), `import { expect, it } from "vitest";\n${body}\n`);
  writeFileSync(
    join(fixture, "vitest.config.ts"),
    `export default { test: { include: ["fixture.test.ts"], reporters: [${JSON.stringify(join(REPO, "test/support/summary-reporter.ts"))}] } };\n`,
  );
  const run = spawnSync(process.execPath, [join(REPO, "node_modules/vitest/vitest.mjs"), "run", "--root", fixture], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", CI: "" },
  });
  return run.stdout.trimEnd().split("\n").at(-1) ?? "";
}

describe("summary reporter", () => {
  it("prints passed, failed and skipped counts as the last line", () => {
    const last = runFixture(`
it("a", () => expect(1).toBe(1));
it("b", () => expect(2).toBe(2));
it("c", () => expect(1).toBe(2));
it.skip("d", () => {});`);
    expect(last).toBe("tests: 2 passed, 1 failed, 1 skipped");
  });

  it("leaves out skipped when there are none", () => {
    expect(summaryLine(1, 0, 0)).toBe("tests: 1 passed, 0 failed");
  });
});
