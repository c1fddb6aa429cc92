import type { Logger } from "../../core/common/logger.js";
import { formatRepoRef } from "../../core/names/repo-ref.js";
import { STATE_CODEC } from "../../core/state/state-codec.js";
import type { SubmissionStatus } from "../../core/state/status.js";
import { type PullRequestView, readPullRequest } from "../../core/tracking/read-pull-request.js";
import { attempt } from "../github-error.js";
import { fetchPullRequest } from "../read-pull-request.js";
import type { GitHubStateStore } from "../state-store.js";
import { type TrackContext, type TrackOutcome, trackPullRequest } from "./track-pull-request.js";

export interface ReconcileResult {
  /** Submissions moved to each status by this run. */
  transitions: Record<SubmissionStatus, number>;
  /** Pull requests looked at. */
  checked: number;
  /** Pull requests that could not be tracked (each logged): the next run tries again. */
  failed: number;
}

export interface ReconcileOptions {
  /** Also every pull request updated since then; without it, only the recorded open submissions. */
  since?: Date;
  runId: string;
  /** Only these state documents (the CLI's `status` and `pull`: one source's); every document when absent. */
  keys?: readonly string[];
}

/**
 * What webhooks would have done, for when they did not arrive (GitHub does not redeliver failed ones): every
 * submission the state documents record as open, and every pull request updated since `since`, each tracked
 * exactly as the App tracks a delivery. Oldest PR first, so two merges of one source leave the later one's base.
 */
export async function reconcile(
  context: TrackContext & { store: GitHubStateStore; log: Logger },
  options: ReconcileOptions,
): Promise<ReconcileResult> {
  const { client, collection } = context;
  const where = formatRepoRef(collection);
  const open = new Set<number>();
  for (const key of options.keys ?? (await context.store.list())) {
    const stored = await context.store.read(key);
    if (!stored) continue;
    for (const submission of Object.values(STATE_CODEC.parse(stored.text).submissions)) {
      if (submission.status === "pending" || submission.status === "draft") open.add(submission.number);
    }
  }
  const recent = options.since ? await recentPullRequests(context, options.since) : [];
  for (const pr of recent) open.delete(pr.number);
  const rest = await Promise.all([...open].map((number) => fetchPullRequest(client, collection, number)));
  const prs = [...recent, ...rest.filter((pr): pr is PullRequestView => pr !== undefined)].sort(
    (a, b) => a.number - b.number,
  );

  const transitions: Record<SubmissionStatus, number> = { pending: 0, draft: 0, merged: 0, rejected: 0 };
  let failed = 0;
  for (const pr of prs) {
    const outcome: TrackOutcome | undefined = await trackPullRequest(context, pr, options.runId).catch(
      (error: unknown) => {
        failed++;
        context.log.error(
          `${where}#${pr.number}: not tracked (${error instanceof Error ? error.message : String(error)})`,
        );
        return undefined;
      },
    );
    if (outcome?.kind === "tracked" && outcome.effect?.statusChanged) transitions[outcome.effect.to]++;
  }
  return { transitions, checked: prs.length, failed };
}

/** Pull requests updated since `since`, newest first until older ones begin (GitHub sorts by `updated_at`). */
async function recentPullRequests(context: TrackContext, since: Date): Promise<PullRequestView[]> {
  const { client, collection } = context;
  const where = formatRepoRef(collection);
  const found: PullRequestView[] = [];
  const pages = client.paginate.iterator(client.rest.pulls.list, {
    ...collection,
    state: "all",
    sort: "updated",
    direction: "desc",
    per_page: 100,
  });
  await attempt({ attempted: `list the pull requests of ${where}`, repository: where }, async () => {
    for await (const page of pages) {
      for (const raw of page.data) {
        const pr = readPullRequest(raw);
        if (!pr) continue;
        if (Date.parse(pr.updatedAt) < since.getTime()) return;
        found.push(pr);
      }
    }
  });
  return found;
}
