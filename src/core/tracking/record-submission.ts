import {
  HISTORY_LIMIT,
  type SourceRef,
  type StateDocument,
  type Submission,
  type SubmissionElement,
} from "../state/state-document.js";
import { emptyStateDocument } from "../state/state-empty.js";
import { computeStats } from "../state/stats.js";
import type { SubmissionStatus } from "../state/status.js";
import { sameElements } from "../state/submission-elements.js";
import { compareOrder } from "./snapshot-order.js";
import type { Change } from "./update-with-retry.js";

/** What a publish run knows of the submission it just made or updated. */
export interface SubmissionRecord {
  source: SourceRef;
  number: number;
  url: string;
  nodeId: string;
  head: string;
  elements: readonly SubmissionElement[];
  /** The PR's status as the response showed it: `draft` or `pending` (publish only ever leaves it open). */
  status: SubmissionStatus;
  /** The PR's own `updated_at` and `created_at`, never the runner's clock: the App orders snapshots by them. */
  updatedAt: string;
  createdAt: string;
  runId?: string;
}

const OPEN: ReadonlySet<SubmissionStatus> = new Set(["pending", "draft"]);

/**
 * Records the publish's submission as open. A pure function of the stored document (the retry helper may apply
 * it several times): it returns undefined, so nothing is written, when the record already says the same thing,
 * so a re-run that changed nothing writes nothing. The elements and head are this publish's; the status and the
 * ordering key follow the snapshot rule: a record the App moved later than this run's view of the PR (merged a
 * moment ago, say) keeps its status, and `updatedAt` never goes backwards.
 */
export function recordSubmission(record: SubmissionRecord): Change<StateDocument> {
  return (current) => {
    const document = current ?? emptyStateDocument(record.source);
    const key = String(record.number);
    const existing = document.submissions[key];
    const newer = !existing || compareOrder(record, existing) >= 0;
    const status = newer ? record.status : existing.status;
    const elements = record.elements.map((e) => ({ id: e.id, path: e.path, blob: e.blob }));
    if (
      existing &&
      existing.status === status &&
      existing.head === record.head &&
      existing.url === record.url &&
      existing.nodeId === record.nodeId &&
      sameElements(existing.elements, elements) &&
      current !== undefined &&
      (record.source.id === undefined || document.source.id === record.source.id)
    ) {
      return undefined;
    }
    const next: Submission = {
      number: record.number,
      status,
      elements,
      url: record.url,
      nodeId: record.nodeId,
      head: record.head,
      createdAt: existing?.createdAt ?? record.createdAt,
      updatedAt: newer ? record.updatedAt : existing.updatedAt,
      ...(record.runId !== undefined
        ? { lastDelivery: record.runId }
        : existing?.lastDelivery !== undefined
          ? { lastDelivery: existing.lastDelivery }
          : {}),
    };
    const submissions = { ...document.submissions, [key]: next };
    const from = existing?.status ?? null;
    const history =
      from === status
        ? document.history
        : [
            ...document.history,
            {
              at: record.updatedAt,
              number: record.number,
              from,
              to: status,
              ...(record.runId !== undefined && { delivery: record.runId }),
            },
          ].slice(-HISTORY_LIMIT);
    const source = record.source.id !== undefined ? { ...document.source, id: record.source.id } : document.source;
    return { ...document, source, submissions, stats: computeStats(submissions), history };
  };
}

/** The newest open submission of the document: the PR this source is proposing right now, if any. */
export function openSubmission(document: StateDocument | undefined): Submission | undefined {
  if (!document) return undefined;
  let newest: Submission | undefined;
  for (const submission of Object.values(document.submissions)) {
    if (OPEN.has(submission.status) && (!newest || submission.number > newest.number)) newest = submission;
  }
  return newest;
}
