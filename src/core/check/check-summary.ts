// The check run's title and summary: the same verdict, type table and diagnostics table as the Action's job
// summary, plus the open submissions that change the same elements, bounded to what GitHub accepts.
import { countOf } from "../common/plural.js";
import { countBySeverity } from "../diagnostic/diagnostic.js";
import { ELEMENT_TYPES } from "../element/types.js";
import { DIAGNOSTIC_TABLE_HEAD, diagnosticTableRow } from "../report/job-summary.js";
import { escapeMarkdownCell } from "../report/markdown-escape.js";
import type { CheckOutcome } from "./check-conclusion.js";
import type { ElementCheckReport } from "./check-elements.js";
import { type CheckLimits, MAX_ANNOTATIONS, mebibytes, SUMMARY_MAX_CHARS, tooLargeReason } from "./check-limits.js";

export interface CheckOutput {
  title: string;
  summary: string;
}

export interface CheckSummaryInput {
  outcome: CheckOutcome;
  limits: CheckLimits;
  /** What the check could not take into account (an unreadable state document, say), one plain sentence each. */
  notes?: readonly string[];
}

const HEADING = "## nexs-publish check";
/** Ids named per open submission; more are counted. */
const LISTED_IDS = 10;
/** Shares of the summary the lists before the diagnostics table may take: the table keeps the rest. */
const OVERLAP_SHARE = 1 / 4;
const NOTES_SHARE = 1 / 16;

export function checkOutput(input: CheckSummaryInput, maxChars = SUMMARY_MAX_CHARS): CheckOutput {
  const { outcome } = input;
  const notes = notesSection(input.notes ?? [], Math.floor(maxChars * NOTES_SHARE));
  if (outcome.kind === "nothing-to-check") {
    return {
      title: "No element files changed",
      summary:
        `${HEADING}\n\nThis pull request changes no element file (\`.yaml\` or \`.yml\`): ` +
        `there is nothing to check.\n${notes}`,
    };
  }
  if (outcome.kind === "too-large") {
    const { maxElementFiles, maxElementBytes } = input.limits;
    return {
      title: "Too large to check",
      summary:
        `${HEADING}\n\n**Not checked**: this pull request is too large to check, ` +
        `because ${tooLargeReason(outcome.reason)}.\n\n` +
        `One check reads at most ${countOf(maxElementFiles, "element file")} ` +
        `and ${mebibytes(maxElementBytes)} of element files. ` +
        "Split the change into smaller pull requests, or run `nexs-publish validate` on the files locally.\n" +
        notes,
    };
  }
  return checkedOutput(outcome, notes, maxChars);
}

function checkedOutput(report: ElementCheckReport, notes: string, maxChars: number): CheckOutput {
  const { errors, warnings } = countBySeverity(report.diagnostics);
  const elementFiles = countOf(report.files, "element file");
  const files = report.manifest === undefined ? elementFiles : `${elementFiles} and ${report.manifest}`;
  const title =
    report.diagnostics.length === 0
      ? `${files}, no problems`
      : `${countOf(errors, "error")}, ${countOf(warnings, "warning")} in ${files}`;
  const head = [
    HEADING,
    "",
    `${errors > 0 ? "❌" : "✅"} **${files}**: ${countOf(errors, "error")}, ${countOf(warnings, "warning")}`,
    "",
    "| Element type | Files |",
    "| --- | ---: |",
    ...ELEMENT_TYPES.map((type) => `| ${type} | ${report.byType[type]} |`),
    "",
  ].join("\n");
  let text = `${head}\n${overlapSection(report.overlapping, Math.floor(maxChars * OVERLAP_SHARE))}${notes}`;
  if (report.diagnostics.length === 0) return { title, summary: text };

  const annotated = report.diagnostics.length > MAX_ANNOTATIONS ? annotationsNote(report.diagnostics.length) : "";
  text += `${annotated}\n${DIAGNOSTIC_TABLE_HEAD.join("\n")}\n`;
  // The footer must always fit, so room for the longest one is kept before rows are added.
  const reserve = omitted(report.diagnostics.length).length;
  let shown = 0;
  for (const d of report.diagnostics) {
    const row = `${diagnosticTableRow(d)}\n`;
    if (text.length + row.length + reserve > maxChars) break;
    text += row;
    shown++;
  }
  const left = report.diagnostics.length - shown;
  return { title, summary: left > 0 ? text + omitted(left) : text };
}

function overlapSection(overlapping: ElementCheckReport["overlapping"], budget: number): string {
  if (overlapping.length === 0) return "";
  const lines = overlapping.map(({ submission, ids }) => {
    const shown = ids.slice(0, LISTED_IDS).map((id) => escapeMarkdownCell(id, 128));
    const more = ids.length > LISTED_IDS ? ` and ${ids.length - LISTED_IDS} more` : "";
    const source = escapeMarkdownCell(submission.source, 200);
    return `- ${pullLink(submission.number, submission.url)} from ${source}: ${shown.join(", ")}${more}`;
  });
  return `**Other open submissions change the same elements:**\n\n${bounded(lines, budget)}\n`;
}

/** A link only for what looks like a pull request's page; the state branch is writable, so anything else is text. */
function pullLink(number: number, url: string): string {
  const safe = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~-]+)+\/pull\/\d+$/.test(url);
  return safe ? `[#${number}](${url})` : `#${number} (${escapeMarkdownCell(url, 300)})`;
}

function notesSection(notes: readonly string[], budget: number): string {
  if (notes.length === 0) return "";
  return `\n**Not taken into account:**\n\n${bounded(
    notes.map((note) => `- ${escapeMarkdownCell(note, 500)}`),
    budget,
  )}`;
}

/** As many lines as fit in `budget` characters, then one line counting the rest. */
function bounded(lines: readonly string[], budget: number): string {
  let text = "";
  let shown = 0;
  const reserve = `- and ${lines.length} more\n`.length;
  for (const line of lines) {
    if (text.length + line.length + 1 + reserve > budget) break;
    text += `${line}\n`;
    shown++;
  }
  return shown < lines.length ? `${text}- and ${lines.length - shown} more\n` : text;
}

function annotationsNote(total: number): string {
  return (
    `_The first ${MAX_ANNOTATIONS} of ${total} findings are annotated on the files; ` +
    "the table lists them all, as far as it fits._\n"
  );
}

function omitted(n: number): string {
  return (
    `\n_${n} more not shown: a check run's summary is limited to 65,535 characters. ` +
    "Run `nexs-publish validate` on the files locally to see every diagnostic._\n"
  );
}
