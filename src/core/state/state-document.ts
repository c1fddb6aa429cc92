import type { SubmissionStatus } from "./status.js";

/**
 * The per-source state document kept on the collection's state branch at `sources/{owner}/{repo}.json`.
 * Types only; the strict parser, serializer and migrations live beside this file.
 */
export const STATE_SCHEMA_VERSION = 1;

export interface SourceRef {
  owner: string;
  repo: string;
  /** GitHub's numeric repository id, when known: survives renames. */
  id?: number;
}

/** What the collection held for an element at the last merge: the B of the three-way plan. */
export interface BaseEntry {
  path: string;
  blob: string;
  commit: string;
}

export interface SubmissionElement {
  id: string;
  path: string;
  blob: string;
}

export interface Submission {
  /** Pull-request number in the collection. */
  number: number;
  status: SubmissionStatus;
  elements: SubmissionElement[];
  url: string;
  nodeId: string;
  /** Head commit of the PR when last seen. */
  head: string;
  createdAt: string;
  /** The PR's own `updated_at` when last seen: the ordering key, so older snapshots never win. */
  updatedAt: string;
  /** The webhook delivery (or run) that last changed this record. */
  lastDelivery?: string;
}

export interface Stats {
  total: number;
  pending: number;
  draft: number;
  merged: number;
  rejected: number;
}

export interface HistoryEntry {
  at: string;
  number: number;
  from: SubmissionStatus | null;
  to: SubmissionStatus;
  delivery?: string;
}

export interface StateDocument {
  schema: typeof STATE_SCHEMA_VERSION;
  source: SourceRef;
  /** Element id → what the collection held at the last merge. */
  base: Record<string, BaseEntry>;
  /** PR number (as a string key) → submission. */
  submissions: Record<string, Submission>;
  /** Always recomputed from `submissions` on write; never trusted on read. */
  stats: Stats;
  /** Newest last, capped (see HISTORY_LIMIT). */
  history: HistoryEntry[];
}

export const HISTORY_LIMIT = 200;
