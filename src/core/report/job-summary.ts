import { countOf } from "../common/plural.js";
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { countBySeverity } from "../diagnostic/diagnostic.js";
import { ELEMENT_TYPES, type ElementType } from "../element/types.js";
import { escapeMarkdownCell } from "./markdown-escape.js";

export interface JobSummaryInput {
  files: number;
  diagnostics: readonly Diagnostic[];
  byType: Readonly<Record<ElementType, number>>;
}

/** GitHub refuses a step summary over 1 MiB; leave room for anything else the step writes. */
export const JOB_SUMMARY_MAX_BYTES = 1_000_000;

/**
 * The validate job summary in GitHub-flavoured markdown: the verdict, files per element type and every
 * diagnostic in a table, as many rows as fit in `maxBytes` (UTF-8), then a line saying how many were left out.
 */
export function formatJobSummary(input: JobSummaryInput, maxBytes = JOB_SUMMARY_MAX_BYTES): string {
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
  if (input.diagnostics.length === 0) return `${head.join("\n")}\n`;

  head.push(...DIAGNOSTIC_TABLE_HEAD);
  let text = `${head.join("\n")}\n`;
  let bytes = utf8Length(text);
  // The footer must always fit, so reserve room for the longest one before adding rows.
  const reserve = utf8Length(omitted(input.diagnostics.length));
  let shown = 0;
  for (const d of input.diagnostics) {
    const row = `${diagnosticTableRow(d)}\n`;
    const rowBytes = utf8Length(row);
    if (bytes + rowBytes + reserve > maxBytes) break;
    text += row;
    bytes += rowBytes;
    shown++;
  }
  const left = input.diagnostics.length - shown;
  return left > 0 ? text + omitted(left) : text;
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

function omitted(n: number): string {
  return `\n_${n} more not shown: the job summary is limited to 1 MiB. Run \`nexs-publish validate\` locally, or upload the SARIF file, to see every diagnostic._\n`;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
