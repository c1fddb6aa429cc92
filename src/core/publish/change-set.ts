import type { ValidationOptions } from "../element/report.js";
import type { FileChange } from "../git/file-change.js";
import { textBlobSha } from "../git/object-sha.js";
import type { SubmissionElement } from "../state/state-document.js";
import { DELETED_BLOB } from "../state/submission-elements.js";
import type { PlanEntry, SyncPlan } from "../sync/plan.js";
import {
  type ConflictStrategy,
  type ConflictTexts,
  type Resolution,
  resolveConflict,
  textsNeeded,
} from "../sync/resolve.js";
import { validateMergedText } from "../sync/validate-merged-text.js";
import type { LocalItem } from "./place-elements.js";
import type { PublishRow } from "./types.js";

/** Reads a blob of the collection as text (only conflicts under `newest` or `merge` need any). */
export type BlobReader = (sha: string) => Promise<string>;

export interface ChangeSet {
  rows: PublishRow[];
  /** Files the commit writes or deletes, in plan order. */
  changes: FileChange[];
  /** What the PR proposes, for the marker and the state document (a deletion has the null blob). */
  elements: SubmissionElement[];
  blocking: number;
}

/**
 * Turns the plan into file changes: adds, updates and deletes as planned; conflicts settled by the strategy
 * (reading only the blobs the strategy needs); id collisions and manual conflicts left out and marked blocking.
 */
export async function buildChangeSet(
  plan: SyncPlan,
  local: ReadonlyMap<string, LocalItem>,
  strategy: ConflictStrategy,
  readBlob: BlobReader,
  validation: Pick<ValidationOptions, "strict" | "maxFileSize">,
): Promise<ChangeSet> {
  const rows: PublishRow[] = [];
  const changes: FileChange[] = [];
  const elements: SubmissionElement[] = [];
  const propose = (id: string, path: string, content: string | null) => {
    changes.push({ path, content });
    elements.push({ id, path, blob: content === null ? DELETED_BLOB : textBlobSha(content) });
  };
  for (const entry of plan.entries) {
    const item = local.get(entry.id);
    const base = {
      id: entry.id,
      path: entry.path,
      outcome: entry.outcome,
      reason: entry.reason,
      private: item?.private ?? false,
    };
    switch (entry.outcome) {
      case "add":
      case "update":
        if (item) propose(entry.id, entry.path, item.content);
        rows.push({ ...base, proposed: item !== undefined, blocking: false });
        break;
      case "delete":
        propose(entry.id, entry.path, null);
        rows.push({ ...base, proposed: true, blocking: false });
        break;
      case "id-collision":
        rows.push({ ...base, proposed: false, blocking: true });
        break;
      case "conflict": {
        const resolution = await settle(entry, item, strategy, readBlob, validation);
        const content = resolution.action === "write" ? (resolution.text ?? item?.content) : undefined;
        if (content !== undefined) propose(entry.id, entry.path, content);
        else if (resolution.action === "delete") propose(entry.id, entry.path, null);
        const proposed = content !== undefined || resolution.action === "delete";
        rows.push({
          ...base,
          resolution: resolution.action,
          reason: resolution.reason,
          proposed,
          blocking: resolution.action === "manual",
        });
        break;
      }
      default:
        rows.push({ ...base, proposed: false, blocking: false });
    }
  }
  return { rows, changes, elements, blocking: rows.filter((row) => row.blocking).length };
}

async function settle(
  entry: PlanEntry,
  item: LocalItem | undefined,
  strategy: ConflictStrategy,
  readBlob: BlobReader,
  validation: Pick<ValidationOptions, "strict" | "maxFileSize">,
): Promise<Resolution> {
  const needed = textsNeeded(strategy);
  // The collection holds a private element's envelope: comparing or merging fields would need it decrypted,
  // and a merged file would have to be sealed again; a person decides instead.
  if (item?.private && needed.length > 0) {
    return {
      action: "manual",
      reason: `${entry.reason}; the ${strategy} strategy does not read encrypted (private) elements: resolve by hand`,
    };
  }
  const texts: ConflictTexts = {};
  if (needed.includes("local") && item) texts.local = item.plain;
  if (needed.includes("remote") && entry.remote !== undefined) texts.remote = await readBlob(entry.remote);
  if (needed.includes("base") && entry.base !== undefined) texts.base = await readBlob(entry.base);
  return resolveConflict(entry, strategy, texts, validateMergedText(entry.path, validation));
}
