// The import report a person reads: per file what it was, where it went, what was mapped, what was kept aside,
// what still needs a person and what validate still finds; then a tally. Every text from the files is shown on one
// line with control characters escaped (it could otherwise forge output lines).
import { countOf } from "../common/plural.js";
import { oneLine } from "../report/human.js";
import type { WriteOutcome } from "./apply-import.js";
import type { FieldMove } from "./conversion.js";
import type { ImportedFile } from "./plan-import.js";

export interface ImportReportOptions {
  dryRun: boolean;
  /** How a written path is shown (relative to the working directory). */
  show: (path: string) => string;
  /** Element files given that could not be read at all (unreadable, links...): each a file of the tally, failed. */
  unread: number;
}

export interface ImportTally {
  converted: number;
  written: number;
  leftAlone: number;
  unread: number;
  needPerson: number;
  failed: boolean;
}

export function importTally(
  plan: readonly ImportedFile[],
  outcomes: readonly WriteOutcome[],
  unread: number,
): ImportTally {
  let converted = 0;
  let written = 0;
  let leftAlone = 0;
  let needPerson = 0;
  let failed = unread > 0;
  plan.forEach((entry, i) => {
    const outcome = outcomes[i];
    if (entry.outcome !== "converted") {
      leftAlone++;
      if (entry.outcome !== "element") failed = true;
      return;
    }
    converted++;
    if (outcome?.action === "created" || outcome?.action === "updated") written++;
    if (outcome?.action === "not-stored") failed = true;
    if (entry.needsPerson.length > 0 || remaining(entry).some((d) => d.severity === "error")) {
      needPerson++;
      failed = true;
    }
  });
  return { converted, written, leftAlone, unread, needPerson, failed };
}

export function formatImportReport(
  plan: readonly ImportedFile[],
  outcomes: readonly WriteOutcome[],
  options: ImportReportOptions,
): string {
  const lines: string[] = [];
  plan.forEach((entry, i) => {
    lines.push(...fileLines(entry, outcomes[i] ?? { action: "left-alone" }, options));
  });
  const t = importTally(plan, outcomes, options.unread);
  const verb = options.dryRun ? "would be written" : "written";
  // The parts add up to the files: converted + left alone + not read.
  const unreadText = t.unread > 0 ? `, ${t.unread} not read` : "";
  const tally =
    `${countOf(plan.length + t.unread, "file")}: ${t.converted} converted (${t.written} ${verb}), ` +
    `${t.leftAlone} left alone${unreadText}; ` +
    `${countOf(t.needPerson, "file needs", "files need")} a person`;
  lines.push(`${t.failed ? "✖" : "✔"} ${tally}${options.dryRun ? " (dry run: nothing was written)" : ""}`);
  return `${lines.join("\n")}\n`;
}

function fileLines(entry: ImportedFile, outcome: WriteOutcome, options: ImportReportOptions): string[] {
  const file = oneLine(entry.file);
  switch (entry.outcome) {
    case "element":
      return [`${file}: already an element file; left alone`];
    case "neither":
      return [`${file}: neither a NEXS MCP server file nor a flat sample (nor an element file); left alone`];
    case "unreadable": {
      const first = entry.diagnostics[0];
      const why = first ? `${first.code} at ${first.line}:${first.column}: ${oneLine(first.message)}` : "unreadable";
      return [`${file}: not readable YAML (${why}); left alone`];
    }
    case "converted":
      break;
  }
  const shape = entry.shape === "nexs-server" ? "NEXS MCP server file" : "flat sample";
  const lines = [`${file}: ${shape}${entry.type ? ` (${entry.type})` : ""} → ${where(outcome, options)}`];
  const list = (label: string, moves: readonly FieldMove[]) => {
    // Keys that only moved under metadata, keeping their name, are one entry: the others are worth reading.
    const same = moves.filter((m) => m.to === `metadata.${m.from}`).map((m) => m.from);
    const texts = moves.filter((m) => m.to !== `metadata.${m.from}`).map((m) => `${m.from} → ${m.to}`);
    if (same.length > 0) texts.unshift(`${same.join(", ")} → metadata (same names)`);
    if (texts.length > 0) lines.push(`  ${label}: ${texts.map(oneLine).join("; ")}`);
  };
  if (entry.renamed) lines.push(`  id renamed: ${oneLine(entry.renamed.from)} → ${oneLine(entry.renamed.to)}`);
  list("mapped", entry.notes.mapped);
  list("kept aside", entry.notes.keptAside);
  for (const note of entry.notes.notes) lines.push(`  note: ${oneLine(note)}`);
  if (entry.needsPerson.length > 0) lines.push(`  needs a person: ${entry.needsPerson.map(oneLine).join(", ")}`);
  for (const d of remaining(entry))
    lines.push(`  ${d.severity} ${d.code} at ${d.line}:${d.column} of the converted file: ${oneLine(d.message)}`);
  if (entry.needsPerson.length === 0 && !remaining(entry).some((d) => d.severity === "error"))
    lines.push("  passes validate");
  return lines;
}

/** What validate finds in the converted file besides the missing fields already listed. */
function remaining(entry: ImportedFile) {
  return entry.diagnostics.filter((d) => d.code !== "schema/required");
}

function where(outcome: WriteOutcome, options: ImportReportOptions): string {
  const would = options.dryRun ? "would be " : "";
  switch (outcome.action) {
    case "created":
      return `${oneLine(options.show(outcome.path))} (${would}created)`;
    case "updated":
      return `${oneLine(options.show(outcome.path))} (${would}rewritten)`;
    case "unchanged":
      return `${oneLine(options.show(outcome.path))} (unchanged)`;
    case "not-stored":
      return `not written: ${oneLine(outcome.reason)}; complete the source file and import it again`;
    case "left-alone":
      return "left alone";
  }
}
