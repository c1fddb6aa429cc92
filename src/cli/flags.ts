// The flags plan, publish, status and pull share: the Action's publish inputs as command-line flags, with the
// Action's defaults (read from the core, never written again here), each checked before any work.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Env } from "../core/common/env.js";
import { errnoCode } from "../core/common/errno-code.js";
import { parsePositiveInteger } from "../core/common/positive-integer.js";
import { DEFAULT_PATH_TEMPLATE, pathTemplateProblem } from "../core/element/identity.js";
import { DEFAULT_MAX_FILE_SIZE } from "../core/element/source.js";
import { refNameProblem } from "../core/names/ref-name.js";
import {
  DEFAULT_BRANCH_TEMPLATE,
  DEFAULT_CONFLICT_STRATEGY,
  DEFAULT_ELEMENTS_PATH,
  DEFAULT_STATE_BRANCH,
} from "../core/publish/defaults.js";
import { EncryptionKeyError, parseEncryptionKey } from "../core/publish/private-sealer.js";
import { UsageError } from "./io.js";

export const COMMON_FLAGS = {
  source: { type: "string" },
  token: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export const ELEMENT_FLAGS = {
  path: { type: "string", default: DEFAULT_ELEMENTS_PATH },
  "path-template": { type: "string", default: DEFAULT_PATH_TEMPLATE },
  strict: { type: "boolean", default: false },
  "max-file-size": { type: "string", default: String(DEFAULT_MAX_FILE_SIZE) },
  "encryption-key": { type: "string" },
} as const;

export const STATE_FLAGS = {
  collection: { type: "string" },
  base: { type: "string" },
  "state-branch": { type: "string", default: DEFAULT_STATE_BRANCH },
} as const;

/** What tracking needs to trust a submission's marker. */
export const TRUST_FLAGS = {
  "signing-key": { type: "string" },
  publisher: { type: "string" },
  branch: { type: "string", default: DEFAULT_BRANCH_TEMPLATE },
} as const;

export const STRATEGY_FLAG = { "conflict-strategy": { type: "string", default: DEFAULT_CONFLICT_STRATEGY } } as const;

/** Help lines of the shared flags, defaults included. */
export const HELP = {
  source: "  --source <owner/repo>       the source repository (default: the origin remote of this Git repository)",
  token: "  --token <token>             GitHub token (default: GITHUB_TOKEN, else the one `nexs-publish login` kept)",
  path: `  --path <dir>                element files to publish (default: ${DEFAULT_ELEMENTS_PATH})`,
  pathTemplate: `  --path-template <template>  where elements go in the collection (default: ${DEFAULT_PATH_TEMPLATE})`,
  strict: "  --strict                    unknown data keys and unresolved references are errors",
  maxFileSize: `  --max-file-size <bytes>     refuse larger element files (default: ${DEFAULT_MAX_FILE_SIZE})`,
  encryptionKey: "  --encryption-key <key>      key for private elements (default: NEXS_ENCRYPTION_KEY)",
  base: "  --base <branch>             the collection's base branch (default: its default branch)",
  stateBranch: `  --state-branch <branch>     the collection's state branch (default: ${DEFAULT_STATE_BRANCH})`,
  signingKey: "  --signing-key <key>         the key markers are signed with (default: NEXS_SIGNING_KEY)",
  publisher: "  --publisher <login>         without a signing key: whose pull requests count (default: you)",
  branch: `  --branch <template>         the pull request's head branch (default: ${DEFAULT_BRANCH_TEMPLATE})`,
  json: "  --json                      print one JSON object instead of text",
  help: "  -h, --help                  show this help",
} as const;

export function requiredFlag(name: string, value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new UsageError(`--${name} is required: ${what}`);
  return value;
}

export function maxFileSizeFlag(text: string): number {
  const value = parsePositiveInteger(text);
  if (value === undefined)
    throw new UsageError(`--max-file-size must be a whole number of bytes greater than 0, not "${text}"`);
  return value;
}

export function choiceFlag<T extends string>(name: string, text: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice === text);
  if (found === undefined) throw new UsageError(`--${name} must be one of ${choices.join(", ")}, not "${text}"`);
  return found;
}

export function branchFlag(name: string, branch: string): string {
  const problem = refNameProblem(branch);
  if (problem) throw new UsageError(`--${name}: "${branch}" ${problem}`);
  return branch;
}

/** A template that cannot place any element is one usage error up front, not one finding per element. */
export function pathTemplateFlag(template: string): string {
  const problem = pathTemplateProblem(template);
  if (problem) throw new UsageError(`--path-template: ${problem}`);
  return template;
}

/** A secret from its flag or, better (a flag shows in the process list), its environment variable. */
export function secretFlag(value: string | undefined, env: Env, variable: string): string | undefined {
  return value || env[variable] || undefined;
}

export function encryptionKeyFlag(value: string | undefined, env: Env): string | undefined {
  const key = secretFlag(value, env, "NEXS_ENCRYPTION_KEY");
  if (key === undefined) return undefined;
  try {
    parseEncryptionKey(key);
  } catch (error) {
    if (error instanceof EncryptionKeyError) throw new UsageError(`--encryption-key: ${error.message}`);
    throw error;
  }
  return key;
}

/** Comma- or newline-separated, blanks dropped (as the Action's `labels`). */
export function listFlag(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** A path that does not exist is a usage problem (exit 2), not a finding about element files. */
export async function requireExisting(path: string, cwd: string, flag: string): Promise<void> {
  try {
    await stat(resolve(cwd, path));
  } catch (error) {
    const reason = errnoCode(error) === "ENOENT" ? "no such file or directory" : "cannot be read";
    throw new UsageError(`${flag} ${path}: ${reason}`);
  }
}

export function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );
}
