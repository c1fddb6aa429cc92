import { readObject, readString } from "./json-decode.js";
import type { SubmissionElement } from "./state-document.js";
import { childPath } from "./state-error.js";
import { COLLECTION_PATH_RULE, ELEMENT_ID_RULE, SHA_RULE } from "./state-rules.js";

/** Git's null object id: a deleted file in a submission's element list. */
export const DELETED_BLOB = "0".repeat(40);

/** The same elements in the same order: a record that already says this needs no write. */
export function sameElements(a: readonly SubmissionElement[], b: readonly SubmissionElement[]): boolean {
  return (
    a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.path === b[i]?.path && e.blob === b[i]?.blob)
  );
}

/** One `{id, path, blob}` of a submission, as the state document and the marker both write it; strict. */
export function readSubmissionElement(value: unknown, path: string): SubmissionElement {
  const o = readObject(value, path, ["id", "path", "blob"]);
  return {
    id: readString(o.id, childPath(path, "id"), ELEMENT_ID_RULE),
    path: readString(o.path, childPath(path, "path"), COLLECTION_PATH_RULE),
    blob: readString(o.blob, childPath(path, "blob"), SHA_RULE),
  };
}
