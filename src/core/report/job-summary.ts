import { countOf } from "../common/plural.js";
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { countBySeverity } from "../diagnostic/diagnostic.js";
import { ELEMENT_TYPES, type ElementType } from "../element/types.js";
import { escapeMarkdownCell } from "./markdown-escape.js";
import { GITHUB_MAX_RESULTS, GITHUB_MAX_SARIF_BYTES } from "./sarif.js";

export interface JobSummaryInput {
  files: number;
  diagnostics: readonly Diagnostic[];
  byType: Readonly<Record<ElementType, number>>;
  /** The SARIF file written beside the summary, if any: how many results it holds (code scanning caps it). */
  sarif?: { results: number };
}

/** The summary's text, and how many diagnostics its table lists (the rest are counted at its end). */
export interface JobSummary {
  text: string;
  shown: number;
}

/** GitHub refuses a step summary over 1 MiB; leave room for anything else the step writes. */
export const JOB_SUMMARY_MAX_BYTES = 1_000_000;

/** Room kept for the lines after the table (left out, SARIF), so that how many rows fit does not depend on them. */
const FOOTER_BYTES = 1024;

/**
 * The validate job summary in GitHub-flavoured markdown: the verdict, files per element type and every
 * diagnostic in a table, as many rows as fit in `maxBytes` (UTF-8), then a line saying how many were left out.
 */
export function formatJobSummary(input: JobSummaryInput, maxBytes = JOB_SUMMARY_MAX_BYTES): string {
  return jobSummary(input, maxBytes).text;
}

export function jobSummary(input: JobSummaryInput, maxBytes = JOB_SUMMARY_MAX_BYTES): JobSummary {
  const { errors, warnings } = countBySeverity(input.diagnostics);
  const head = [
    "## nexs-publish validate",
    "",
    `${errors > 0 ? "❌" : "✅"} **${countOf(input.files, "file")}**: ${countOf(errors, "error")}, ${countOf(warnings, "warning")}`,
    "",
    "| Element type | Files |",
    "| --- | ---: |",
    ...ELEMENT_TYPES.map((type) => `| ${type} | ${input.byType[type]} |`),
    "",
  ];
  if (input.diagnostics.length === 0) return { text: `${head.join("\n")}\n`, shown: 0 };

  head.push(...DIAGNOSTIC_TABLE_HEAD);
  let text = `${head.join("\n")}\n`;
  let bytes = utf8Length(text);
  // The footer must always fit, so room is kept for it before adding rows.
  const reserve = FOOTER_BYTES;
  let shown = 0;
  for (const d of input.diagnostics) {
    const row = `${diagnosticTableRow(d)}\n`;
    const rowBytes = utf8Length(row);
    if (bytes + rowBytes + reserve > maxBytes) break;
    text += row;
    bytes += rowBytes;
    shown++;
  }
  const total = input.diagnostics.length;
  const left = total - shown;
  const sarif = input.sarif;
  // Only a SARIF file that holds every diagnostic is worth pointing at for the ones this table leaves out.
  const complete = sarif !== undefined && sarif.results === total;
  if (left > 0) text += omitted(left, complete ? total : undefined);
  if (sarif && !complete) text += sarifCut(sarif.results, total);
  return { text, shown };
}

/** The header of the diagnostics table, shared with the check run's summary. */
export const DIAGNOSTIC_TABLE_HEAD = [
  "| File | Line | Column | Severity | Code | Message |",
  "| --- | ---: | ---: | --- | --- | --- |",
] as const;

/** One diagnostic as a row of that table, every cell escaped. */
export function diagnosticTableRow(d: Diagnostic): string {
  const cells = [
    escapeMarkdownCell(d.file, 300),
    String(d.line),
    String(d.column),
    d.severity,
    escapeMarkdownCell(d.code, 100),
    escapeMarkdownCell(d.message),
  ];
  return `| ${cells.join(" | ")} |`;
}

function omitted(n: number, sarifHoldsAll: number | undefined): string {
  const where =
    sarifHoldsAll === undefined
      ? "Run `nexs-publish validate` locally"
      : `Run \`nexs-publish validate\` locally, or upload the SARIF file (it holds all ${sarifHoldsAll})`;
  return `\n_${n} more not shown: the job summary is limited to 1 MiB. ${where} to see every diagnostic._\n`;
}

function sarifCut(results: number, total: number): string {
  return `\n_The SARIF file holds ${results} of the ${total} diagnostics, the most severe first: code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run and ${GITHUB_MAX_SARIF_BYTES / 1_000_000} MB per file. Run \`nexs-publish validate\` locally to see every diagnostic._\n`;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
