import { createHash } from "node:crypto";
import type { SubmissionElement } from "../state/state-document.js";

/**
 * What a marker carries in place of an element list too long for a PR body: the SHA-256 of the canonical list
 * and its length. The list itself lives in the state document's submission; the digest binds the signed marker
 * to exactly that list.
 */
export interface ElementsDigest {
  /** 64 lowercase hex digits. */
  sha256: string;
  count: number;
}

/**
 * The canonical text of an element list: sorted by id (then path, then blob, so even a list with a repeated id
 * has one order), each element as `{"id","path","blob"}` in that key order, as one JSON array. The order in
 * which the publisher or the state document happens to hold the list does not change it.
 */
export function canonicalElements(elements: readonly SubmissionElement[]): string {
  const sorted = elements
    .map((e) => ({ id: e.id, path: e.path, blob: e.blob }))
    .sort((a, b) => compare(a.id, b.id) || compare(a.path, b.path) || compare(a.blob, b.blob));
  return JSON.stringify(sorted);
}

export function digestElements(elements: readonly SubmissionElement[]): ElementsDigest {
  return {
    sha256: createHash("sha256").update(canonicalElements(elements), "utf8").digest("hex"),
    count: elements.length,
  };
}

/** Whether a list (from the state document, say) is the one a digest-form marker was signed for. */
export function elementsMatchDigest(elements: readonly SubmissionElement[], digest: ElementsDigest): boolean {
  if (elements.length !== digest.count) return false;
  return digestElements(elements).sha256 === digest.sha256;
}

/** Code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
