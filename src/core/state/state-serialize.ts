import {
  type BaseEntry,
  HISTORY_LIMIT,
  type HistoryEntry,
  STATE_SCHEMA_VERSION,
  type StateDocument,
  type Submission,
} from "./state-document.js";
import { computeStats } from "./stats.js";

/**
 * The canonical text of a state document: fixed key order, base sorted by id, submissions by number,
 * stats recomputed, history capped to the newest HISTORY_LIMIT entries, two-space JSON, trailing newline.
 * Equal documents therefore give equal bytes, so an unchanged document never causes a write.
 */
export function serializeStateDocument(document: StateDocument): string {
  const base: Record<string, BaseEntry> = Object.fromEntries(
    Object.entries(document.base)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, e]) => [id, { path: e.path, blob: e.blob, commit: e.commit }]),
  );
  const submissions: Record<string, Submission> = Object.fromEntries(
    Object.values(document.submissions)
      .sort((a, b) => a.number - b.number)
      .map((s) => [String(s.number), canonicalSubmission(s)]),
  );
  const source = {
    owner: document.source.owner,
    repo: document.source.repo,
    ...(document.source.id !== undefined && { id: document.source.id }),
  };
  const canonical: StateDocument = {
    schema: STATE_SCHEMA_VERSION,
    source,
    base,
    submissions,
    stats: computeStats(submissions),
    history: document.history.slice(-HISTORY_LIMIT).map(canonicalHistory),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

function canonicalSubmission(s: Submission): Submission {
  return {
    number: s.number,
    status: s.status,
    elements: s.elements.map((e) => ({ id: e.id, path: e.path, blob: e.blob })),
    url: s.url,
    nodeId: s.nodeId,
    head: s.head,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    ...(s.lastDelivery !== undefined && { lastDelivery: s.lastDelivery }),
  };
}

function canonicalHistory(h: HistoryEntry): HistoryEntry {
  return {
    at: h.at,
    number: h.number,
    from: h.from,
    to: h.to,
    ...(h.delivery !== undefined && { delivery: h.delivery }),
  };
}
