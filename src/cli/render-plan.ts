// The plan as text (one line per element, the ones that need a person first) and as JSON, for `plan` and
// `publish`; and a refused publish as the validator's findings.
import { countOf } from "../core/common/plural.js";
import type { ValidationReport } from "../core/element/report.js";
import { countsText } from "../core/publish/counts-text.js";
import type { PublishRefused, PublishRow } from "../core/publish/types.js";
import { displayPath } from "../core/report/display-path.js";
import { formatHuman } from "../core/report/human.js";
import type { PlanOutcome } from "../core/sync/plan.js";
import { wantsColor } from "./color.js";
import { type CliIo, EXIT_INVALID } from "./io.js";
import { printable } from "./terminal-text.js";

const COLOURS: Partial<Record<PlanOutcome, string>> = {
  add: "32",
  update: "32",
  delete: "32",
  "remote-changed": "33",
  conflict: "31",
  "id-collision": "31",
};

/** Blocking rows first, then what is proposed, then the rest, each group in plan order. */
function ordered(rows: readonly PublishRow[]): PublishRow[] {
  const rank = (row: PublishRow) => (row.blocking ? 0 : row.proposed ? 1 : row.outcome === "unchanged" ? 3 : 2);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
    .map((x) => x.row);
}

export function formatRows(rows: readonly PublishRow[], color: boolean): string {
  const width = Math.max(0, ...rows.map((row) => outcomeText(row).length));
  return ordered(rows)
    .map((row) => {
      const text = outcomeText(row).padEnd(width);
      const code = COLOURS[row.outcome];
      const outcome = color && code ? `\u001b[${code}m${text}\u001b[0m` : text;
      return `${outcome}  ${printable(row.id)}  ${printable(row.path)}: ${printable(row.reason)}\n`;
    })
    .join("");
}

function outcomeText(row: PublishRow): string {
  return row.resolution ? `${row.outcome} → ${row.resolution}` : row.outcome;
}

export function planHeadline(counts: Readonly<Record<PlanOutcome, number>>, blocking: number, dryRun: boolean): string {
  const people = blocking > 0 ? `; ${countOf(blocking, "element needs", "elements need")} a person` : "";
  return `${dryRun ? "Dry run: " : ""}${countsText(counts)}${people}.\n`;
}

export function rowJson(row: PublishRow): Record<string, unknown> {
  return {
    id: row.id,
    path: row.path,
    outcome: row.outcome,
    ...(row.resolution && { resolution: row.resolution }),
    reason: row.reason,
    proposed: row.proposed,
    blocking: row.blocking,
    private: row.private,
  };
}

/** Validation found errors, or the elements cannot be placed: the findings and problems, nothing published. */
export function formatRefused(
  validation: ValidationReport,
  problems: readonly string[],
  cwd: string,
  color: boolean,
): string {
  const diagnostics = validation.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, cwd) }));
  const findings = diagnostics.length > 0 ? formatHuman(validation.files, diagnostics, { color }) : "";
  return `${findings}${problems.map((p) => `${printable(p)}\n`).join("")}`;
}

export function refusedJson(validation: ValidationReport, problems: readonly string[], cwd: string): string {
  const diagnostics = validation.diagnostics.map((d) => ({
    file: displayPath(d.file, cwd),
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
  return `${JSON.stringify({ kind: "refused", problems, diagnostics })}\n`;
}

/** Prints why nothing was done (the findings, or one JSON object) and returns exit status 1. */
export function reportRefused(refused: PublishRefused, io: CliIo, json: boolean, outcome: string): number {
  const { validation, problems } = refused;
  if (json) io.stdout.write(refusedJson(validation, problems, io.cwd));
  else io.stdout.write(formatRefused(validation, problems, io.cwd, wantsColor(io.stdout.isTTY, io.env)));
  io.stderr.write(`nexs-publish: ${outcome} (see above)\n`);
  return EXIT_INVALID;
}
