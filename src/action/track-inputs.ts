// The inputs of `command: track`, every one read and checked before any call to GitHub, whichever event runs it:
// a bad check-run input must not wait for the first pull_request event to be found.

import type { Env } from "../core/common/env.js";
import type { RepoRef } from "../core/names/repo-ref.js";
import { fillSourceTemplate } from "../core/names/source-template.js";
import { INPUTS, type InputSpec } from "./input-spec.js";
import { branchInput, InputError, readInput, runnerRepository, workspace } from "./inputs.js";

export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(["pull_request", "pull_request_target"]);
const RECONCILE_EVENTS: ReadonlySet<string> = new Set(["schedule", "workflow_dispatch"]);

export interface TrackInputs {
  event: string;
  token: string;
  /** The repository the workflow runs in: the collection. */
  collection: RepoRef;
  stateBranch: string;
  branchTemplate: string;
  signingKey: string | undefined;
  publisher: string | undefined;
  sinceMs: number;
  /** What the check run on a submission pull request needs. */
  check: {
    pathTemplate: string;
    stateBranch: string;
    strict: boolean;
    allowInstallHooks: boolean;
    maxFileSize: number;
    dryRun: boolean;
  };
}

export function readTrackInputs(env: Env): TrackInputs {
  const context = workspace(env);
  const read = <T>(spec: InputSpec<T>) => readInput(spec, context);
  const event = env["GITHUB_EVENT_NAME"] ?? "";
  if (!event) throw new InputError("GITHUB_EVENT_NAME is not set: run this Action in a GitHub Actions job");
  if (!PULL_REQUEST_EVENTS.has(event) && !RECONCILE_EVENTS.has(event)) {
    throw new InputError(
      `command "track" runs on pull_request, pull_request_target, schedule or workflow_dispatch, not on "${event}"`,
    );
  }
  const token = read(INPUTS.token);
  if (!token) throw new InputError('input "token" is empty: pass a token that may write the collection\'s contents');
  const collection = runnerRepository(env);
  const stateBranch = branchInput("state-branch", read(INPUTS["state-branch"]));
  const branchTemplate = read(INPUTS.branch);
  // A template that gives no branch name for a sample source would match no submission's head branch.
  branchInput("branch", fillSourceTemplate(branchTemplate, { owner: "owner", repo: "repo" }));
  return {
    event,
    token,
    collection,
    stateBranch,
    branchTemplate,
    signingKey: read(INPUTS["signing-key"]) || undefined,
    publisher: read(INPUTS.publisher) || undefined,
    sinceMs: read(INPUTS.since),
    check: {
      pathTemplate: read(INPUTS["path-template"]),
      stateBranch,
      strict: read(INPUTS.strict),
      allowInstallHooks: read(INPUTS["allow-install-hooks"]),
      maxFileSize: read(INPUTS["max-file-size"]),
      dryRun: read(INPUTS["dry-run"]),
    },
  };
}
