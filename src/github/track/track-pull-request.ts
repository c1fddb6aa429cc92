import type { Logger } from "../../core/common/logger.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { stateKey } from "../../core/state/state-codec.js";
import type { StateDocument, SubmissionElement } from "../../core/state/state-document.js";
import { sameElements } from "../../core/state/submission-elements.js";
import type { MarkerPayload } from "../../core/tracking/marker.js";
import { elementsMatchDigest } from "../../core/tracking/marker-digest.js";
import type { PullRequestView } from "../../core/tracking/read-pull-request.js";
import {
  type TrackEffect,
  type TrackInput,
  type TrackObservation,
  trackChange,
} from "../../core/tracking/track-change.js";
import { type TrustPolicy, trustSubmission } from "../../core/tracking/trust-submission.js";
import type { GitHubClient } from "../client.js";
import { fetchPullRequest } from "../read-pull-request.js";
import { readMergeBlobs } from "./merge-blobs.js";
import { readPullRequestBlobs } from "./pull-request-files.js";
import { rebuildElements } from "./rebuild-elements.js";
import type { StateWriter } from "./state-writer.js";

export interface TrackContext {
  client: GitHubClient;
  collection: RepoRef;
  policy: TrustPolicy;
  writer: StateWriter;
  log: Logger;
}

export type TrackOutcome =
  | { kind: "ignored"; reason: string }
  | { kind: "tracked"; source: string; effect: TrackEffect | undefined; dryRun: boolean };

/**
 * One pull request, as the App sees it on a webhook and `track` on a schedule: the marker's trust decided, the
 * status derived from the PR itself and applied with the core rule, and after a merge the merged blobs recorded
 * as the source's base, all in one compare-and-swap write that is skipped when the record would not change.
 * Anything untrusted changes nothing and is logged once, with the delivery id.
 *
 * A snapshot the core cannot order against the record (the same `updated_at`, another status or head: a close
 * and a reopen in one second) is settled by GitHub: one `pulls.get`, and that pull request tracked in its place
 * as authoritative, since it shows the state after both events. If that read fails, the error fails the
 * delivery or run like any other, and the record is left as it was rather than guessed.
 */
export function trackPullRequest(context: TrackContext, pr: PullRequestView, delivery: string): Promise<TrackOutcome> {
  return track(context, pr, delivery, false);
}

/** `authoritative`: `pr` is GitHub's answer read just now, not a payload (only settleAmbiguous says so). */
async function track(
  context: TrackContext,
  pr: PullRequestView,
  delivery: string,
  authoritative: boolean,
): Promise<TrackOutcome> {
  const where = `${formatRepoRef(context.collection)}#${pr.number} (delivery ${delivery})`;
  const trust = trustSubmission(pr, context.policy);
  if (trust.trust !== "trusted") {
    // A PR without a marker is simply not a submission; anything else is worth one line.
    if (trust.reason !== "missing")
      context.log.warn(`${where}: marker not trusted (${trust.reason}): ${trust.detail}; nothing changed`);
    return { kind: "ignored", reason: trust.reason };
  }
  const payload = trust.payload;
  const [owner = "", repo = ""] = payload.source.name.split("/");
  const source = { owner, repo, id: payload.source.id };
  const key = stateKey(source);
  const document = await context.writer.read(key);
  const recorded = document?.submissions[String(pr.number)];

  const known = recorded && knownElements(recorded.elements, payload);
  const elements = known ? undefined : await markerElements(context, pr, payload, document);
  if (!known && !elements) {
    context.log.warn(`${where}: the marker's elements do not match what the pull request changes; nothing changed`);
    return { kind: "ignored", reason: "elements-mismatch" };
  }
  const merge =
    pr.merged && pr.mergeCommitSha
      ? {
          commit: pr.mergeCommitSha,
          blobs: await readMergeBlobs(context.client, context.collection, pr.mergeCommitSha),
        }
      : undefined;
  if (pr.merged && !merge) throw new Error(`${where}: merged, but GitHub gave no merge commit`);

  // What the attempt that was written found (the change may run once per compare-and-swap attempt).
  const written: { seen: TrackObservation } = { seen: { kind: "unchanged" } };
  const input: TrackInput = {
    source,
    pr,
    delivery,
    ...(elements && { elements }),
    ...(merge && { merge }),
    ...(authoritative && { authoritative: true }),
  };
  const change = trackChange(input, (observed) => {
    written.seen = observed;
  });
  const { dryRun } = await context.writer.apply(key, change, document, context.log);
  const { seen } = written;
  // An authoritative snapshot is never ambiguous, so this re-reads at most once.
  if (seen.kind === "ambiguous" && !authoritative) return settleAmbiguous(context, pr, delivery, where);
  const effect = seen.kind === "changed" ? seen.effect : undefined;
  if (effect) {
    const moved = effect.statusChanged ? `${effect.from ?? "new"} → ${effect.to}` : `still ${effect.to}`;
    context.log.info(
      `${where}: ${payload.source.name} submission ${moved}${effect.baseUpdated ? ", base updated" : ""}` +
        (dryRun ? " (dry run: not written)" : ""),
    );
  }
  return { kind: "tracked", source: payload.source.name, effect, dryRun };
}

/** The ambiguous snapshot's pull request read again, and tracked as GitHub holds it now. */
async function settleAmbiguous(
  context: TrackContext,
  pr: PullRequestView,
  delivery: string,
  where: string,
): Promise<TrackOutcome> {
  context.log.info(
    `${where}: the recorded submission has the same updated_at (${pr.updatedAt}) with another status or head; ` +
      "reading the pull request again to settle it",
  );
  const fresh = await fetchPullRequest(context.client, context.collection, pr.number);
  if (!fresh) throw new Error(`${where}: GitHub returned the pull request without the fields tracking needs`);
  return track(context, fresh, delivery, true);
}

/** The state already records exactly what the marker names: nothing to read. */
function knownElements(elements: readonly SubmissionElement[], payload: MarkerPayload): boolean {
  return payload.form === "list"
    ? sameElements(elements, payload.elements)
    : elementsMatchDigest(elements, payload.digest);
}

/**
 * The elements of a submission the state does not know yet, or knows with another list (fork mode, a publish
 * that failed before recording). A marker copied into another PR must not record anything, so the list has to be
 * what this PR changes: a listed marker's blobs are checked against the PR's files, a digest marker's list is rebuilt from
 * them and checked against the digest.
 */
async function markerElements(
  context: TrackContext,
  pr: PullRequestView,
  payload: MarkerPayload,
  document: StateDocument | undefined,
): Promise<SubmissionElement[] | undefined> {
  const changed = await readPullRequestBlobs(context.client, context.collection, pr.number);
  if (payload.form === "list") {
    return payload.elements.every((e) => changed.get(e.path) === e.blob) ? payload.elements : undefined;
  }
  const rebuilt = await rebuildElements(context.client, context.collection, changed, document);
  return rebuilt && elementsMatchDigest(rebuilt, payload.digest) ? rebuilt : undefined;
}
