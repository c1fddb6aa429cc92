// The `nexs-publish` check run of one pull request in the collection: list its element files, read them at the
// head commit, check them with the collection known, and write the verdict on the head commit.
import { toAnnotation } from "../../core/check/annotations.js";
import { type CheckConclusion, type CheckOutcome, checkConclusion } from "../../core/check/check-conclusion.js";
import { checkPullRequestElements } from "../../core/check/check-elements.js";
import { type CheckLimits, DEFAULT_CHECK_LIMITS, MAX_ANNOTATIONS } from "../../core/check/check-limits.js";
import { checkOutput } from "../../core/check/check-summary.js";
import { type Logger, SILENT_LOGGER } from "../../core/common/logger.js";
import { compareDiagnostics } from "../../core/diagnostic/diagnostic.js";
import type { RepoRef } from "../../core/names/repo-ref.js";
import type { GitHubClient } from "../client.js";
import { readCollectionFacts } from "./collection-facts.js";
import { listElementFiles } from "./list-element-files.js";
import { manifestFindings } from "./manifest-findings.js";
import { readPullRequestFiles } from "./read-pull-request-files.js";
import { writeCheckRun } from "./write-check-run.js";

export interface ElementCheckInput {
  collection: RepoRef;
  pullNumber: number;
  /** The commit the check run is put on, and whose files are checked. */
  headSha: string;
  /** The pull request's base branch: the collection the files would join. */
  baseRef: string;
  pathTemplate: string;
  stateBranch: string;
  strict: boolean;
  maxFileSize: number;
  /** A collection.yaml may declare command install hooks (each then a warning for review). Default false. */
  allowInstallHooks?: boolean;
  /** Log what would be written; write nothing. */
  dryRun: boolean;
  /** Default DEFAULT_CHECK_LIMITS (300 element files, 5 MiB). */
  limits?: Partial<CheckLimits>;
}

export interface ElementCheckResult {
  conclusion: CheckConclusion;
  outcome: CheckOutcome["kind"];
  /** Annotations written (or that a dry run would write). */
  annotations: number;
  /** The check run's id; undefined on a dry run. */
  checkRunId: number | undefined;
  requests: {
    /** Requests to the checks API. */
    checks: number;
    /** Element blobs downloaded. */
    blobs: number;
  };
}

export async function runElementCheck(
  client: GitHubClient,
  input: ElementCheckInput,
  env: { log?: Logger } = {},
): Promise<ElementCheckResult> {
  const log = env.log ?? SILENT_LOGGER;
  const limits: CheckLimits = { ...DEFAULT_CHECK_LIMITS, ...input.limits };
  const { outcome, notes, blobs } = await check(client, input, limits, log);
  const conclusion = checkConclusion(outcome);
  const output = checkOutput({ outcome, limits, notes });
  const annotations = outcome.kind === "checked" ? outcome.diagnostics.slice(0, MAX_ANNOTATIONS).map(toAnnotation) : [];
  const written = await writeCheckRun(client, { ...input, conclusion, output, annotations, dryRun: input.dryRun }, log);
  return {
    conclusion,
    outcome: outcome.kind,
    annotations: annotations.length,
    checkRunId: written.id,
    requests: { checks: written.requests, blobs },
  };
}

async function check(
  client: GitHubClient,
  input: ElementCheckInput,
  limits: CheckLimits,
  log: Logger,
): Promise<{ outcome: CheckOutcome; notes: string[]; blobs: number }> {
  const listed = await listElementFiles(client, input.collection, input.pullNumber, limits);
  if (listed.kind === "too-large") return { outcome: listed, notes: [], blobs: 0 };
  const manifest = listed.manifest;
  if (listed.paths.length === 0 && manifest === undefined)
    return { outcome: { kind: "nothing-to-check" }, notes: [], blobs: 0 };

  const [read, facts] = await Promise.all([
    readPullRequestFiles(client, input.collection, input.headSha, listed.paths, {
      limits,
      maxFileSize: input.maxFileSize,
    }),
    readCollectionFacts(client, input, log),
  ]);
  if (read.kind === "too-large") return { outcome: read, notes: [], blobs: 0 };
  if (read.elements.files.length + read.elements.refused.length === 0 && manifest === undefined)
    return { outcome: { kind: "nothing-to-check" }, notes: [], blobs: 0 };
  const manifestCheck = manifest
    ? await manifestFindings(client, {
        collection: input.collection,
        path: manifest,
        tree: read.tree,
        baseBlobs: facts.baseBlobs,
        read: read.elements.files,
        pathTemplate: input.pathTemplate,
        allowInstallHooks: input.allowInstallHooks ?? false,
        maxFileSize: input.maxFileSize,
      })
    : { diagnostics: [], blobs: 0 };
  // The pull request's own files are checked as its head holds them, not as the base branch does.
  const paths = new Set([...facts.basePaths].filter((path) => !listed.touched.has(path)));
  const report = checkPullRequestElements(
    read.elements,
    { pathTemplate: input.pathTemplate, paths, state: facts.state },
    { strict: input.strict, maxFileSize: input.maxFileSize },
  );
  // The manifest's findings sit with the elements' (on its own lines); it is not counted as an element file.
  const diagnostics = [...report.diagnostics, ...manifestCheck.diagnostics].sort(compareDiagnostics);
  return {
    outcome: { kind: "checked", ...report, diagnostics, ...(manifest !== undefined && { manifest }) },
    notes: facts.notes,
    blobs: read.blobsRead + manifestCheck.blobs,
  };
}
