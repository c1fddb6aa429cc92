/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (Ctrl-C must not wait out a poll). */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

// The global setTimeout, not node:timers/promises, so tests can drive it with fake timers.
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
