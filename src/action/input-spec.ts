// Every input and output of the Action, once: name, default, parser, and the commands that read it. The Action
// reads its inputs only through this record, and a test compares it with action.yml both ways (names, defaults,
// descriptions), so the two cannot drift.

import { DEFAULT_PATH_TEMPLATE } from "../core/element/identity.js";
import { DEFAULT_MAX_FILE_SIZE } from "../core/element/source.js";
import {
  DEFAULT_BRANCH_TEMPLATE,
  DEFAULT_CONFLICT_STRATEGY,
  DEFAULT_ELEMENTS_PATH,
  DEFAULT_STATE_BRANCH,
  DEFAULT_TITLE_TEMPLATE,
} from "../core/publish/defaults.js";
import { CONFLICT_STRATEGIES } from "../core/sync/resolve.js";
import {
  type InputContext,
  parseBoolean,
  parseChoice,
  parseDuration,
  parseList,
  parseOutputFile,
  parsePathTemplate,
  parsePositive,
  parseText,
  parseWorkers,
  parseWorkspacePath,
} from "./input-parsers.js";

export const COMMAND_NAMES = ["validate", "publish", "track"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface InputSpec<T> {
  name: string;
  /** As action.yml writes it; a `${{ … }}` default is the runner's to fill, read as empty when absent. */
  default: string;
  commands: readonly CommandName[];
  parse(text: string, name: string, context: InputContext): T;
  /** Masked in the log before anything else is read. */
  secret?: boolean;
}

export function input<T>(
  name: string,
  defaultText: string,
  commands: readonly CommandName[],
  parse: InputSpec<T>["parse"],
  secret = false,
): InputSpec<T> {
  return { name, default: defaultText, commands, parse, ...(secret && { secret }) };
}

const ELEMENTS: readonly CommandName[] = ["validate", "publish"];
const PUBLISH: readonly CommandName[] = ["publish"];

export const INPUTS = {
  command: input("command", "validate", COMMAND_NAMES, parseChoice(COMMAND_NAMES)),
  path: input("path", DEFAULT_ELEMENTS_PATH, ELEMENTS, parseWorkspacePath),
  strict: input("strict", "false", COMMAND_NAMES, parseBoolean),
  "max-file-size": input("max-file-size", String(DEFAULT_MAX_FILE_SIZE), COMMAND_NAMES, parsePositive),
  "sarif-file": input("sarif-file", "", ["validate"], parseOutputFile),
  "allow-install-hooks": input("allow-install-hooks", "false", ["validate", "track"], parseBoolean),
  workers: input("workers", "", ["validate"], parseWorkers),
  collection: input("collection", "", PUBLISH, parseText),
  token: input("token", "${{ github.token }}", ["publish", "track"], parseText, true),
  base: input("base", "", PUBLISH, parseText),
  branch: input("branch", DEFAULT_BRANCH_TEMPLATE, ["publish", "track"], parseText),
  "path-template": input("path-template", DEFAULT_PATH_TEMPLATE, ["publish", "track"], parsePathTemplate),
  "conflict-strategy": input("conflict-strategy", DEFAULT_CONFLICT_STRATEGY, PUBLISH, parseChoice(CONFLICT_STRATEGIES)),
  "delete-missing": input("delete-missing", "false", PUBLISH, parseBoolean),
  "dry-run": input("dry-run", "false", ["publish", "track"], parseBoolean),
  "signing-key": input("signing-key", "", ["publish", "track"], parseText, true),
  "encryption-key": input("encryption-key", "", PUBLISH, parseText, true),
  labels: input("labels", "", PUBLISH, parseList),
  draft: input("draft", "false", PUBLISH, parseBoolean),
  title: input("title", DEFAULT_TITLE_TEMPLATE, PUBLISH, parseText),
  "state-branch": input("state-branch", DEFAULT_STATE_BRANCH, ["publish", "track"], parseText),
  fork: input("fork", "false", PUBLISH, parseBoolean),
  "reopen-closed": input("reopen-closed", "false", PUBLISH, parseBoolean),
  since: input("since", "7d", ["track"], parseDuration),
  publisher: input("publisher", "", ["track"], parseText),
} as const;

export const OUTPUTS = {
  valid: ELEMENTS,
  files: ELEMENTS,
  errors: ELEMENTS,
  warnings: ELEMENTS,
  "pull-request-number": PUBLISH,
  "pull-request-url": PUBLISH,
  "pull-request-operation": PUBLISH,
  "pull-request-head-sha": PUBLISH,
  "pull-request-branch": PUBLISH,
  submission: PUBLISH,
  plan: PUBLISH,
  transitions: ["track"],
  checked: ["track"],
} as const satisfies Record<string, readonly CommandName[]>;

export type OutputName = keyof typeof OUTPUTS;
