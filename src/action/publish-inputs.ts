// The inputs of `command: publish`, each checked before any call to GitHub. Secrets are masked first, so no
// later log line, error or debug output can show them.
import * as core from "@actions/core";
import { DEFAULT_PATH_TEMPLATE } from "../core/element/identity.js";
import { DEFAULT_MAX_FILE_SIZE } from "../core/element/source.js";
import { CONFLICT_STRATEGIES } from "../core/sync/resolve.js";
import { EncryptionKeyError, parseEncryptionKey } from "../core/publish/private-sealer.js";
import type { PublishOptions } from "../core/publish/types.js";
import { parseRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import { DEFAULT_STATE_BRANCH } from "../github/state-store.js";
import { booleanInput, choiceInput, InputError, positiveIntegerInput, stringInput, workspace, workspacePathInput } from "./inputs.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface PublishInputs {
  token: string;
  apiUrl: string | undefined;
  options: PublishOptions;
}

/** Registers the secret inputs with the runner's log masking; call before reading anything else. */
export function maskSecrets(): void {
  for (const name of ["token", "signing-key", "encryption-key"]) {
    const value = core.getInput(name);
    if (value) core.setSecret(value);
  }
}

export function readPublishInputs(env: Env): PublishInputs {
  maskSecrets();
  const root = workspace(env);
  const source = sourceOf(env);
  const token = core.getInput("token");
  if (!token) throw new InputError('input "token" is empty: pass a token that may write the collection, e.g. `token: ${{ steps.app-token.outputs.token }}`');
  const collection = repoInput("collection");
  const encryptionKey = core.getInput("encryption-key") || undefined;
  if (encryptionKey) {
    try {
      parseEncryptionKey(encryptionKey);
    } catch (error) {
      if (error instanceof EncryptionKeyError) throw new InputError(`input "encryption-key": ${error.message}`);
      throw error;
    }
  }
  const fill = (template: string) => template.replaceAll("{owner}", source.owner).replaceAll("{repo}", source.repo);
  const branch = fill(stringInput("branch", "nexs/{owner}/{repo}"));
  const branchProblem = refNameProblem(branch);
  if (branchProblem) throw new InputError(`input "branch": "${branch}" ${branchProblem}`);
  const stateBranch = stringInput("state-branch", DEFAULT_STATE_BRANCH);
  const stateProblem = refNameProblem(stateBranch);
  if (stateProblem) throw new InputError(`input "state-branch": "${stateBranch}" ${stateProblem}`);
  const base = core.getInput("base") || undefined;
  if (base !== undefined && base === branch) throw new InputError(`input "branch" must differ from "base" (both are "${base}")`);
  const signingKey = core.getInput("signing-key") || undefined;

  return {
    token,
    apiUrl: env["GITHUB_API_URL"] || undefined,
    options: {
      source,
      paths: [workspacePathInput("path", "elements", root)],
      cwd: root,
      strict: booleanInput("strict", false),
      maxFileSize: positiveIntegerInput("max-file-size", DEFAULT_MAX_FILE_SIZE),
      collection,
      ...(base !== undefined && { base }),
      branch,
      pathTemplate: stringInput("path-template", DEFAULT_PATH_TEMPLATE),
      conflictStrategy: choiceInput("conflict-strategy", CONFLICT_STRATEGIES, "manual"),
      deleteMissing: booleanInput("delete-missing", false),
      dryRun: booleanInput("dry-run", false),
      ...(signingKey !== undefined && { signingKey }),
      ...(encryptionKey !== undefined && { encryptionKey }),
      labels: listInput("labels"),
      draft: booleanInput("draft", false),
      title: fill(stringInput("title", "nexs-publish: elements from {owner}/{repo}")),
      stateBranch,
      fork: booleanInput("fork", false),
      reopenClosed: booleanInput("reopen-closed", false),
      ...(env["GITHUB_RUN_ID"] && { runId: `run ${env["GITHUB_RUN_ID"]}/${env["GITHUB_RUN_ATTEMPT"] ?? "1"}` }),
    },
  };
}

function repoInput(name: string): RepoRef {
  const text = core.getInput(name);
  if (!text) throw new InputError(`input "${name}" is required: the collection repository as owner/repo`);
  try {
    return parseRepoRef(text, `input "${name}"`);
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}

/** Comma- or newline-separated, blanks dropped. */
function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** The source repository as the runner describes it. */
function sourceOf(env: Env): PublishOptions["source"] {
  const name = env["GITHUB_REPOSITORY"] ?? "";
  let repo: RepoRef;
  try {
    repo = parseRepoRef(name, "GITHUB_REPOSITORY");
  } catch {
    throw new InputError(`GITHUB_REPOSITORY is "${name}", not owner/repo: run this Action in a GitHub Actions job`);
  }
  const id = Number(env["GITHUB_REPOSITORY_ID"] ?? "");
  if (!Number.isSafeInteger(id) || id < 1) throw new InputError("GITHUB_REPOSITORY_ID is not set: run this Action in a GitHub Actions job");
  const commit = env["GITHUB_SHA"] ?? "";
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new InputError("GITHUB_SHA is not a commit SHA: run this Action in a GitHub Actions job");
  return { ...repo, id, commit };
}

/** Why git would refuse `name` as a branch name (git check-ref-format, the parts that matter here). */
export function refNameProblem(name: string): string | undefined {
  if (name === "" || name.startsWith("/") || name.endsWith("/") || name.includes("//")) return "is not a branch name (empty part)";
  if (name.includes("..") || name.includes("@{") || /[\u0000-\u0020~^:?*[\\\u007f]/.test(name)) return "contains characters git refuses in a branch name";
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"))) return "has a part starting with '.' or ending in '.lock'";
  if (name.endsWith(".")) return "ends with '.'";
  return undefined;
}
