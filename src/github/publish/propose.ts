import type { ChangeSet } from "../../core/publish/change-set.js";
import { proposalBody } from "../../core/publish/proposal-body.js";
import type { PublishEnvironment, PublishOptions, PullRequestResult } from "../../core/publish/types.js";
import type { GitHubClient } from "../client.js";
import { upsertPullRequest } from "../pull-request.js";

export interface Proposal {
  /** The base branch's name, asked for only when a pull request has to be created or looked up by branch. */
  baseName: () => Promise<string>;
  /** The owner of the head branch: the collection's, or the fork's. */
  headOwner: string;
  set: ChangeSet;
  /** The open submission's PR number, when the state records one: saves a lookup. */
  open: number | undefined;
}

/** The publish's propose step: find, create or update the one PR of the source, its body ending in the marker. */
export function proposeChanges(
  client: GitHubClient,
  options: PublishOptions,
  env: PublishEnvironment,
  proposal: Proposal,
): Promise<PullRequestResult> {
  return upsertPullRequest(client, {
    repo: options.collection,
    base: proposal.baseName,
    head: { owner: proposal.headOwner, branch: options.branch },
    title: options.title,
    body: proposalBody(options, proposal.set, env.now()),
    labels: options.labels,
    draft: options.draft,
    reopenClosed: options.reopenClosed,
    ...(proposal.open !== undefined && { knownNumber: proposal.open }),
    ...(env.log && { log: env.log }),
  });
}
