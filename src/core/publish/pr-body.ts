import { escapeMarkdownCell } from "../report/markdown-escape.js";
import { appendMarker } from "../tracking/marker.js";
import type { PublishRow } from "./types.js";

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

const CHANGE: Record<string, string> = {
  add: "added",
  update: "updated",
  delete: "deleted",
  conflict: "conflict resolved",
};

/**
 * The PR body: what the source proposes (a table), what was left out and why, and the marker last. It always
 * fits `maxChars` with the marker: the left-out list gets at most half of the room the marker leaves, the table
 * the rest, and a list cut short ends with "…and N more". Element ids, paths and reasons are escaped: they come
 * from the source repository.
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
  // appendMarker joins the two as `${body}\n\n${marker}\n`; lengthOf counts a newline after every line.
  const room = maxChars - input.marker.length - 2 - lengthOf(head);
  if (room < 0)
    throw new Error(
      `a marker of ${input.marker.length} characters leaves no room for a pull-request body of at most ${maxChars}`,
    );

  let tail: string[] = [];
  if (left.length > 0) {
    const open = [
      "",
      "<details><summary>Not included</summary>",
      "",
      "| Element | Path | Why |",
      "| --- | --- | --- |",
    ];
    const close = ["", "</details>"];
    const rows = left.map((row) => `| ${cell(row.id)} | ${cell(row.path)} | ${cell(row.reason)} |`);
    const tailRoom = Math.floor(room / 2) - lengthOf(open) - lengthOf(close);
    if (tailRoom > 0)
      tail = [
        ...open,
        ...fitLines(rows, tailRoom, (n) => ["", `…and ${n} more left out (the job summary lists them all).`]),
        ...close,
      ];
  }
  const rows = proposed.map(
    (row) =>
      `| ${cell(row.id)}${row.private ? " 🔒" : ""} | ${cell(row.path)} | ${CHANGE[row.outcome] ?? row.outcome} |`,
  );
  const table = fitLines(rows, room - lengthOf(tail), (n) => [
    "",
    `…and ${n} more ${n === 1 ? "element" : "elements"} (see the Files changed tab).`,
  ]);
  return appendMarker([...head, ...table, ...tail].join("\n"), input.marker);
}

/**
 * As many lines as fit `room` (counting a newline after each); when some are left over, the lines `more(n)`
 * for the n left (after a blank line, so a markdown table ends before them) take the place kept for them.
 */
function fitLines(lines: readonly string[], room: number, more: (left: number) => string[]): string[] {
  if (lengthOf(lines) <= room) return [...lines];
  // Fewer left means no more digits, so the note for all of them bounds the note actually written.
  const reserve = lengthOf(more(lines.length));
  const out: string[] = [];
  let used = reserve;
  for (const line of lines) {
    if (used + line.length + 1 > room) break;
    out.push(line);
    used += line.length + 1;
  }
  return used > room ? [] : [...out, ...more(lines.length - out.length)];
}

function cell(text: string): string {
  return escapeMarkdownCell(text, 300);
}

function lengthOf(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}
