import type { Stats, Submission } from "./state-document.js";

/** Stats are derived, never stored as truth: recomputed from the submissions on every write. */
export function computeStats(submissions: Readonly<Record<string, Submission>>): Stats {
  const stats: Stats = { total: 0, pending: 0, draft: 0, merged: 0, rejected: 0 };
  for (const submission of Object.values(submissions)) {
    stats.total++;
    stats[submission.status]++;
  }
  return stats;
}
