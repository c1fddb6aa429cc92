// One file can hold hundreds of thousands of findings (a list of 125,000 wrong tags fits the size limit). Each file
// keeps at most MAX_FINDINGS_PER_FILE of them, the most severe first, and one `limit/findings` finding counts the
// rest, so every report (human, JSON, SARIF, summaries) stays bounded by the number of files, not their content.
import { countOf } from "../common/plural.js";
import {
  compareDiagnostics,
  type Diagnostic,
  diagnostic,
  FILE_START,
  type Position,
  type Severity,
} from "./diagnostic.js";

export const MAX_FINDINGS_PER_FILE = 1000;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Appends one by one: spreading a huge array into push() overflows the call stack. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** How many findings a `limit/findings` finding made here stands for, so that a second cut adds to it. */
const standsFor = new WeakMap<Diagnostic, Cut>();

interface Cut {
  errors: number;
  warnings: number;
  infos: number;
}

/** At most `max` of one file's findings (errors before warnings before infos), in file order, plus the count cut. */
export function capFindings(file: string, findings: Diagnostic[], max = MAX_FINDINGS_PER_FILE): Diagnostic[] {
  const earlier = findings.filter((d) => standsFor.has(d));
  const listed = findings.filter((d) => !standsFor.has(d));
  if (listed.length <= max) return findings;
  const bySeverity = listed.sort((a, b) => RANK[a.severity] - RANK[b.severity] || compareDiagnostics(a, b));
  const kept = bySeverity.slice(0, max);
  const cut = bySeverity.slice(max);
  const counts: Cut = { errors: 0, warnings: 0, infos: 0 };
  for (const d of earlier) {
    const more = standsFor.get(d);
    counts.errors += more?.errors ?? 0;
    counts.warnings += more?.warnings ?? 0;
    counts.infos += more?.infos ?? 0;
  }
  for (const d of cut) {
    if (d.severity === "error") counts.errors++;
    else if (d.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  const first = [...cut, ...earlier].sort(compareDiagnostics)[0];
  const at = first ? { line: first.line, column: first.column } : FILE_START;
  kept.push(moreFindings(file, at, counts, max));
  return kept.sort(compareDiagnostics);
}

/**
 * One check's findings of one kind, given in position order: the first `max` are made, and one `limit/findings`
 * counts the rest, which are never made nor located. capFindings then merges them with the file's other findings
 * as it would have merged them all, since every finding not made lies after every finding made.
 */
export function firstFindings<T>(
  file: string,
  items: readonly T[],
  kind: { severity: Severity; code: string },
  locate: (item: T) => Position,
  message: (item: T) => string,
  max = MAX_FINDINGS_PER_FILE,
): Diagnostic[] {
  const { severity, code } = kind;
  const out = items.slice(0, max).map((item) => diagnostic(file, locate(item), severity, code, message(item)));
  const cut = items[max];
  if (cut !== undefined) {
    const count = items.length - max;
    const counts: Cut = { errors: 0, warnings: 0, infos: 0 };
    counts[severity === "error" ? "errors" : severity === "warning" ? "warnings" : "infos"] = count;
    out.push(moreFindings(file, locate(cut), counts, max));
  }
  return out;
}

/** The one finding that stands for findings not listed: `at` is where the first of them is. */
export function moreFindings(file: string, at: Position, cut: Cut, max = MAX_FINDINGS_PER_FILE): Diagnostic {
  const total = cut.errors + cut.warnings + cut.infos;
  const parts = [
    cut.errors > 0 ? countOf(cut.errors, "error") : "",
    cut.warnings > 0 ? countOf(cut.warnings, "warning") : "",
    cut.infos > 0 ? countOf(cut.infos, "info") : "",
  ].filter(Boolean);
  const severity: Severity = cut.errors > 0 ? "error" : cut.warnings > 0 ? "warning" : "info";
  const made = diagnostic(
    file,
    at,
    severity,
    "limit/findings",
    `…and ${total} more findings in this file (${parts.join(", ")}) not listed: only the first ${max} are; fix those and validate again`,
  );
  standsFor.set(made, { ...cut });
  return made;
}
