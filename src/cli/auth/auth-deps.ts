import { abortableSleep, type Sleep } from "../../github/abortable-sleep.js";
import { defaultStoreDeps, type StoreDeps } from "./store-context.js";

/** What login, logout and whoami touch beyond their CliIo; injected so tests run them against fakes. */
export interface AuthDeps extends StoreDeps {
  sleep: Sleep;
  now: () => number;
  /** Each request to GitHub gives up after this long. */
  requestTimeoutMs: number;
  /** Calls `handler` on Ctrl-C until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
}

export const REQUEST_TIMEOUT_MS = 30_000;

export function defaultAuthDeps(): AuthDeps {
  return {
    ...defaultStoreDeps(),
    sleep: abortableSleep,
    now: Date.now,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    onInterrupt(handler) {
      // Once: a second Ctrl-C then ends the process the usual way, should anything still be stuck.
      process.once("SIGINT", handler);
      return () => process.off("SIGINT", handler);
    },
  };
}
