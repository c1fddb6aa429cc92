import { resolve } from "node:path";
import { blobShas } from "../../core/git/tree-hash.js";
import { formatRepoRef, parseRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { fillSourceTemplate } from "../../core/names/source-template.js";
import { DEFAULT_BRANCH_TEMPLATE } from "../../core/publish/defaults.js";
import { type PublishPlan, planPublish } from "../../core/publish/plan-publish.js";
import { prepareElements } from "../../core/publish/prepare-elements.js";
import { CONFLICT_STRATEGIES } from "../../core/sync/resolve.js";
import { blobReader, readCollection } from "../../github/publish/read-collection.js";
import { parseArgsOrExplain } from "../args.js";
import { wantsColor } from "../color.js";
import {
  branchFlag,
  COMMON_FLAGS,
  choiceFlag,
  ELEMENT_FLAGS,
  encryptionKeyFlag,
  HELP,
  isDirectory,
  maxFileSizeFlag,
  pathTemplateFlag,
  requiredFlag,
  requireExisting,
  STATE_FLAGS,
  STRATEGY_FLAG,
} from "../flags.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, UsageError } from "../io.js";
import { readLocalCollection, readLocalState } from "../local-collection.js";
import { formatRows, planHeadline, reportRefused, rowJson } from "../render-plan.js";
import { connect } from "../session.js";
import { resolveSourceName } from "../source.js";

export const summary = "Show what publish would do to each element, and why (GitHub or a local checkout)";

export const help = `Usage: nexs-publish plan --collection <owner/repo|dir> [options]

The three-way plan of every element against the collection: each element's outcome (add, update, unchanged,
remote-changed, conflict, delete, id-collision) and the reason. Nothing is written. With a directory (a
checkout of the collection) it runs offline: blobs are computed from its files and the source's state comes
from --state or from the checkout's state branch.

Options:
  --collection <owner/repo|dir>  the collection on GitHub, or a checkout of it (an existing directory)
  --state <file>              with a directory: the source's state document (default: the state branch)
  --conflict-strategy <name>  ${CONFLICT_STRATEGIES.join(", ")} (default: ${STRATEGY_FLAG["conflict-strategy"].default})
  --delete-missing            plan deleting what was removed from the source
${HELP.path}
${HELP.pathTemplate}
${HELP.base}
${HELP.stateBranch}
${HELP.encryptionKey}
${HELP.strict}
${HELP.maxFileSize}
${HELP.source}
${HELP.token}
${HELP.json}
${HELP.help}

Exit status: 0 publish would succeed, 1 validation errors or elements that need a person, 2 usage problem.
`;

const FLAGS = {
  ...COMMON_FLAGS,
  ...ELEMENT_FLAGS,
  ...STATE_FLAGS,
  ...STRATEGY_FLAG,
  state: { type: "string" },
  "delete-missing": { type: "boolean", default: false },
} as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgsOrExplain({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const target = requiredFlag("collection", values.collection, "the collection as owner/repo, or a checkout of it");
  const options = {
    paths: [values.path],
    cwd: io.cwd,
    strict: values.strict,
    maxFileSize: maxFileSizeFlag(values["max-file-size"]),
    pathTemplate: pathTemplateFlag(values["path-template"]),
    conflictStrategy: choiceFlag("conflict-strategy", values["conflict-strategy"], CONFLICT_STRATEGIES),
    deleteMissing: values["delete-missing"],
    stateBranch: branchFlag("state-branch", values["state-branch"]),
    ...(values.base !== undefined && { base: values.base }),
  };
  const encryptionKey = encryptionKeyFlag(values["encryption-key"], io.env);
  const directory = await localDirectory(target, io.cwd);
  if (values.state !== undefined && directory === undefined)
    throw new UsageError("--state is for a local checkout: --collection names a directory there");
  await requireExisting(values.path, io.cwd, "--path");
  const source = await resolveSourceName(values.source, io.cwd, io.env);

  const prepared = await prepareElements({ ...options, source, ...(encryptionKey !== undefined && { encryptionKey }) });
  if (prepared.kind === "refused") return reportRefused(prepared, io, values.json, "nothing would be published");
  let planned: PublishPlan;
  let where: string;
  if (directory !== undefined) {
    const collection = readLocalCollection(directory, io.env);
    const state = await readLocalState(directory, source, {
      stateFile: values.state === undefined ? undefined : resolve(io.cwd, values.state),
      stateBranch: options.stateBranch,
      env: io.env,
    });
    const base = state.document?.base ?? {};
    planned = await planPublish({ local: prepared.local, ...collection, base }, options);
    where = `${target} (state: ${state.from})`;
  } else {
    const collection = repoOrUsage(target);
    const session = await connect(values, io);
    const snapshot = await readCollection(
      session.client,
      // A dry run's reads: the head branch (unread here) is the default one.
      {
        ...options,
        collection,
        source,
        branch: fillSourceTemplate(DEFAULT_BRANCH_TEMPLATE, source),
        fork: false,
        dryRun: true,
      },
      session.env,
    );
    const readBlob = blobReader(session.client, collection);
    const base = snapshot.document?.base ?? {};
    planned = await planPublish({ local: prepared.local, remote: blobShas(snapshot.tree), base, readBlob }, options);
    where = `${formatRepoRef(collection)}@${await snapshot.baseName()}`;
  }
  const { plan, set } = planned;
  if (values.json) {
    const json = { kind: "planned", collection: where, counts: plan.counts, rows: set.rows.map(rowJson) };
    io.stdout.write(`${JSON.stringify({ ...json, blocking: set.blocking })}\n`);
  } else {
    io.stdout.write(`Plan for ${formatRepoRef(source)} → ${where}\n`);
    io.stdout.write(formatRows(set.rows, wantsColor(io.stdout.isTTY, io.env)));
    io.stdout.write(planHeadline(plan.counts, set.blocking, false));
  }
  return set.blocking > 0 ? EXIT_INVALID : EXIT_OK;
}

/** An existing directory is a checkout; anything else must be owner/repo. */
async function localDirectory(target: string, cwd: string): Promise<string | undefined> {
  const path = resolve(cwd, target);
  if (await isDirectory(path)) return path;
  if (target.startsWith(".") || target.startsWith("/"))
    throw new UsageError(`--collection ${target}: no such directory`);
  return undefined;
}

function repoOrUsage(text: string): RepoRef {
  try {
    return parseRepoRef(text);
  } catch {
    throw new UsageError(`--collection must be owner/repo or an existing directory, not "${text}"`);
  }
}
