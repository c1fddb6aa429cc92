import type { Logger } from "../common/logger.js";
import type { ValidationReport } from "../element/report.js";
import type { RepoRef } from "../names/repo-ref.js";
import type { PlanOutcome } from "../sync/plan.js";
import type { ConflictStrategy, Resolution } from "../sync/resolve.js";

export interface PublishSource extends RepoRef {
  /** GitHub's numeric repository id (GITHUB_REPOSITORY_ID): the marker names the source by it. */
  id: number;
  /** The source commit the elements were read at (GITHUB_SHA). */
  commit: string;
}

export interface PublishOptions {
  source: PublishSource;
  /** Element files or directories, relative to `cwd`. */
  paths: string[];
  cwd: string;
  strict: boolean;
  maxFileSize: number;

  collection: RepoRef;
  /** The collection's base branch; its default branch when omitted (its name read only to create a PR). */
  base?: string;
  /** The head branch, placeholders already filled in. */
  branch: string;
  pathTemplate: string;
  conflictStrategy: ConflictStrategy;
  deleteMissing: boolean;
  dryRun: boolean;
  signingKey?: string;
  encryptionKey?: string;
  labels: readonly string[];
  draft: boolean;
  title: string;
  stateBranch: string;
  fork: boolean;
  reopenClosed: boolean;
  /** Recorded as the submission's last delivery (the workflow run), for tracing who wrote what. */
  runId?: string;
}

/** Time, waiting and randomness come from the caller (tests make them instant and deterministic). */
export interface PublishEnvironment {
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1): backoff jitter of the state-document retries. */
  random(): number;
  log?: Logger;
}

/** What happened to one element, or to one file of the collection for an element removed from the source. */
export interface PublishRow {
  id: string;
  path: string;
  outcome: PlanOutcome;
  /** How a conflict was settled by the strategy; absent for every other outcome. */
  resolution?: Resolution["action"];
  /** One sentence a person can act on. */
  reason: string;
  /** The pull request writes (or deletes) this file. */
  proposed: boolean;
  /** Left out and in need of a person: the step fails after publishing the rest. */
  blocking: boolean;
  private: boolean;
}

/** created: new; updated: changed; none: nothing was written (a commit, a pull request, a publish). */
export type PublishOperation = "created" | "updated" | "none";

/** The one pull request of a source, as GitHub last answered for it. */
export interface PullRequestResult {
  number: number;
  url: string;
  nodeId: string;
  /** As GitHub reports it; the commit writer's result is the fresher truth right after a push. */
  headSha: string;
  operation: PublishOperation;
  /** True when a closed PR was reopened. */
  reopened: boolean;
  /**
   * The PR's own `updated_at` from the latest response this call had (never the local clock): the ordering key
   * of its snapshots. Adding labels answers with labels only, so after that it can be a little older than
   * GitHub's value, which is the safe side: a later snapshot still wins.
   */
  updatedAt: string;
  createdAt: string;
  draft: boolean;
}

export interface PublishedPullRequest {
  number: number;
  url: string;
  nodeId: string;
  headSha: string;
  /** `owner:branch` in fork mode, else the branch. */
  branch: string;
}

export interface PublishPlanResult {
  kind: "planned";
  dryRun: boolean;
  /** created: a new PR; updated: the PR or its branch changed; none: nothing was written. */
  operation: PublishOperation;
  pullRequest?: PublishedPullRequest;
  /** `owner/repo#number` of the submission, when there is one. */
  submission?: string;
  counts: Record<PlanOutcome, number>;
  rows: PublishRow[];
  /** Rows that need a person (manual conflicts, id collisions). */
  blocking: number;
  /** The submission is recorded in the collection's state document by this run (false for dry runs, no-ops, and fork-mode tokens that may not write there). */
  recorded: boolean;
  validation: ValidationReport;
}

/** Validation found errors, or the elements cannot be placed: nothing was read from or written to GitHub. */
export interface PublishRefused {
  kind: "refused";
  validation: ValidationReport;
  /** Problems beyond the diagnostics (path template, private elements without a key), one sentence each. */
  problems: string[];
}

export type PublishResult = PublishPlanResult | PublishRefused;
