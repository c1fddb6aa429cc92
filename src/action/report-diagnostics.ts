import * as core from "@actions/core";
import type { Env } from "../core/common/env.js";
import { countBySeverity, type Diagnostic } from "../core/diagnostic/diagnostic.js";
import type { ValidationReport } from "../core/element/report.js";
import { displayPath } from "../core/report/display-path.js";
import { formatHuman } from "../core/report/human.js";
import { jobSummary } from "../core/report/job-summary.js";
import { escapeMarkdownCell } from "../core/report/markdown-escape.js";
import { annotate } from "./annotations.js";
import { logUntrusted } from "./log.js";

export interface ReportedDiagnostics {
  /** With paths relative to the workspace, as annotations and SARIF want them. */
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

/**
 * A validation's findings in the log and as annotations, the same for `validate` and a refused `publish`;
 * `quietWhenClean` leaves out the log's all-clear line (a publish refused for another reason).
 */
export function reportDiagnostics(report: ValidationReport, root: string, quietWhenClean = false): ReportedDiagnostics {
  const diagnostics = report.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, root) }));
  if (diagnostics.length > 0 || !quietWhenClean) logUntrusted(formatHuman(report.files, diagnostics, { color: false }));
  // The notice counting what is not annotated says how much of it the job summary lists.
  annotate(diagnostics, jobSummary({ files: report.files, diagnostics, byType: report.byType }).shown);
  return { diagnostics, ...countBySeverity(diagnostics) };
}

/** The job summary of a validation, with any problems beyond the diagnostics listed after it. */
export async function writeValidationSummary(
  env: Env,
  report: ValidationReport,
  diagnostics: readonly Diagnostic[],
  problems: readonly string[] = [],
  sarif?: { results: number },
): Promise<void> {
  if (!env["GITHUB_STEP_SUMMARY"]) return;
  const list = problems.map((p) => `- ${escapeMarkdownCell(p, 2000)}`).join("\n");
  await core.summary
    .addRaw(jobSummary({ files: report.files, diagnostics, byType: report.byType, ...(sarif && { sarif }) }).text)
    .addRaw(list ? `\n${list}\n` : "")
    .write();
}
