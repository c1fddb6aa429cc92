// The pull-request check itself, pure: the element files read at the head commit go through the same checks as
// `validate` (checkSource per file, then the cross-file rules, as validateTree runs them), with the collection's
// other elements known for references, and then the conflict rules against the collection and open submissions.
import { compareDiagnostics, type Diagnostic } from "../diagnostic/diagnostic.js";
import { checkSource, type SourceCheck } from "../element/check-source.js";
import { type CrossFileFacts, crossFileDiagnostics, factsOf } from "../element/cross-file-facts.js";
import type { ValidationOptions } from "../element/report.js";
import type { SourceFile } from "../element/source.js";
import type { ElementType } from "../element/types.js";
import { conflictDiagnostics, type IdentifiedFile, type OpenSubmission } from "./conflict-rules.js";
import { idsElsewhere } from "./ids-elsewhere.js";
import { openSubmissionsById, type StateFacts } from "./state-facts.js";
import { collectionFromPaths } from "./template-paths.js";

export interface PullRequestElements {
  /** Element files read at the head commit; `file` is the path in the collection. */
  files: readonly SourceFile[];
  /** Findings about element files that were not read (over max-file-size, not a regular file). */
  refused: readonly Diagnostic[];
}

export interface CollectionKnowledge {
  pathTemplate: string;
  /** The base branch's files, without those the pull request changes. */
  paths: ReadonlySet<string>;
  /** One entry per readable state document. */
  state: readonly StateFacts[];
}

export interface ElementCheckReport {
  /** Element files checked, read or refused. */
  files: number;
  byType: Record<ElementType, number>;
  /** Every finding, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** The other open submissions that change an element of this pull request, by number, with those ids. */
  overlapping: Array<{ submission: OpenSubmission; ids: string[] }>;
  /** The collection manifest checked beside the element files, when the pull request changes it. */
  manifest?: string;
}

export function checkPullRequestElements(
  elements: PullRequestElements,
  collection: CollectionKnowledge,
  options: Pick<ValidationOptions, "strict" | "maxFileSize">,
): ElementCheckReport {
  const validation: ValidationOptions = {
    ...options,
    collection: collectionFromPaths(collection.pathTemplate, collection.paths),
  };
  const checks = elements.files.map((file) => checkSource(file, validation));
  const byFacts = new Map<CrossFileFacts, SourceCheck>();
  for (const check of checks) {
    const facts = factsOf(check);
    if (facts) byFacts.set(facts, check);
  }
  // Every check is kept (a pull request is bounded by the check limits), so a reload is a lookup.
  const crossFile = crossFileDiagnostics([...byFacts.keys()], validation, (facts) => byFacts.get(facts));

  const identified = checks.flatMap((check): IdentifiedFile[] =>
    check.id !== undefined && check.parsed
      ? [{ file: check.file, id: check.id, at: check.parsed.locate(["metadata", "id"], "value") }]
      : [],
  );
  const openSubmissions = openSubmissionsById(collection.state);
  const conflicts = conflictDiagnostics(identified, {
    elsewhere: idsElsewhere({
      template: collection.pathTemplate,
      paths: collection.paths,
      recorded: collection.state.flatMap((facts) => facts.recorded),
      ids: identified.map((file) => file.id),
    }),
    openSubmissions,
  });

  const byType: Record<ElementType, number> = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };
  for (const check of checks) if (check.type) byType[check.type]++;
  const refusedFiles = new Set(elements.refused.map((d) => d.file));
  return {
    files: checks.length + refusedFiles.size,
    byType,
    overlapping: overlapping(identified, openSubmissions),
    diagnostics: [...elements.refused, ...checks.flatMap((c) => c.diagnostics), ...crossFile, ...conflicts].sort(
      compareDiagnostics,
    ),
  };
}

function overlapping(
  files: readonly IdentifiedFile[],
  open: ReadonlyMap<string, readonly OpenSubmission[]>,
): ElementCheckReport["overlapping"] {
  const byNumber = new Map<number, { submission: OpenSubmission; ids: Set<string> }>();
  for (const { id } of files) {
    for (const submission of open.get(id) ?? []) {
      const entry = byNumber.get(submission.number) ?? { submission, ids: new Set<string>() };
      entry.ids.add(id);
      byNumber.set(submission.number, entry);
    }
  }
  return [...byNumber.values()]
    .sort((a, b) => a.submission.number - b.submission.number)
    .map(({ submission, ids }) => ({ submission, ids: [...ids].sort() }));
}
