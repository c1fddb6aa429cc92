import { countOf } from "../../core/common/plural.js";
import { fillSourceTemplate } from "../../core/names/source-template.js";
import { branchRolesProblem } from "../../core/publish/branch-roles.js";
import { DEFAULT_BRANCH_TEMPLATE, DEFAULT_TITLE_TEMPLATE } from "../../core/publish/defaults.js";
import type { PublishOptions, PublishPlanResult } from "../../core/publish/types.js";
import { CONFLICT_STRATEGIES } from "../../core/sync/resolve.js";
import { readRepositoryId } from "../../github/accounts.js";
import { publish } from "../../github/publish/publish.js";
import { parseArgsOrExplain } from "../args.js";
import { wantsColor } from "../color.js";
import {
  branchFlag,
  COMMON_FLAGS,
  choiceFlag,
  ELEMENT_FLAGS,
  encryptionKeyFlag,
  HELP,
  listFlag,
  maxFileSizeFlag,
  pathTemplateFlag,
  requiredFlag,
  requireExisting,
  STATE_FLAGS,
  STRATEGY_FLAG,
  secretFlag,
} from "../flags.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, UsageError } from "../io.js";
import { startProgress } from "../progress.js";
import { formatRows, planHeadline, reportRefused, rowJson } from "../render-plan.js";
import { connect } from "../session.js";
import { repoFlag, resolveCommit, resolveSourceName } from "../source.js";
import { printable } from "../terminal-text.js";

export const summary = "Validate and propose the elements to the collection as one pull request (as the Action does)";

export const help = `Usage: nexs-publish publish --collection <owner/repo> [options]

Does what the Action's \`command: publish\` does: validates the element files, plans each one against the
collection, writes one commit on the source's branch, opens or updates its one pull request (the body ends with
the signed marker) and records the submission in the collection's state branch. Nothing new: nothing written.

Options:
  --collection <owner/repo>   the collection repository (required)
  --branch <template>         head branch; {owner}/{repo} are the source (default: ${DEFAULT_BRANCH_TEMPLATE})
  --title <template>          pull-request title (default: ${DEFAULT_TITLE_TEMPLATE})
  --conflict-strategy <name>  ${CONFLICT_STRATEGIES.join(", ")} (default: ${STRATEGY_FLAG["conflict-strategy"].default})
  --delete-missing            delete what was removed from the source (only files kept exactly as merged)
  --dry-run                   read and plan, write nothing
${HELP.signingKey}
${HELP.encryptionKey}
  --labels <a,b>              labels for the pull request
  --draft                     open the pull request as a draft
  --fork                      push to your fork of the collection and open the pull request from there
  --reopen-closed             reopen a closed, unmerged pull request of the branch instead of opening one
${HELP.path}
${HELP.pathTemplate}
${HELP.base}
${HELP.stateBranch}
${HELP.strict}
${HELP.maxFileSize}
${HELP.source}
  --commit <sha>              the source commit the marker names (default: HEAD of this Git repository)
${HELP.token}
${HELP.json}
${HELP.help}

Keys are better passed as NEXS_SIGNING_KEY and NEXS_ENCRYPTION_KEY: a flag shows in the process list.
Exit status: 0 published (or nothing to do), 1 validation errors or elements left for a person, 2 usage problem.
`;

const FLAGS = {
  ...COMMON_FLAGS,
  ...ELEMENT_FLAGS,
  ...STATE_FLAGS,
  ...STRATEGY_FLAG,
  commit: { type: "string" },
  branch: { type: "string", default: DEFAULT_BRANCH_TEMPLATE },
  title: { type: "string", default: DEFAULT_TITLE_TEMPLATE },
  "delete-missing": { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  "signing-key": { type: "string" },
  labels: { type: "string" },
  draft: { type: "boolean", default: false },
  fork: { type: "boolean", default: false },
  "reopen-closed": { type: "boolean", default: false },
} as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgsOrExplain({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const collection = repoFlag(
    "--collection",
    requiredFlag("collection", values.collection, "the owner/repo to publish to"),
  );
  const conflictStrategy = choiceFlag("conflict-strategy", values["conflict-strategy"], CONFLICT_STRATEGIES);
  const maxFileSize = maxFileSizeFlag(values["max-file-size"]);
  const pathTemplate = pathTemplateFlag(values["path-template"]);
  const encryptionKey = encryptionKeyFlag(values["encryption-key"], io.env);
  const signingKey = secretFlag(values["signing-key"], io.env, "NEXS_SIGNING_KEY");
  const stateBranch = branchFlag("state-branch", values["state-branch"]);
  await requireExisting(values.path, io.cwd, "--path");
  const name = await resolveSourceName(values.source, io.cwd, io.env);
  const branch = branchFlag("branch", fillSourceTemplate(values.branch, name));
  const base = values.base === undefined ? undefined : branchFlag("base", values.base);
  const flag = { branch: "--branch", stateBranch: "--state-branch", base: "--base" } as const;
  const clash = branchRolesProblem({ branch, stateBranch, base }, (role) => flag[role]);
  if (clash) throw new UsageError(clash);
  const commit = await resolveCommit(values.commit, io.cwd, io.env);

  const session = await connect(values, io);
  const source = { ...name, id: await readRepositoryId(session.client, name), commit };
  const options: PublishOptions = {
    source,
    paths: [values.path],
    cwd: io.cwd,
    strict: values.strict,
    maxFileSize,
    collection,
    ...(base !== undefined && { base }),
    branch,
    pathTemplate,
    conflictStrategy,
    deleteMissing: values["delete-missing"],
    dryRun: values["dry-run"],
    ...(signingKey !== undefined && { signingKey }),
    ...(encryptionKey !== undefined && { encryptionKey }),
    labels: listFlag(values.labels),
    draft: values.draft,
    title: fillSourceTemplate(values.title, name),
    stateBranch,
    fork: values.fork,
    reopenClosed: values["reopen-closed"],
  };
  const progress = startProgress(io.stderr, values["dry-run"] ? "planning" : "publishing");
  const result = await publish(session.client, options, session.env).finally(() => progress.stop());
  if (result.kind === "refused") return reportRefused(result, io, values.json, "nothing was published");
  io.stdout.write(values.json ? `${JSON.stringify(resultJson(result))}\n` : report(result, io));
  if (result.blocking === 0) return EXIT_OK;
  io.stderr.write(
    `nexs-publish: ${countOf(result.blocking, "element was", "elements were")} left out and need a person ` +
      "(conflicts or ids already in the collection)\n",
  );
  return EXIT_INVALID;
}

function report(result: PublishPlanResult, io: CliIo): string {
  const changed = result.rows.filter((row) => row.outcome !== "unchanged");
  const pr = result.pullRequest;
  const outcome = pr
    ? `Pull request #${pr.number} (${result.operation}): ${printable(pr.url)}\n`
    : "No pull request: nothing to propose.\n";
  return (
    formatRows(changed, wantsColor(io.stdout.isTTY, io.env)) +
    planHeadline(result.counts, result.blocking, result.dryRun) +
    (result.dryRun && !pr ? "" : outcome)
  );
}

function resultJson(result: PublishPlanResult): Record<string, unknown> {
  return {
    kind: result.kind,
    dryRun: result.dryRun,
    operation: result.operation,
    ...(result.pullRequest && { pullRequest: result.pullRequest }),
    ...(result.submission && { submission: result.submission }),
    counts: result.counts,
    rows: result.rows.map(rowJson),
    blocking: result.blocking,
    recorded: result.recorded,
  };
}
