import { setTimeout as sleep } from "node:timers/promises";
import { countOf } from "../../core/common/plural.js";
import { parsePositiveInteger } from "../../core/common/positive-integer.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { STATE_CODEC } from "../../core/state/state-codec.js";
import type { StateDocument, Submission } from "../../core/state/state-document.js";
import { computeStats } from "../../core/state/stats.js";
import { parseArgsOrExplain } from "../args.js";
import { branchFlag, COMMON_FLAGS, HELP, requiredFlag, STATE_FLAGS, secretFlag, TRUST_FLAGS } from "../flags.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, UsageError } from "../io.js";
import { type ReconciledSource, reconcileSource } from "../reconcile-source.js";
import { connect, type Session } from "../session.js";
import { repoFlag, resolveSourceName } from "../source.js";
import { age, printable } from "../terminal-text.js";

export const summary = "Track this source's submissions (records merges as the App would) and list them";

const INTERVAL = { default: 10, min: 2, max: 3600 } as const;

export const help = `Usage: nexs-publish status --collection <owner/repo> [options]

First reconciles this source's open submissions with their pull requests, as the Action's \`command: track\`
does (a merge is recorded and becomes the base, even where no App runs), then lists every submission:
number, status, elements, URL and age, and the totals.

Options:
  --collection <owner/repo>   the collection repository (required)
  --watch                     refresh until every submission is merged or rejected
  --interval <seconds>        between refreshes, ${INTERVAL.min} to ${INTERVAL.max} (default: ${INTERVAL.default})
${HELP.signingKey}
${HELP.publisher}
${HELP.branch}
${HELP.stateBranch}
${HELP.source}
${HELP.token}
${HELP.json}
${HELP.help}

Exit status: 0 listed, 1 a pull request could not be tracked, 2 usage problem.
`;

const FLAGS = {
  ...COMMON_FLAGS,
  ...TRUST_FLAGS,
  collection: STATE_FLAGS.collection,
  "state-branch": STATE_FLAGS["state-branch"],
  watch: { type: "boolean", default: false },
  interval: { type: "string", default: String(INTERVAL.default) },
} as const;

/** The wait between --watch refreshes; injected so a test counts refreshes instead of waiting them out. */
export type WatchWait = (ms: number) => Promise<void>;

export async function run(args: readonly string[], io: CliIo, wait: WatchWait = (ms) => sleep(ms)): Promise<number> {
  const { values } = parseArgsOrExplain({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const collection = repoFlag(
    "--collection",
    requiredFlag("collection", values.collection, "the owner/repo to look at"),
  );
  const seconds = parsePositiveInteger(values.interval);
  if (seconds === undefined || seconds < INTERVAL.min || seconds > INTERVAL.max)
    throw new UsageError(`--interval must be ${INTERVAL.min} to ${INTERVAL.max} seconds, not "${values.interval}"`);
  const options = {
    collection,
    source: await resolveSourceName(values.source, io.cwd, io.env),
    stateBranch: branchFlag("state-branch", values["state-branch"]),
    branchTemplate: values.branch,
    signingKey: secretFlag(values["signing-key"], io.env, "NEXS_SIGNING_KEY"),
    publisher: values.publisher,
    dryRun: false,
  };
  const session = await connect(values, io);
  let previous = "";
  for (;;) {
    const listing = await statusOnce(session, options);
    const text = values.json ? `${JSON.stringify(listing.json)}\n` : listing.text;
    // A terminal is redrawn; a pipe gets a listing only when a status moved, so a log stays short.
    if (io.stdout.isTTY && values.watch && !values.json) io.stdout.write(`\u001b[H\u001b[2J${text}`);
    else if (listing.key !== previous) io.stdout.write(text);
    previous = listing.key;
    if (!values.watch || listing.open === 0) return listing.failed > 0 ? EXIT_INVALID : EXIT_OK;
    await wait(seconds * 1000);
  }
}

interface Listing {
  text: string;
  /** What a refresh compares: the statuses and counts, not the ages. */
  key: string;
  json: Record<string, unknown>;
  open: number;
  failed: number;
}

async function statusOnce(
  session: Session,
  options: Parameters<typeof reconcileSource>[1] & { source: RepoRef },
): Promise<Listing> {
  const reconciled = await reconcileSource(session, options);
  const document = await readDocument(reconciled);
  const submissions = Object.values(document?.submissions ?? {}).sort((a, b) => a.number - b.number);
  const stats = computeStats(document?.submissions ?? {});
  const now = session.env.now();
  const { transitions, checked, failed } = reconciled.result;
  const json = {
    source: formatRepoRef(options.source),
    collection: formatRepoRef(options.collection),
    reconciled: { checked, failed, transitions },
    submissions: submissions.map((s) => submissionJson(s, now)),
    stats,
  };
  const open = stats.pending + stats.draft;
  const key = JSON.stringify([submissions.map((s) => [s.number, s.status, s.elements.length]), failed]);
  return { text: listingText(json.source, submissions, stats, now, failed), key, json, open, failed };
}

async function readDocument(reconciled: ReconciledSource): Promise<StateDocument | undefined> {
  const stored = await reconciled.store.read(reconciled.key);
  return stored ? STATE_CODEC.parse(stored.text) : undefined;
}

function submissionJson(submission: Submission, now: Date): Record<string, unknown> {
  const { number, status, url, elements, createdAt, updatedAt } = submission;
  const ageSeconds = Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / 1000));
  return { number, status, url, elements, createdAt, updatedAt, ageSeconds };
}

function listingText(
  source: string,
  submissions: readonly Submission[],
  stats: StateDocument["stats"],
  now: Date,
  failed: number,
): string {
  if (submissions.length === 0) return `No submissions from ${source} are recorded in the collection yet.\n`;
  const rows = submissions.map((s) => [
    `#${s.number}`,
    s.status,
    countOf(s.elements.length, "element"),
    printable(s.url),
    age(s.createdAt, now),
  ]);
  const widths = [0, 1, 2, 3].map((i) => rows.reduce((w, row) => Math.max(w, row[i]?.length ?? 0), 0));
  const lines = rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  const totals =
    `${countOf(stats.total, "submission")}: ${stats.pending} pending, ${stats.draft} draft, ` +
    `${stats.merged} merged, ${stats.rejected} rejected`;
  const trouble = failed > 0 ? `\n${countOf(failed, "pull request")} could not be tracked (see the warnings)` : "";
  return `${lines.join("\n")}\n${totals}${trouble}\n`;
}
