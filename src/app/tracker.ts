// The App's tracking state, per process: one coalescing state writer per collection, so events for one source
// that arrive together become one write. The App keeps nothing else: every instance reads and writes the
// collection's state branch behind compare-and-swap, so any number can run at once.
import { setTimeout as sleep } from "node:timers/promises";
import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import type { GitHubClient } from "../github/client.js";
import { GitHubStateStore } from "../github/state-store.js";
import { createStateWriter, type StateWriter } from "../github/track/state-writer.js";

/** How long a burst for one source gathers before its one write: short beside GitHub's 10-second limit. */
export const COALESCE_WINDOW_MS = 150;

export interface Tracker {
  writerFor(installation: number | undefined, collection: RepoRef, client: GitHubClient): StateWriter;
}

export function createTracker(options: { stateBranch: string; dryRun: boolean; windowMs?: number }): Tracker {
  const writers = new Map<string, StateWriter>();
  return {
    writerFor(installation, collection, client) {
      const key = `${installation ?? "none"}:${formatRepoRef(collection).toLowerCase()}`;
      const existing = writers.get(key);
      if (existing) return existing;
      // The first delivery's installation client serves later ones too: Probot's auth refreshes its token.
      const store = new GitHubStateStore(client, { repo: collection, branch: options.stateBranch });
      const writer = createStateWriter(
        store,
        { dryRun: options.dryRun, windowMs: options.windowMs ?? COALESCE_WINDOW_MS },
        { sleep: (ms) => sleep(ms), random: Math.random },
      );
      writers.set(key, writer);
      return writer;
    },
  };
}
