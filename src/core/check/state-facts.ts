// What a check needs from one source's state document: the elements its open submissions change, and where its
// merged elements were recorded. Reduced per document, so the check never holds every document at once.
import type { StateDocument } from "../state/state-document.js";
import type { OpenSubmission } from "./conflict-rules.js";

export interface StateFacts {
  /** [element id, the open submission changing it], for every open submission but the one being checked. */
  open: Array<readonly [string, OpenSubmission]>;
  /** [element id, path] of the source's recorded base. */
  recorded: Array<readonly [string, string]>;
}

export function stateFacts(document: StateDocument, checkedNumber: number): StateFacts {
  const source = `${document.source.owner}/${document.source.repo}`;
  const open: Array<readonly [string, OpenSubmission]> = [];
  for (const submission of Object.values(document.submissions)) {
    if (submission.number === checkedNumber) continue;
    if (submission.status !== "pending" && submission.status !== "draft") continue;
    const other: OpenSubmission = { number: submission.number, url: submission.url, source };
    for (const element of submission.elements) open.push([element.id, other]);
  }
  const recorded = Object.entries(document.base).map(([id, entry]) => [id, entry.path] as const);
  return { open, recorded };
}

/** id → the open submissions changing it, each once, by number. */
export function openSubmissionsById(facts: readonly StateFacts[]): Map<string, OpenSubmission[]> {
  const byId = new Map<string, Map<number, OpenSubmission>>();
  for (const { open } of facts) {
    for (const [id, submission] of open) {
      const entries = byId.get(id) ?? new Map<number, OpenSubmission>();
      entries.set(submission.number, submission);
      byId.set(id, entries);
    }
  }
  return new Map(
    [...byId].map(([id, entries]) => [id, [...entries.values()].sort((a, b) => a.number - b.number)] as const),
  );
}
