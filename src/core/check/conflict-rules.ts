// The rules only a check in the collection can apply: an id must not already live at another path, and an id
// another open submission changes is pointed out, so two pull requests do not race for one element.
import { type Diagnostic, diagnostic, type Position } from "../diagnostic/diagnostic.js";

/** An element file of the pull request whose `metadata.id` is a valid id. */
export interface IdentifiedFile {
  /** Its path in the collection. */
  file: string;
  id: string;
  /** Where `metadata.id` is written. */
  at: Position;
}

/** Another open (pending or draft) submission, as its source's state document records it. */
export interface OpenSubmission {
  number: number;
  url: string;
  /** `owner/repo` of the source it came from. */
  source: string;
}

export interface ConflictFacts {
  /** id → collection paths outside this pull request that hold it. */
  elsewhere: ReadonlyMap<string, readonly string[]>;
  /** id → the other open submissions that change it. */
  openSubmissions: ReadonlyMap<string, readonly OpenSubmission[]>;
}

/** Paths and submissions named per finding; the rest are counted. */
const NAMED = 3;

export function conflictDiagnostics(files: readonly IdentifiedFile[], facts: ConflictFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { file, id, at } of files) {
    const paths = (facts.elsewhere.get(id) ?? []).filter((path) => path !== file);
    if (paths.length > 0) {
      out.push(
        diagnostic(
          file,
          at,
          "error",
          "check/id-elsewhere",
          `"${id}" is already in the collection at ${listed(paths)}; an id names one element: ` +
            "change that file instead, or give this element another id",
        ),
      );
    }
    for (const other of facts.openSubmissions.get(id) ?? []) {
      out.push(
        diagnostic(
          file,
          at,
          "warning",
          "check/open-submission",
          `"${id}" is also changed by open submission #${other.number} of ${other.source} (${other.url}); ` +
            "whichever merges second will have to be updated: agree with that pull request's authors first",
        ),
      );
    }
  }
  return out;
}

function listed(paths: readonly string[]): string {
  const named = paths.slice(0, NAMED).join(", ");
  return paths.length > NAMED ? `${named} and ${paths.length - NAMED} more` : named;
}
