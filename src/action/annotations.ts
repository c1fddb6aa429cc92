import * as core from "@actions/core";
import type { Diagnostic } from "../core/diagnostic/diagnostic.js";
import { safeText } from "./log.js";

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest only clutter the log. */
export const MAX_ANNOTATIONS = 10;

/**
 * The first errors and warnings as annotations on their file and line, the code as the title, then one
 * notice counting what was left out. @actions/core escapes `%`, CR and LF in the message and also `:` and
 * `,` in the properties, so untrusted text cannot end the workflow command early; safeText redacts it and shows
 * every other control character (ESC, BEL, NUL...) and bidi override as `\uXXXX`.
 */
export function annotate(diagnostics: readonly Diagnostic[], summaryRows = diagnostics.length): void {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  for (const d of errors.slice(0, MAX_ANNOTATIONS)) core.error(safeText(d.message), properties(d));
  for (const d of warnings.slice(0, MAX_ANNOTATIONS)) core.warning(safeText(d.message), properties(d));
  const moreErrors = Math.max(0, errors.length - MAX_ANNOTATIONS);
  const moreWarnings = Math.max(0, warnings.length - MAX_ANNOTATIONS);
  if (moreErrors + moreWarnings > 0) {
    // Say exactly what the summary holds: a capped table lists only its first rows.
    const listed =
      summaryRows >= diagnostics.length
        ? "the job summary lists every diagnostic"
        : `the job summary lists the first ${summaryRows} of ${diagnostics.length} diagnostics`;
    core.notice(`${moreErrors} more errors and ${moreWarnings} more warnings are not annotated: ${listed}`);
  }
}

function properties(d: Diagnostic): core.AnnotationProperties {
  return { title: safeText(d.code), file: safeText(d.file), startLine: d.line, startColumn: d.column };
}
