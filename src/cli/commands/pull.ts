import { join, resolve } from "node:path";
import { ELEMENT_LAYOUTS, type ElementLayout, isElementLayout } from "../../core/interop/layouts.js";
import { type LayoutWrite, layoutStateText, writeElementLayout } from "../../core/interop/write-layout.js";
import { formatRepoRef } from "../../core/names/repo-ref.js";
import { prepareElements } from "../../core/publish/prepare-elements.js";
import { PULL_STRATEGIES, type PullStrategy, planPull } from "../../core/pull/plan-pull.js";
import { displayPath } from "../../core/report/display-path.js";
import { oneLine } from "../../core/report/human.js";
import { RepositoryError } from "../../core/repository/element-repository.js";
import { FileElementRepository } from "../../core/repository/file-repository.js";
import { validateElementText } from "../../core/repository/validate-element-text.js";
import { CONFLICT_STRATEGIES } from "../../core/sync/resolve.js";
import { blobReader } from "../../github/publish/read-collection.js";
import { readPullCollection } from "../../github/pull/read-pull-collection.js";
import { recordPulledBase } from "../../github/pull/record-pulled.js";
import { parseArgsOrExplain } from "../args.js";
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
  STATE_FLAGS,
  STRATEGY_FLAG,
  secretFlag,
  TRUST_FLAGS,
} from "../flags.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from "../io.js";
import { bringElements, formatOutcomes, outcomeJson } from "../pull-elements.js";
import { reconcileSource } from "../reconcile-source.js";
import { reportRefused } from "../render-plan.js";
import { connect } from "../session.js";
import { repoFlag, resolveSourceName } from "../source.js";

export const summary = "Bring the collection's changes to this source's elements into the local files";

export const help = `Usage: nexs-publish pull --collection <owner/repo> [options]

Reconciles this source's submissions as \`status\` does, then brings into the local element files what the
collection changed since the last merge. An element changed only in the collection is updated here, keeping
the local file's comments and key order; one changed on both sides is merged field by field under
--conflict-strategy merge and otherwise left untouched and listed. A local edit is never overwritten. The base
of what was brought in moves to the collection's version, so the next publish does not call it a conflict.

Options:
  --collection <owner/repo>   the collection repository (required)
  --conflict-strategy <name>  ${PULL_STRATEGIES.join(" or ")}: leave conflicts, or merge them field by field \
(default: ${STRATEGY_FLAG["conflict-strategy"].default})
  --dry-run                   show what would change; write nothing, locally or in the collection
  --layout <layout>           also write what is brought in under --into in this layout, as export writes it:
                              nexs-server (what a NEXS MCP server loads from its data directory) or elements
  --into <dir>                the directory --layout writes into, e.g. the server's data directory
${HELP.path}
${HELP.pathTemplate}
${HELP.base}
${HELP.stateBranch}
${HELP.signingKey}
${HELP.publisher}
${HELP.branch}
${HELP.encryptionKey}
${HELP.strict}
${HELP.maxFileSize}
${HELP.source}
${HELP.token}
${HELP.json}
${HELP.help}

Exit status: 0 up to date, 1 something the collection changed was left for a person, 2 usage problem.
`;

const FLAGS = {
  ...COMMON_FLAGS,
  ...ELEMENT_FLAGS,
  ...STATE_FLAGS,
  ...TRUST_FLAGS,
  ...STRATEGY_FLAG,
  "dry-run": { type: "boolean", default: false },
  layout: { type: "string" },
  into: { type: "string" },
} as const;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgsOrExplain({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const collection = repoFlag(
    "--collection",
    requiredFlag("collection", values.collection, "the owner/repo to pull from"),
  );
  const strategy = pullStrategy(values["conflict-strategy"]);
  const validation = { strict: values.strict, maxFileSize: maxFileSizeFlag(values["max-file-size"]) };
  const encryptionKey = encryptionKeyFlag(values["encryption-key"], io.env);
  const stateBranch = branchFlag("state-branch", values["state-branch"]);
  const pathTemplate = pathTemplateFlag(values["path-template"]);
  const base = resolve(io.cwd, values.path);
  if (!(await isDirectory(base))) throw new UsageError(`--path ${values.path}: not a directory of element files`);
  const source = await resolveSourceName(values.source, io.cwd, io.env);
  const dryRun = values["dry-run"];
  const copy = layoutCopy(values.layout, values.into, io.cwd);

  const prepared = await prepareElements({
    ...validation,
    paths: [values.path],
    cwd: io.cwd,
    source,
    pathTemplate,
    ...(encryptionKey !== undefined && { encryptionKey }),
  });
  if (prepared.kind === "refused") return reportRefused(prepared, io, values.json, "nothing was pulled");

  const session = await connect(values, io);
  const reconciled = await reconcileSource(session, {
    collection,
    source,
    stateBranch,
    branchTemplate: values.branch,
    signingKey: secretFlag(values["signing-key"], io.env, "NEXS_SIGNING_KEY"),
    publisher: values.publisher,
    dryRun,
  });
  const snapshot = await readPullCollection(session.client, reconciled.store, {
    collection,
    stateBranch,
    source,
    ...(values.base !== undefined && { base: values.base }),
  });
  const decisions = planPull({
    local: prepared.local,
    remote: snapshot.remote,
    base: snapshot.document?.base ?? {},
    pathTemplate,
    strategy,
  });

  // The local files as they are, wherever this source keeps them; updates edit them in place.
  const { repository } = await FileElementRepository.open(base, { layout: "in-place", validate: validateElementText });
  const outcomes = await bringElements(decisions, {
    plain: new Map(prepared.local.map((item) => [item.id, item.plain])),
    readBlob: blobReader(session.client, collection),
    repository,
    validation,
    dryRun,
  });
  // Only what was written here gets its new base, and only after the files are on disk.
  const brought = outcomes.filter((o) => o.done);
  const baseMoved = !dryRun && (await recordPulledBase(reconciled.store, snapshot, source, brought, session.env));
  // The copy in another layout comes last: the local files are what pull is for, and they are written by now.
  let copied: LayoutWrite | undefined;
  let copyFailed: string | undefined;
  if (copy) {
    const items = brought.flatMap((o) => (o.brought ? [o.brought] : []));
    try {
      copied = await writeElementLayout(copy.into, copy.layout, items, { dryRun });
    } catch (error) {
      if (!(error instanceof RepositoryError)) throw error;
      copyFailed = error.message.split("\n")[0] ?? "";
    }
  }

  if (values.json) {
    const elements = outcomes.map(outcomeJson);
    const layout = copy && {
      layout: { name: copy.layout, into: copy.into, ...copied, ...(copyFailed !== undefined && { error: copyFailed }) },
    };
    io.stdout.write(
      `${JSON.stringify({ dryRun, collection: formatRepoRef(collection), elements, baseMoved, ...layout })}\n`,
    );
  } else {
    io.stdout.write(formatOutcomes(outcomes, dryRun));
    if (copy && copied) io.stdout.write(formatCopy(copy, copied, io.cwd, dryRun));
  }
  if (copyFailed !== undefined) {
    io.stderr.write(
      `nexs-publish: the local files were pulled, but nothing was written under --into (${copy?.layout} layout): ` +
        `${oneLine(copyFailed)}\n`,
    );
    return EXIT_USAGE;
  }
  const leftOut = (copied?.problems.length ?? 0) > 0;
  return outcomes.some((o) => o.action === "leave") || leftOut ? EXIT_INVALID : EXIT_OK;
}

/** `--layout` and `--into` come together; checked before anything is read or written. */
function layoutCopy(
  layout: string | undefined,
  into: string | undefined,
  cwd: string,
): { layout: ElementLayout; into: string } | undefined {
  if (layout === undefined && into === undefined) return undefined;
  if (layout === undefined) throw new UsageError("--into is where --layout writes: give --layout too");
  if (!isElementLayout(layout))
    throw new UsageError(`--layout must be one of ${ELEMENT_LAYOUTS.join(", ")}, not "${layout}"`);
  if (into === undefined) throw new UsageError(`--layout ${layout} writes under --into <dir>: give the directory`);
  return { layout, into: resolve(cwd, into) };
}

function formatCopy(
  copy: { layout: ElementLayout; into: string },
  written: LayoutWrite,
  cwd: string,
  dryRun: boolean,
): string {
  const lines = written.problems.map((p) => `not copied  ${oneLine(p.file)}: ${oneLine(p.message)}\n`);
  for (const f of written.files) {
    const state = layoutStateText(f.state, dryRun);
    lines.push(`${oneLine(f.file)} → ${oneLine(displayPath(join(copy.into, f.path), cwd))} (${state})\n`);
  }
  return lines.join("");
}

/** Only the strategies that cannot overwrite a local edit; the others get a sentence saying why. */
function pullStrategy(text: string): PullStrategy {
  if (!PULL_STRATEGIES.some((s) => s === text) && CONFLICT_STRATEGIES.some((s) => s === text))
    throw new UsageError(
      `pull settles conflicts by manual or merge only (it never overwrites a local edit), not "${text}"`,
    );
  return choiceFlag("conflict-strategy", text, PULL_STRATEGIES);
}
