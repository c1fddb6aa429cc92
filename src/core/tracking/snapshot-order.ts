import type { SubmissionStatus } from "../state/status.js";

export interface OrderKey {
  updatedAt: string;
  status: SubmissionStatus;
  head: string;
}

/**
 * Where a snapshot stands against the stored record: `newer` replaces it, `older` and `same` leave it, and
 * `ambiguous` means the two cannot be ordered from what they carry.
 */
export type SnapshotOrder = "newer" | "older" | "same" | "ambiguous";

/** Milliseconds since the epoch of an RFC 3339 time; throws on anything else (a bug in the caller, not data). */
export function instantOf(timestamp: string): number {
  const ms = Date.parse(timestamp);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(timestamp) || Number.isNaN(ms)) {
    throw new RangeError(`"${timestamp}" is not an RFC 3339 timestamp`);
  }
  return ms;
}

/**
 * Tracking's ordering rule. A later `updated_at` is newer, an earlier one older. At the same instant (GitHub
 * keeps whole seconds, so a close and a reopen in one second carry the same `updated_at`) the same status and
 * head is the same snapshot; otherwise the snapshots alone cannot tell which came last, so the answer is
 * `ambiguous` and the caller asks GitHub (a precedence such as "closing wins" picked the closed one of a
 * close-then-reopen and left an open PR recorded as rejected). One exception: a merge is final, so at the same
 * instant a merged snapshot is newer than a record that is not merged, and a merged record is never replaced by
 * one that is not. Snapshots that never share an instant with another status or head are therefore totally
 * ordered by time, and every order of their arrival keeps the same one.
 */
export function orderSnapshot(incoming: OrderKey, stored: OrderKey): SnapshotOrder {
  const byTime = instantOf(incoming.updatedAt) - instantOf(stored.updatedAt);
  if (byTime !== 0) return byTime > 0 ? "newer" : "older";
  if (incoming.status === stored.status && incoming.head === stored.head) return "same";
  if (stored.status === "merged" && incoming.status !== "merged") return "older";
  if (incoming.status === "merged" && stored.status !== "merged") return "newer";
  return "ambiguous";
}

/**
 * Publish's rule for its own record (recordSubmission), which only ever proposes an open PR: at the same
 * instant the more advanced status wins (draft < pending < rejected < merged), so a status the App moved in the
 * same second as the publish's response (a close, a merge) is kept; then the greater head SHA.
 */
export const STATUS_PRECEDENCE: Readonly<Record<SubmissionStatus, number>> = {
  draft: 0,
  pending: 1,
  rejected: 2,
  merged: 3,
};

/** Publish's order (STATUS_PRECEDENCE): negative when a is older than b, positive when newer, 0 for the same key. */
export function compareOrder(a: OrderKey, b: OrderKey): number {
  return (
    instantOf(a.updatedAt) - instantOf(b.updatedAt) ||
    STATUS_PRECEDENCE[a.status] - STATUS_PRECEDENCE[b.status] ||
    (a.head < b.head ? -1 : a.head > b.head ? 1 : 0)
  );
}
