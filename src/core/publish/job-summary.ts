import { escapeMarkdownCell } from "../report/markdown-escape.js";
import type { PublishPlanResult } from "./types.js";

/** GitHub refuses a step summary over 1 MiB; leave room for anything else the step writes. */
const MAX_CHARS = 900_000;

/** The job summary of a publish: the verdict, counts per outcome, and every element with its reason. */
export function formatPublishSummary(result: PublishPlanResult): string {
  const pr = result.pullRequest;
  const verdict = result.dryRun
    ? "🔎 **Dry run**: nothing was written."
    : pr
      ? `${result.operation === "none" ? "✅ Up to date" : result.operation === "created" ? "🆕 Opened" : "🔄 Updated"}: [#${pr.number}](${pr.url}) from \`${escapeMarkdownCell(pr.branch)}\`.`
      : "✅ Nothing to publish: the collection already holds every element.";
  const lines = [
    "## nexs-publish publish",
    "",
    verdict,
    ...(result.blocking > 0
      ? [
          "",
          `❌ **${result.blocking}** ${result.blocking === 1 ? "element needs" : "elements need"} a person: see the reasons below.`,
        ]
      : []),
    "",
    "| Outcome | Elements |",
    "| --- | ---: |",
    ...Object.entries(result.counts).map(([outcome, n]) => `| ${outcome} | ${n} |`),
    "",
    "| Element | Path | Outcome | In the PR | Reason |",
    "| --- | --- | --- | --- | --- |",
  ];
  let text = `${lines.join("\n")}\n`;
  // Blocking rows first: they are what someone has to act on.
  const rows = [...result.rows].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  for (const [index, row] of rows.entries()) {
    const outcome = row.resolution ? `${row.outcome} → ${row.resolution}` : row.outcome;
    const line = `| ${escapeMarkdownCell(row.id)}${row.private ? " 🔒" : ""} | ${escapeMarkdownCell(row.path)} | ${outcome} | ${row.proposed ? "yes" : "no"} | ${escapeMarkdownCell(row.reason)} |\n`;
    if (text.length + line.length > MAX_CHARS) {
      text += `\n${rows.length - index} more elements are not listed.\n`;
      break;
    }
    text += line;
  }
  return text;
}
