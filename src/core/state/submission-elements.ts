import type { SubmissionElement } from "./state-document.js";

/** Git's null object id: a deleted file in a submission's element list. */
export const DELETED_BLOB = "0".repeat(40);

/** The same elements in the same order: a record that already says this needs no write. */
export function sameElements(a: readonly SubmissionElement[], b: readonly SubmissionElement[]): boolean {
  return a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.path === b[i]?.path && e.blob === b[i]?.blob);
}
