// `npm run demo` end to end: scripts/demo.mjs as a child process, as someone runs it right after `npm ci`. Only the
// exit code and the key lines are asserted, never a duration: every wait in the demo is bounded by itself, and
// this test's own limit is only there so a hung demo fails instead of holding the suite.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = resolve(import.meta.dirname, "..");
const LIMIT_MS = 120_000;
/** Before the test's own limit: SIGTERM lets the demo stop the App and the emulator and remove its files. */
const STOP_AFTER_MS = LIMIT_MS - 15_000;

interface DemoRun {
  code: number | null;
  output: string;
}

function runDemo(): Promise<DemoRun> {
  const child = spawn(process.execPath, [join(REPO, "scripts/demo.mjs")], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const stop = setTimeout(() => {
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  }, STOP_AFTER_MS);
  return new Promise((done) => {
    child.on("close", (code) => {
      clearTimeout(stop);
      done({ code, output });
    });
  });
}

describe("npm run demo", () => {
  it(
    "publishes, merges, tracks, plans a collection edit as remote-changed and re-runs writing nothing",
    async () => {
      const { code, output } = await runDemo();
      expect(code, output).toBe(0);
      const lines = output.trimEnd().split("\n");
      expect(
        lines.filter((line) => line.startsWith("✗")),
        output,
      ).toEqual([]);
      expect(output).toMatch(/^✓ emulator started at http:\/\/127\.0\.0\.1:\d+/m);
      expect(output).toMatch(/^✓ App started: .*\/ping answered PONG$/m);
      expect(output).toMatch(/^✓ publish: PR #\d+ created, 8 elements added/m);
      expect(output).toMatch(
        /^✓ check run: `nexs-publish` on [0-9a-f]{7} completed, conclusion success: 8 element files/m,
      );
      expect(output).toMatch(/^✓ merged PR #\d+ through the emulator: merge commit [0-9a-f]{7}$/m);
      expect(output).toMatch(/^✓ App recorded PR #\d+: pending → merged; base = 8 elements at [0-9a-f]{7}$/m);
      expect(output).toMatch(/^✓ publish dry-run: remote-changed: 1, conflict: 0,/m);
      expect(output).toMatch(/^✓ state document .*: base 8 elements; 1 submission: .*1 merged/m);
      expect(output).toMatch(/^✓ re-run: operation none, nothing written \(\d+ API calls, 0 writes;/m);
      expect(lines.at(-1)).toMatch(/^✓ demo finished in [\d.]+ s: every step did what it says/);
    },
    LIMIT_MS,
  );
});
