import { escapeMarkdownCell } from "../core/report/markdown-escape.js";
import { appendMarker } from "../core/tracking/marker.js";
import type { PublishRow } from "./publish-types.js";

/** GitHub refuses a pull-request body longer than this many characters. */
export const PR_BODY_MAX_CHARS = 65_536;

export interface PullRequestBodyInput {
  source: string;
  /** Source commit SHA. */
  commit: string;
  rows: readonly PublishRow[];
  /** The complete marker (encodeMarker); it always ends the body. */
  marker: string;
}

const CHANGE: Record<string, string> = { add: "added", update: "updated", delete: "deleted", conflict: "conflict resolved" };

/**
 * The PR body: what the source proposes (a table, as many rows as fit), what was left out and why, and the
 * marker last. Element ids, paths and reasons are escaped: they come from the source repository.
 */
export function pullRequestBody(input: PullRequestBodyInput, maxChars = PR_BODY_MAX_CHARS): string {
  const proposed = input.rows.filter((row) => row.proposed);
  const left = input.rows.filter((row) => !row.proposed && (row.blocking || row.outcome === "remote-changed"));
  const head = [
    `Elements from \`${input.source}\` at ${input.commit.slice(0, 12)}, published by nexs-publish.`,
    "",
    `**${proposed.length} ${proposed.length === 1 ? "file" : "files"}** in this pull request.`,
    "",
    "| Element | Path | Change |",
    "| --- | --- | --- |",
  ];
  const tail: string[] = [];
  if (left.length > 0) {
    tail.push("", "<details><summary>Not included</summary>", "", "| Element | Path | Why |", "| --- | --- | --- |");
    for (const row of left.slice(0, 50)) tail.push(`| ${cell(row.id)} | ${cell(row.path)} | ${cell(row.reason)} |`);
    if (left.length > 50) tail.push(`| … | | ${left.length - 50} more |`);
    tail.push("", "</details>");
  }
  // Room for the table: whatever the header, the tail, the marker and a footer line leave.
  let room = maxChars - input.marker.length - lengthOf(head) - lengthOf(tail) - 200;
  const table: string[] = [];
  for (const [index, row] of proposed.entries()) {
    const line = `| ${cell(row.id)}${row.private ? " 🔒" : ""} | ${cell(row.path)} | ${CHANGE[row.outcome] ?? row.outcome} |`;
    if (line.length + 1 > room) {
      table.push(`| … | | ${proposed.length - index} more (see the files tab) |`);
      break;
    }
    table.push(line);
    room -= line.length + 1;
  }
  return appendMarker([...head, ...table, ...tail].join("\n"), input.marker);
}

function cell(text: string): string {
  return escapeMarkdownCell(text, 300);
}

function lengthOf(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}
