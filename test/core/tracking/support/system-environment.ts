import { setTimeout as sleep } from "node:timers/promises";
import type { LockEnvironment } from "../../../../src/core/tracking/file-store-lock.js";

/** The real clock, timer and randomness, as a production caller passes them to the file store. */
export const systemEnvironment: LockEnvironment = {
  now: () => Date.now(),
  sleep: (ms) => sleep(ms).then(() => undefined),
  random: Math.random,
};
