import type { SubmissionStatus } from "../state/status.js";

/**
 * The ordering rule. A snapshot is newer when its `updated_at` is later. At the same instant the more advanced
 * status wins (draft < pending < rejected < merged: closing beats an open state, a merge is final), and at the
 * same status the greater head SHA, so the order is total: whatever order the snapshots arrive in, the one
 * kept is the maximum, and every permutation converges to the same record.
 */
export const STATUS_PRECEDENCE: Readonly<Record<SubmissionStatus, number>> = {
  draft: 0,
  pending: 1,
  rejected: 2,
  merged: 3,
};

export interface OrderKey {
  updatedAt: string;
  status: SubmissionStatus;
  head: string;
}

/** Milliseconds since the epoch of an RFC 3339 time; throws on anything else (a bug in the caller, not data). */
export function instantOf(timestamp: string): number {
  const ms = Date.parse(timestamp);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(timestamp) || Number.isNaN(ms)) {
    throw new RangeError(`"${timestamp}" is not an RFC 3339 timestamp`);
  }
  return ms;
}

/** Negative when a is older than b, positive when newer, 0 only for the same key. */
export function compareOrder(a: OrderKey, b: OrderKey): number {
  return (
    instantOf(a.updatedAt) - instantOf(b.updatedAt) ||
    STATUS_PRECEDENCE[a.status] - STATUS_PRECEDENCE[b.status] ||
    (a.head < b.head ? -1 : a.head > b.head ? 1 : 0)
  );
}
