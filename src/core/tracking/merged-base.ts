import type { BaseEntry, StateDocument, SubmissionElement } from "../state/state-document.js";
import { DELETED_BLOB } from "../state/submission-elements.js";

/**
 * The source's base after a merge: each element of the submission takes the blob the merge commit holds at its
 * path (what was merged, including a reviewer's edits), so the next publish sees a later collection edit as
 * `remote-changed` and not as a conflict. An element the submission deleted, or whose path the merge does not
 * hold, leaves the base. The same document comes back when nothing changes, so a redelivery writes nothing.
 */
export function withMergedBase(
  document: StateDocument,
  elements: readonly SubmissionElement[],
  blobAt: ReadonlyMap<string, string>,
  commit: string,
): StateDocument {
  const base: Record<string, BaseEntry> = { ...document.base };
  let changed = false;
  for (const element of elements) {
    const blob = element.blob === DELETED_BLOB ? undefined : blobAt.get(element.path);
    const current = base[element.id];
    if (blob === undefined) {
      if (current && current.path === element.path) {
        delete base[element.id];
        changed = true;
      }
      continue;
    }
    if (current?.path === element.path && current.blob === blob && current.commit === commit) continue;
    base[element.id] = { path: element.path, blob, commit };
    changed = true;
  }
  return changed ? { ...document, base } : document;
}
