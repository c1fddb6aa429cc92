import type { OutputStream } from "./io.js";

export interface Progress {
  /** Latest counts, when the validator reports them. Cheap to call per file: drawing is throttled. */
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };
const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export interface ProgressOptions {
  /** Nothing is shown for runs shorter than this. */
  delayMs?: number;
  intervalMs?: number;
  now?: () => number;
}

/**
 * A one-line indicator on a terminal's stderr for long runs (stdout stays clean for pipes); silent when
 * stderr is not a terminal. It redraws from a timer while the event loop is free and from update() while
 * synchronous work keeps it busy. The line is erased when the run ends.
 */
export function startProgress(stream: OutputStream, label: string, options: ProgressOptions = {}): Progress {
  if (stream.isTTY !== true) return SILENT;
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const started = now();
  let counts: { done: number; total: number } | undefined;
  let frame = 0;
  let lastDraw: number | undefined;

  const draw = (): void => {
    const at = now();
    if (at - started < delayMs || (lastDraw !== undefined && at - lastDraw < intervalMs)) return;
    lastDraw = at;
    const detail = counts ? ` ${counts.done}/${counts.total} files` : "";
    stream.write(
      `\r\u001b[2K${FRAMES[frame++ % FRAMES.length]} ${label}${detail} (${Math.floor((at - started) / 1000)}s)`,
    );
  };
  const timer = setInterval(draw, intervalMs);
  timer.unref();
  return {
    update(done, total) {
      counts = { done, total };
      draw();
    },
    stop() {
      clearInterval(timer);
      if (lastDraw !== undefined) stream.write("\r\u001b[2K");
    },
  };
}
