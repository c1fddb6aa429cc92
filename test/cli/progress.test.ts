import { describe, expect, it } from "vitest";
import { startProgress } from "../../src/cli/progress.js";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (chunk: string) => writes.push(chunk) };
}

describe("progress on stderr", () => {
  it("is silent when stderr is not a terminal", () => {
    const err = stream(false);
    let clock = 0;
    const progress = startProgress(err, "validating", { now: () => clock, delayMs: 0 });
    clock = 5000;
    progress.update(5, 10);
    progress.stop();
    expect(err.writes).toEqual([]);
  });

  it("shows nothing for short runs", () => {
    const err = stream(true);
    let clock = 0;
    const progress = startProgress(err, "validating", { now: () => clock, delayMs: 1000 });
    clock = 500;
    progress.update(1, 2);
    progress.stop();
    expect(err.writes).toEqual([]);
  });

  it("shows counts on long runs, throttled, and erases its line at the end", () => {
    const err = stream(true);
    let clock = 0;
    const progress = startProgress(err, "validating", { now: () => clock, delayMs: 1000, intervalMs: 100 });
    clock = 1200;
    progress.update(10, 100);
    clock = 1250;
    progress.update(20, 100); // within the interval: not drawn
    clock = 2400;
    progress.update(90, 100);
    progress.stop();
    expect(err.writes).toHaveLength(3);
    expect(err.writes[0]).toMatch(/^\r\u001b\[2K. validating 10\/100 files \(1s\)$/);
    expect(err.writes[1]).toMatch(/validating 90\/100 files \(2s\)$/);
    expect(err.writes[2]).toBe("\r\u001b[2K");
  });
});
