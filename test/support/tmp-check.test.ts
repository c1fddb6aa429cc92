// The suite's temporary-directory check (tmp-global-setup.ts, tmp-per-file.ts, tmp-dir.ts), on real vitest runs
// of small fixture suites: a leak fails the file and the run and is named; a clean suite passes; either way the
// run's own directory is gone afterwards (this file's check, one level up, would fail otherwise).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const REPO = resolve(import.meta.dirname, "../..");
// Inside the repository (git-ignored .tmp/), so the fixture resolves vitest from node_modules.
mkdirSync(join(REPO, ".tmp"), { recursive: true });
const fixture = mkdtempSync(join(REPO, ".tmp", "tmp-check-"));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

const support = (name: string) => JSON.stringify(join(REPO, "test/support", name));

function runFixture(body: string): { code: number | null; stdout: string; stderr: string } {
  writeFileSync(join(fixture, "fixture.test.ts"), body);
  writeFileSync(
    join(fixture, "vitest.config.ts"),
    `export default { test: { include: ["fixture.test.ts"], globalSetup: [${support("tmp-global-setup.ts")}], ` +
      `setupFiles: [${support("tmp-per-file.ts")}], reporters: ["default", ${support("summary-reporter.ts")}] } };\n`,
  );
  const run = spawnSync(process.execPath, [join(REPO, "node_modules/vitest/vitest.mjs"), "run", "--root", fixture], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", CI: "" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const header = `import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { tempDir } from ${support("tmp-dir.ts")};
`;

describe("the temporary-directory check", () => {
  it("fails a file that leaves a directory behind, names it, and still removes the run's directory", () => {
    const run = runFixture(`${header}
it("cleans up", () => { writeFileSync(join(tempDir("tidy-"), "f"), "x"); });
it("leaks", () => { writeFileSync(join(mkdtempSync(join(tmpdir(), "leaky-")), "f"), "x"); });
`);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // vitest prints a failed file's error on stderr; the end-of-run check writes there too.
    expect(run.stderr).toMatch(/left behind in this test file's temporary directory \(1\):\n\s+leaky-\w+\//);
    expect(run.stdout + run.stderr).not.toContain("tidy-");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("tests: 2 passed, 1 failed");
    expect(run.stderr).toMatch(
      /temporary files left behind by the test run \(1\):\n\s+\S*fixture\.test\.ts\/leaky-\w+\/\n/,
    );
    expect(readdirSync(tmpdir())).toEqual([]);
  });

  it("passes a suite whose directories go with their test, or with their file when made outside a test", () => {
    const run = runFixture(`${header}
import { existsSync } from "node:fs";
import { beforeAll, describe } from "vitest";
const atLoad = tempDir("file-");
let inTest = "";
let inHook = "";
beforeAll(() => { inHook = tempDir("hook-"); });
describe("block", () => {
  const inBlock = tempDir("block-");
  it("makes one", () => { inTest = tempDir("test-"); expect(existsSync(inBlock)).toBe(true); });
  it("sees it gone", () => { expect(existsSync(inTest)).toBe(false); expect(existsSync(atLoad) && existsSync(inHook)).toBe(true); });
  it("fails, and its directory goes all the same", () => { tempDir("failing-"); throw new Error("expected"); });
});
it("gives each file a TMPDIR of its own under the run's", () => {
  expect(tmpdir()).toMatch(/\\/nexs-test-run-\\w+\\/[^/]*fixture\\.test\\.ts$/);
});
`);
    expect(run.stdout.trimEnd().split("\n").at(-1), run.stdout + run.stderr).toBe("tests: 3 passed, 1 failed");
    expect(run.stdout).not.toContain("left behind");
    expect(run.stderr).not.toContain("left behind");
    expect(readdirSync(tmpdir())).toEqual([]);
  });
});
