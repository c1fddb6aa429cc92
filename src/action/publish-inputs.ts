// The inputs of `command: publish`, each checked before any call to GitHub. Secrets are masked first, so no
// later log line, error or debug output can show them.

import type { Env } from "../core/common/env.js";
import { parseRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import { fillSourceTemplate } from "../core/names/source-template.js";
import { branchRolesProblem } from "../core/publish/branch-roles.js";
import { EncryptionKeyError, parseEncryptionKey } from "../core/publish/private-sealer.js";
import type { PublishOptions } from "../core/publish/types.js";
import { INPUTS, type InputSpec } from "./input-spec.js";
import { branchInput, InputError, maskSecrets, readInput, runnerRepository, workspace } from "./inputs.js";

export interface PublishInputs {
  token: string;
  apiUrl: string | undefined;
  options: PublishOptions;
}

export function readPublishInputs(env: Env): PublishInputs {
  maskSecrets(Object.values(INPUTS));
  const context = workspace(env);
  const read = <T>(spec: InputSpec<T>) => readInput(spec, context);
  const source = sourceOf(env);
  const token = read(INPUTS.token);
  if (!token) {
    throw new InputError(
      'input "token" is empty: pass a token that may write the collection, e.g. `token: ${{ steps.app-token.outputs.token }}`',
    );
  }
  const collection = repoInput(read(INPUTS.collection));
  const encryptionKey = read(INPUTS["encryption-key"]) || undefined;
  if (encryptionKey) checkEncryptionKey(encryptionKey);
  const branch = branchInput("branch", fillSourceTemplate(read(INPUTS.branch), source));
  const stateBranch = branchInput("state-branch", read(INPUTS["state-branch"]));
  const baseText = read(INPUTS.base);
  const base = baseText === "" ? undefined : branchInput("base", baseText);
  const clash = branchRolesProblem({ branch, stateBranch, base }, (role) => `input "${ACTION_NAMES[role]}"`);
  if (clash) throw new InputError(clash);
  const signingKey = read(INPUTS["signing-key"]) || undefined;

  return {
    token,
    apiUrl: env["GITHUB_API_URL"] || undefined,
    options: {
      source,
      paths: [read(INPUTS.path)],
      cwd: context.workspace,
      strict: read(INPUTS.strict),
      maxFileSize: read(INPUTS["max-file-size"]),
      collection,
      ...(base !== undefined && { base }),
      branch,
      pathTemplate: read(INPUTS["path-template"]),
      conflictStrategy: read(INPUTS["conflict-strategy"]),
      deleteMissing: read(INPUTS["delete-missing"]),
      dryRun: read(INPUTS["dry-run"]),
      ...(signingKey !== undefined && { signingKey }),
      ...(encryptionKey !== undefined && { encryptionKey }),
      labels: read(INPUTS.labels),
      draft: read(INPUTS.draft),
      title: fillSourceTemplate(read(INPUTS.title), source),
      stateBranch,
      fork: read(INPUTS.fork),
      reopenClosed: read(INPUTS["reopen-closed"]),
      ...(env["GITHUB_RUN_ID"] && { runId: `run ${env["GITHUB_RUN_ID"]}/${env["GITHUB_RUN_ATTEMPT"] ?? "1"}` }),
    },
  };
}

function checkEncryptionKey(text: string): void {
  try {
    parseEncryptionKey(text);
  } catch (error) {
    if (error instanceof EncryptionKeyError) throw new InputError(`input "encryption-key": ${error.message}`);
    throw error;
  }
}

const ACTION_NAMES = { branch: "branch", stateBranch: "state-branch", base: "base" } as const;

function repoInput(text: string): RepoRef {
  if (!text) throw new InputError('input "collection" is required: the collection repository as owner/repo');
  try {
    return parseRepoRef(text, 'input "collection"');
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}

/** The source repository as the runner describes it. */
function sourceOf(env: Env): PublishOptions["source"] {
  const repo = runnerRepository(env);
  const id = Number(env["GITHUB_REPOSITORY_ID"] ?? "");
  if (!Number.isSafeInteger(id) || id < 1)
    throw new InputError("GITHUB_REPOSITORY_ID is not set: run this Action in a GitHub Actions job");
  const commit = env["GITHUB_SHA"] ?? "";
  if (!/^[0-9a-f]{40}$/.test(commit))
    throw new InputError("GITHUB_SHA is not a commit SHA: run this Action in a GitHub Actions job");
  return { ...repo, id, commit };
}
