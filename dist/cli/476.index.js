export const id = 476;
export const ids = [476];
export const modules = {

/***/ 5476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  help: () => (/* binding */ help),
  run: () => (/* binding */ run),
  summary: () => (/* binding */ summary)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/interop/layouts.ts
var layouts = __webpack_require__(8354);
// EXTERNAL MODULE: ./src/core/interop/write-layout.ts
var write_layout = __webpack_require__(2117);
// EXTERNAL MODULE: ./src/core/names/repo-ref.ts
var repo_ref = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/core/publish/prepare-elements.ts + 1 modules
var prepare_elements = __webpack_require__(7113);
// EXTERNAL MODULE: ./src/core/sync/collection-ids.ts
var collection_ids = __webpack_require__(6068);
// EXTERNAL MODULE: ./src/core/sync/plan.ts
var sync_plan = __webpack_require__(8068);
;// CONCATENATED MODULE: ./src/core/pull/plan-pull.ts


/** How `pull` settles an element changed on both sides: `manual` leaves it, `merge` merges field by field. */
const PULL_STRATEGIES = ["manual", "merge"];
/**
 * The publish plan read the other way round: what the collection changed since the last merge comes here,
 * what this source changed stays, and nothing is ever overwritten that only this source changed. Pure: the
 * texts a merge needs are read afterwards, only for the `merge` decisions.
 */
function planPull(input) {
    const remoteIds = (0,collection_ids/* collectionIds */.D)(input.pathTemplate, input.remote.keys(), input.local);
    const plan = (0,sync_plan/* planSync */.R4)({
        local: input.local,
        remote: input.remote,
        base: input.base,
        deleteMissing: false,
        ...(remoteIds !== undefined && { remoteIds }),
    });
    const byId = new Map(input.local.map((item) => [item.id, item]));
    const decisions = [];
    for (const entry of plan.entries) {
        const decision = decide(entry, byId.get(entry.id), input.strategy);
        if (decision)
            decisions.push(decision);
    }
    return decisions;
}
function decide(entry, item, strategy) {
    const at = (action, reason) => ({
        id: entry.id,
        path: entry.path,
        ...(item && { file: item.file }),
        action,
        reason,
        ...(entry.remote !== undefined && { remote: entry.remote }),
        ...(entry.base !== undefined && { base: entry.base }),
    });
    switch (entry.outcome) {
        case "add":
        case "update":
            return item && at("keep", "changed here only: kept (the next publish proposes it)");
        case "remote-changed":
            if (!item)
                return undefined;
            if (entry.remote === undefined)
                return at("leave", "deleted in the collection since the last merge: kept here; delete it by hand to follow");
            if (item.private)
                return at("leave", "changed in the collection, but it is encrypted there: bring it by hand");
            return at("take", "changed in the collection since the last merge and unchanged here");
        case "conflict":
            return item ? conflict(entry, item, strategy, at) : undefined;
        default:
            return undefined;
    }
}
function conflict(entry, item, strategy, at) {
    if (strategy === "manual")
        return at("leave", `${entry.reason}; conflict strategy is manual`);
    if (item.private)
        return at("leave", `${entry.reason}; encrypted elements are never merged: resolve by hand`);
    if (entry.remote === undefined || entry.base === undefined)
        return at("leave", `${entry.reason}; a merge needs the collection's file and the last merged base`);
    return at("merge", "changed on both sides since the last merge: merging field by field");
}

// EXTERNAL MODULE: ./src/core/report/display-path.ts
var display_path = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/core/report/human.ts
var human = __webpack_require__(6951);
// EXTERNAL MODULE: ./src/core/repository/element-repository.ts
var element_repository = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/repository/file-repository.ts + 5 modules
var file_repository = __webpack_require__(9956);
// EXTERNAL MODULE: ./src/core/element/source.ts
var source = __webpack_require__(9588);
// EXTERNAL MODULE: ./src/core/element/validate-sources.ts
var validate_sources = __webpack_require__(4227);
;// CONCATENATED MODULE: ./src/core/repository/validate-element-text.ts


/** The element validator of docs/elements.md, for a repository's `validate` option. One file on its own: no cross-file rules beyond it. */
const validateElementText = (file, text) => (0,validate_sources/* validateSources */.J)([{ file, bytes: new TextEncoder().encode(text) }], {
    strict: false,
    maxFileSize: source/* DEFAULT_MAX_FILE_SIZE */.S,
}).diagnostics;

// EXTERNAL MODULE: ./src/core/sync/resolve.ts
var resolve = __webpack_require__(5663);
// EXTERNAL MODULE: ./src/github/publish/read-collection.ts + 1 modules
var read_collection = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/core/git/tree-hash.ts
var tree_hash = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/core/state/state-codec.ts + 4 modules
var state_codec = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/github/collection-read.ts + 1 modules
var collection_read = __webpack_require__(8419);
// EXTERNAL MODULE: ./src/github/github-error.ts
var github_error = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/github/pull/read-pull-collection.ts






/**
 * Pull's read step: the base head and the state document at once, then the tree. The document comes from the
 * store it is given, so a dry run reads the base its own reconcile would have recorded (an overlay).
 */
async function readPullCollection(client, store, options) {
    const { collection } = options;
    const baseBranch = options.base ?? (await (0,read_collection/* defaultBranch */.OR)(client, collection));
    const key = (0,state_codec/* stateKey */.bP)(options.source);
    const [baseHead, stored] = await Promise.all([(0,collection_read/* readBranchHead */.z)(client, collection, baseBranch), store.read(key)]);
    if (!baseHead) {
        throw new github_error/* GitHubError */.y_("not-found", 404, `read the base branch ${baseBranch} of ${(0,repo_ref/* formatRepoRef */.N)(collection)}`, "", "Check --base and that the collection has at least one commit.");
    }
    const document = stored ? (0,state_codec/* parseStoredState */.Cm)(stored.text, key, options.stateBranch) : undefined;
    const tree = await (0,collection_read/* readTree */.Z)(client, collection, baseHead.tree);
    return { baseHead, remote: (0,tree_hash/* blobShas */.L1)(tree), stateKey: key, stored, document };
}

// EXTERNAL MODULE: ./src/core/common/plural.ts
var plural = __webpack_require__(2695);
;// CONCATENATED MODULE: ./src/core/pull/pulled-base.ts
/**
 * The base after a pull: each element taken or merged gets what the collection holds (R, at `commit`) as its
 * new base, so the next plan compares with what this source now has. Only while the base still says what the
 * pull compared with: a merge recorded meanwhile wins, and that element is simply pulled again next time.
 * Pure, for updateWithRetry; undefined (no write) when nothing moves.
 */
function pulledBase(pulled, commit) {
    return (current) => {
        if (!current)
            return undefined;
        const base = { ...current.base };
        let moved = 0;
        for (const decision of pulled) {
            const recorded = base[decision.id];
            if (decision.remote === undefined || recorded?.path !== decision.path || recorded.blob !== decision.base)
                continue;
            if (recorded.blob === decision.remote)
                continue;
            base[decision.id] = { path: decision.path, blob: decision.remote, commit };
            moved++;
        }
        return moved > 0 ? { ...current, base } : undefined;
    };
}

// EXTERNAL MODULE: ./src/core/tracking/prefetched-store.ts
var prefetched_store = __webpack_require__(8583);
// EXTERNAL MODULE: ./src/core/tracking/update-with-retry.ts
var update_with_retry = __webpack_require__(3486);
;// CONCATENATED MODULE: ./src/github/pull/record-pulled.ts






/**
 * Pull's record step: the new base of what it brought in, one compare-and-swap write of the state document that
 * starts from the document already read. True when the document was written.
 */
async function recordPulledBase(store, snapshot, source, pulled, env) {
    if (pulled.length === 0)
        return false;
    const result = await (0,update_with_retry/* updateWithRetry */.cy)(new prefetched_store/* PrefetchedStore */.O(store, snapshot.stateKey, snapshot.stored), snapshot.stateKey, state_codec/* STATE_CODEC */.tr, pulledBase(pulled, snapshot.baseHead.commit), {
        message: `nexs-publish: ${(0,repo_ref/* formatRepoRef */.N)(source)} pulled ${(0,plural/* countOf */.p)(pulled.length, "element")} from the collection`,
    }, env);
    return result.written;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/core/sync/merge.ts
var merge = __webpack_require__(4751);
// EXTERNAL MODULE: ./src/core/sync/validate-merged-text.ts
var validate_merged_text = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/core/pull/pulled-text.ts



/**
 * The element a `take` or `merge` decision brings in, checked as publish would check it: a take is the
 * collection's file, a merge the collection's fields written into the local file (refused on any overlap).
 */
function pulledElement(decision, texts, validation) {
    let text = texts.remote;
    if (decision.action === "merge") {
        if (texts.base === undefined)
            return { ok: false, reason: "the last merged version could not be read" };
        const merged = (0,merge/* mergeElementYaml */._)({ base: texts.base, local: texts.local, remote: texts.remote }, (0,validate_merged_text/* validateMergedText */.U)(decision.path, validation));
        if (!merged.ok)
            return { ok: false, reason: merged.reason };
        text = merged.text;
    }
    const what = decision.action === "merge" ? "the merged file" : "the collection's file";
    const report = (0,validate_sources/* validateSources */.J)([{ file: decision.path, bytes: Buffer.from(text, "utf8") }], validation);
    const error = report.diagnostics.find((d) => d.severity === "error");
    const element = report.elements[0]?.element;
    if (error || !element)
        return { ok: false, reason: `${what} is not a valid element: ${error?.message ?? "nothing was read"}` };
    if (element.metadata.id !== decision.id)
        return { ok: false, reason: `${what} holds the id "${element.metadata.id}": bring it by hand` };
    return { ok: true, element, text };
}

// EXTERNAL MODULE: ./src/cli/terminal-text.ts
var terminal_text = __webpack_require__(5678);
;// CONCATENATED MODULE: ./src/cli/pull-elements.ts
// Pull's writing step: each take or merge decision's texts read from the collection, the result checked, and
// the local file updated through the file element repository (its comment-preserving update); then the text.




async function bringElements(decisions, context) {
    const outcomes = [];
    for (const decision of decisions) {
        const acts = decision.action === "take" || decision.action === "merge";
        outcomes.push(acts ? await bring(decision, context) : { ...decision, done: false });
    }
    return outcomes;
}
async function bring(decision, context) {
    const leave = (reason) => ({ ...decision, action: "leave", reason, done: false });
    if (decision.remote === undefined)
        return leave("the collection's file is gone");
    if (!(await context.repository.exists(decision.id)))
        return leave("the local file could not be loaded for updating: run `nexs-publish validate`");
    const remote = await context.readBlob(decision.remote);
    const base = decision.action === "merge" && decision.base !== undefined ? await context.readBlob(decision.base) : undefined;
    const local = context.plain.get(decision.id) ?? "";
    const pulled = pulledElement(decision, { local, remote, ...(base !== undefined && { base }) }, context.validation);
    if (!pulled.ok)
        return leave(pulled.reason);
    if (!context.dryRun) {
        try {
            await context.repository.update(decision.id, pulled.element);
        }
        catch (error) {
            if (!(error instanceof element_repository/* RepositoryError */.p))
                throw error;
            return leave(`not written: ${error.message}`);
        }
    }
    return { ...decision, done: true, brought: { file: decision.path, text: pulled.text, element: pulled.element } };
}
function outcomeJson(outcome) {
    const { id, path, file, action, reason } = outcome;
    return { id, path, ...(file !== undefined && { file }), action, reason };
}
const LABELS = {
    take: ["updated", "would update"],
    merge: ["merged", "would merge"],
    leave: ["left", "left"],
    keep: ["kept", "kept"],
};
function formatOutcomes(outcomes, dryRun) {
    const labels = outcomes.map((o) => LABELS[o.action][dryRun ? 1 : 0]);
    const width = Math.max(0, ...labels.map((label) => label.length));
    const lines = outcomes.map((o, i) => {
        const where = (0,terminal_text/* printable */.g)(o.file ?? o.path);
        return `${(labels[i] ?? "").padEnd(width)}  ${(0,terminal_text/* printable */.g)(o.id)}  ${where}: ${(0,terminal_text/* printable */.g)(o.reason)}\n`;
    });
    const brought = outcomes.filter((o) => o.done).length;
    const left = outcomes.filter((o) => o.action === "leave").length;
    if (brought + left === 0)
        return `${lines.join("")}Up to date with the collection.\n`;
    const verb = dryRun ? "to bring in" : "brought in";
    const tally = `${(0,plural/* countOf */.p)(brought, "element")} ${verb}, ${left} left for a person`;
    return `${lines.join("")}${dryRun ? "Dry run: " : ""}${tally}.\n`;
}

// EXTERNAL MODULE: ./src/cli/reconcile-source.ts + 15 modules
var reconcile_source = __webpack_require__(9917);
// EXTERNAL MODULE: ./src/cli/render-plan.ts
var render_plan = __webpack_require__(606);
// EXTERNAL MODULE: ./src/cli/session.ts
var cli_session = __webpack_require__(2594);
// EXTERNAL MODULE: ./src/cli/source.ts
var cli_source = __webpack_require__(3893);
;// CONCATENATED MODULE: ./src/cli/commands/pull.ts























const summary = "Bring the collection's changes to this source's elements into the local files";
const help = `Usage: nexs-publish pull --collection <owner/repo> [options]

Reconciles this source's submissions as \`status\` does, then brings into the local element files what the
collection changed since the last merge. An element changed only in the collection is updated here, keeping
the local file's comments and key order; one changed on both sides is merged field by field under
--conflict-strategy merge and otherwise left untouched and listed. A local edit is never overwritten. The base
of what was brought in moves to the collection's version, so the next publish does not call it a conflict.

Options:
  --collection <owner/repo>   the collection repository (required)
  --conflict-strategy <name>  ${PULL_STRATEGIES.join(" or ")}: leave conflicts, or merge them field by field \
(default: ${flags/* STRATEGY_FLAG */.Z9["conflict-strategy"].default})
  --dry-run                   show what would change; write nothing, locally or in the collection
  --layout <layout>           also write what is brought in under --into in this layout, as export writes it:
                              nexs-server (what a NEXS MCP server loads from its data directory) or elements
  --into <dir>                the directory --layout writes into, e.g. the server's data directory
${flags/* HELP */._$.path}
${flags/* HELP */._$.pathTemplate}
${flags/* HELP */._$.base}
${flags/* HELP */._$.stateBranch}
${flags/* HELP */._$.signingKey}
${flags/* HELP */._$.publisher}
${flags/* HELP */._$.branch}
${flags/* HELP */._$.encryptionKey}
${flags/* HELP */._$.strict}
${flags/* HELP */._$.maxFileSize}
${flags/* HELP */._$.source}
${flags/* HELP */._$.token}
${flags/* HELP */._$.json}
${flags/* HELP */._$.help}

Exit status: 0 up to date, 1 something the collection changed was left for a person, 2 usage problem.
`;
const FLAGS = {
    ...flags/* COMMON_FLAGS */.gd,
    ...flags/* ELEMENT_FLAGS */.J9,
    ...flags/* STATE_FLAGS */.Io,
    ...flags/* TRUST_FLAGS */.LP,
    ...flags/* STRATEGY_FLAG */.Z9,
    "dry-run": { type: "boolean", default: false },
    layout: { type: "string" },
    into: { type: "string" },
};
async function run(args, io) {
    const { values } = (0,cli_args/* parseArgsOrExplain */.R)({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
    if (values.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    const collection = (0,cli_source/* repoFlag */.t$)("--collection", (0,flags/* requiredFlag */.SN)("collection", values.collection, "the owner/repo to pull from"));
    const strategy = pullStrategy(values["conflict-strategy"]);
    const validation = { strict: values.strict, maxFileSize: (0,flags/* maxFileSizeFlag */.aK)(values["max-file-size"]) };
    const encryptionKey = (0,flags/* encryptionKeyFlag */.Bo)(values["encryption-key"], io.env);
    const stateBranch = (0,flags/* branchFlag */.vi)("state-branch", values["state-branch"]);
    const pathTemplate = (0,flags/* pathTemplateFlag */.g8)(values["path-template"]);
    const base = (0,external_node_path_.resolve)(io.cwd, values.path);
    if (!(await (0,flags/* isDirectory */.wd)(base)))
        throw new cli_io/* UsageError */.eb(`--path ${values.path}: not a directory of element files`);
    const source = await (0,cli_source/* resolveSourceName */.PH)(values.source, io.cwd, io.env);
    const dryRun = values["dry-run"];
    const copy = layoutCopy(values.layout, values.into, io.cwd);
    const prepared = await (0,prepare_elements/* prepareElements */.Z)({
        ...validation,
        paths: [values.path],
        cwd: io.cwd,
        source,
        pathTemplate,
        ...(encryptionKey !== undefined && { encryptionKey }),
    });
    if (prepared.kind === "refused")
        return (0,render_plan/* reportRefused */.XB)(prepared, io, values.json, "nothing was pulled");
    const session = await (0,cli_session/* connect */.N)(values, io);
    const reconciled = await (0,reconcile_source/* reconcileSource */.a)(session, {
        collection,
        source,
        stateBranch,
        branchTemplate: values.branch,
        signingKey: (0,flags/* secretFlag */.Z1)(values["signing-key"], io.env, "NEXS_SIGNING_KEY"),
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
    const { repository } = await file_repository/* FileElementRepository */.X.open(base, { layout: "in-place", validate: validateElementText });
    const outcomes = await bringElements(decisions, {
        plain: new Map(prepared.local.map((item) => [item.id, item.plain])),
        readBlob: (0,read_collection/* blobReader */.Js)(session.client, collection),
        repository,
        validation,
        dryRun,
    });
    // Only what was written here gets its new base, and only after the files are on disk.
    const brought = outcomes.filter((o) => o.done);
    const baseMoved = !dryRun && (await recordPulledBase(reconciled.store, snapshot, source, brought, session.env));
    // The copy in another layout comes last: the local files are what pull is for, and they are written by now.
    let copied;
    let copyFailed;
    if (copy) {
        const items = brought.flatMap((o) => (o.brought ? [o.brought] : []));
        try {
            copied = await (0,write_layout/* writeElementLayout */.ux)(copy.into, copy.layout, items, { dryRun });
        }
        catch (error) {
            if (!(error instanceof element_repository/* RepositoryError */.p))
                throw error;
            copyFailed = error.message.split("\n")[0] ?? "";
        }
    }
    if (values.json) {
        const elements = outcomes.map(outcomeJson);
        const layout = copy && {
            layout: { name: copy.layout, into: copy.into, ...copied, ...(copyFailed !== undefined && { error: copyFailed }) },
        };
        io.stdout.write(`${JSON.stringify({ dryRun, collection: (0,repo_ref/* formatRepoRef */.N)(collection), elements, baseMoved, ...layout })}\n`);
    }
    else {
        io.stdout.write(formatOutcomes(outcomes, dryRun));
        if (copy && copied)
            io.stdout.write(formatCopy(copy, copied, io.cwd, dryRun));
    }
    if (copyFailed !== undefined) {
        io.stderr.write(`nexs-publish: the local files were pulled, but nothing was written under --into (${copy?.layout} layout): ` +
            `${(0,human/* oneLine */.T)(copyFailed)}\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    const leftOut = (copied?.problems.length ?? 0) > 0;
    return outcomes.some((o) => o.action === "leave") || leftOut ? cli_io/* EXIT_INVALID */.jL : cli_io/* EXIT_OK */.Ij;
}
/** `--layout` and `--into` come together; checked before anything is read or written. */
function layoutCopy(layout, into, cwd) {
    if (layout === undefined && into === undefined)
        return undefined;
    if (layout === undefined)
        throw new cli_io/* UsageError */.eb("--into is where --layout writes: give --layout too");
    if (!(0,layouts/* isElementLayout */.h4)(layout))
        throw new cli_io/* UsageError */.eb(`--layout must be one of ${layouts/* ELEMENT_LAYOUTS */.b_.join(", ")}, not "${layout}"`);
    if (into === undefined)
        throw new cli_io/* UsageError */.eb(`--layout ${layout} writes under --into <dir>: give the directory`);
    return { layout, into: (0,external_node_path_.resolve)(cwd, into) };
}
function formatCopy(copy, written, cwd, dryRun) {
    const lines = written.problems.map((p) => `not copied  ${(0,human/* oneLine */.T)(p.file)}: ${(0,human/* oneLine */.T)(p.message)}\n`);
    for (const f of written.files) {
        const state = (0,write_layout/* layoutStateText */.pP)(f.state, dryRun);
        lines.push(`${(0,human/* oneLine */.T)(f.file)} → ${(0,human/* oneLine */.T)((0,display_path/* displayPath */.G)((0,external_node_path_.join)(copy.into, f.path), cwd))} (${state})\n`);
    }
    return lines.join("");
}
/** Only the strategies that cannot overwrite a local edit; the others get a sentence saying why. */
function pullStrategy(text) {
    if (!PULL_STRATEGIES.some((s) => s === text) && resolve/* CONFLICT_STRATEGIES */.j7.some((s) => s === text))
        throw new cli_io/* UsageError */.eb(`pull settles conflicts by manual or merge only (it never overwrites a local edit), not "${text}"`);
    return (0,flags/* choiceFlag */.yq)("conflict-strategy", text, PULL_STRATEGIES);
}


/***/ }),

/***/ 8354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b_: () => (/* binding */ ELEMENT_LAYOUTS),
/* harmony export */   h4: () => (/* binding */ isElementLayout),
/* harmony export */   oM: () => (/* binding */ layoutElements)
/* harmony export */ });
/* unused harmony exports SERVER_UNDATED_DIRECTORY, serverFileName, serverElementPath, toServerText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _element_foreign_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(472);
/* harmony import */ var _repository_file_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1871);
/* harmony import */ var _sync_yaml_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(646);
/* harmony import */ var _yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1686);
// Where and how valid element files are written for a reader other than nexs-publish. Pure: elements and their
// texts in, relative paths and texts out; writing them is writeFileSet's (core/repository/file-set.ts).
//
// - `nexs-server`: what a NEXS MCP server loads from its data directory: `<type>/<YYYY-MM-DD>/<file>.yaml`, the
//   file named from the id as the server derives it, metadata under the lower-cased keys its YAML decoder reads
//   (`isactive`, `createdat`, `updatedat`, timestamps unquoted). `isactive: true` is written when the element
//   says nothing, since the server reads a missing key as false.
// - `elements`: the file element repository's layout (`<type>/<YYYY-MM-DD or undated>/<id>.yaml`), bytes as they are.





const ELEMENT_LAYOUTS = ["nexs-server", "elements"];
function isElementLayout(value) {
    return typeof value === "string" && ELEMENT_LAYOUTS.includes(value);
}
/** The server's directory for an element without created_at: the date of Go's zero time, which it then holds. */
const SERVER_UNDATED_DIRECTORY = "0001-01-01";
/**
 * The file name the server gives an element (its sanitizeFileName of the id): accents dropped, lowercased, every
 * run of characters other than a-z and 0-9 turned into one `_`, `_` trimmed from the ends; then `.yaml`.
 */
function serverFileName(id) {
    const name = id
        .normalize("NFD")
        .replace(/\p{Mn}/gu, "")
        .normalize("NFC")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "");
    return `${name}.yaml`;
}
/**
 * `<type>/<YYYY-MM-DD>/<file name>`: the date is the one written in created_at (the server formats the time in the
 * offset it was written with), or 0001-01-01 without one.
 */
function serverElementPath(metadata) {
    const date = /^(\d{4}-\d{2}-\d{2})[Tt]/.exec(metadata.created_at ?? "")?.[1] ?? SERVER_UNDATED_DIRECTORY;
    return `${metadata.type}/${date}/${serverFileName(metadata.id)}`;
}
const TO_SERVER = Object.fromEntries(Object.entries(_element_foreign_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_METADATA_KEYS */ .RB).map(([server, contract]) => [contract, server]));
const TIMESTAMPS = new Set(["createdat", "updatedat"]);
/**
 * An element file's text with the server's metadata keys: renamed in place (comments and order kept), timestamps
 * unquoted (its decoder reads a quoted one as a string, not a time), `isactive: true` added when missing, and
 * 4-space indentation as the server writes. Undefined when the text is not an element file.
 */
function toServerText(text) {
    const read = (0,_sync_yaml_text_js__WEBPACK_IMPORTED_MODULE_2__/* .readYaml */ .g)(text);
    if (!read.ok)
        return undefined;
    const { document } = read;
    const metadata = document.get("metadata", true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(metadata))
        return undefined;
    let active = false;
    for (const pair of metadata.items) {
        const key = (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .keyOf */ .TN)(pair);
        const target = key === undefined ? undefined : TO_SERVER[key];
        if (target === undefined)
            continue;
        pair.key = (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .keyNode */ .qe)(target, pair.key);
        if (target === "isactive")
            active = true;
        if (TIMESTAMPS.has(target) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) && typeof pair.value.value === "string")
            pair.value.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN;
    }
    if (!active) {
        // Where the server's encoder puts it: after tags (or author), before the timestamps.
        const after = ["tags", "author"].map((k) => metadata.items.findIndex((p) => (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .keyOf */ .TN)(p) === k)).find((i) => i >= 0);
        metadata.items.splice((after ?? metadata.items.length - 1) + 1, 0, new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Pair */ .Rm((0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .keyNode */ .qe)("isactive"), true));
    }
    // A yaml-language-server modeline points at this project's schemas, which a server file does not follow.
    const modeline = /^ ?yaml-language-server:.*(?:\n|$)/gm;
    const first = document.contents && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(document.contents) ? document.contents.items[0]?.key : undefined;
    if (document.commentBefore)
        document.commentBefore = document.commentBefore.replace(modeline, "") || null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(first) && first.commentBefore)
        first.commentBefore = first.commentBefore.replace(modeline, "") || null;
    return document.toString({
        indent: 4,
        lineWidth: 0,
        indentSeq: true,
        flowCollectionPadding: read.conventions.flowPadding,
    });
}
/** Every element's file in `layout`; two elements on one path are both refused. */
function layoutElements(layout, elements) {
    const planned = [];
    const problems = [];
    for (const item of elements) {
        const path = layout === "nexs-server" ? serverElementPath(item.element.metadata) : (0,_repository_file_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .elementFilePath */ .qb)(item.element);
        const text = layout === "nexs-server" ? toServerText(item.text) : item.text;
        if (text === undefined)
            problems.push({ file: item.file, message: "it is not an element file" });
        else
            planned.push({ file: item.file, path, text });
    }
    const byPath = new Map();
    for (const file of planned)
        byPath.set(file.path, [...(byPath.get(file.path) ?? []), file]);
    const files = [];
    for (const [path, group] of byPath) {
        const [only, ...others] = group;
        if (only && others.length === 0) {
            files.push(only);
            continue;
        }
        for (const file of group) {
            const rest = group.filter((f) => f !== file).map((f) => f.file);
            problems.push({
                file: file.file,
                message: `${path} is also where ${rest.join(", ")} would go; give one another id`,
            });
        }
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems };
}


/***/ }),

/***/ 2117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _g: () => (/* binding */ layoutCountsText),
/* harmony export */   pP: () => (/* binding */ layoutStateText),
/* harmony export */   ux: () => (/* binding */ writeElementLayout)
/* harmony export */ });
/* harmony import */ var _repository_file_set_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8353);
/* harmony import */ var _layouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8354);
// The layout writer export uses (and pull can): valid elements → files under a directory in a layout, all written
// or none. Elements that cannot be laid out are reported and left out; the others are written.


/**
 * Writes `elements` under `dir` in `layout` (`nexs-server`: what a NEXS MCP server loads; `elements`: the file
 * element repository's layout). With `dryRun`, writes nothing and says what a write would do, comparing each
 * file with what is on disk (planFileSet). A write that fails
 * puts back what was written and throws a RepositoryError with one sentence.
 */
async function writeElementLayout(dir, layout, elements, options = {}) {
    const laid = (0,_layouts_js__WEBPACK_IMPORTED_MODULE_1__/* .layoutElements */ .oM)(layout, elements);
    const absolute = laid.files.map((f) => ({ ...f, absolute: (0,_repository_file_set_js__WEBPACK_IMPORTED_MODULE_0__/* .pathUnder */ .y0)(dir, f.path) }));
    const wanted = absolute.map((f) => ({ path: f.absolute, text: f.text }));
    const result = options.dryRun ? await (0,_repository_file_set_js__WEBPACK_IMPORTED_MODULE_0__/* .planFileSet */ .WE)(wanted) : await (0,_repository_file_set_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileSet */ .yb)(wanted, { base: dir });
    const created = new Set(result.created);
    const updated = new Set(result.updated);
    const files = absolute.map((f) => ({
        file: f.file,
        path: f.path,
        state: created.has(f.absolute)
            ? "created"
            : updated.has(f.absolute)
                ? "updated"
                : "unchanged",
    }));
    return { files, problems: laid.problems };
}
/** How a file's state is said: `would be created` / `would be updated` on a dry run; `unchanged` either way. */
function layoutStateText(state, dryRun) {
    return dryRun && state !== "unchanged" ? `would be ${state}` : state;
}
/** `2 created, 1 updated, 5 unchanged` (`would be created`... on a dry run), the states that occur, in that order. */
function layoutCountsText(files, dryRun) {
    const states = ["created", "updated", "unchanged"];
    return states
        .map((state) => [state, files.filter((f) => f.state === state).length])
        .filter(([, n]) => n > 0)
        .map(([state, n]) => `${n} ${layoutStateText(state, dryRun)}`)
        .join(", ");
}


/***/ }),

/***/ 8583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ PrefetchedStore)
/* harmony export */ });
/**
 * Serves one read already made (publish reads the document alongside the collection's tree), so the retry
 * helper's first attempt costs no second call; every later read goes to the store.
 */
class PrefetchedStore {
    store;
    prefetched;
    constructor(store, key, value) {
        this.store = store;
        this.prefetched = { key, value };
    }
    read(key) {
        const hit = this.prefetched;
        this.prefetched = undefined;
        return hit && hit.key === key ? Promise.resolve(hit.value) : this.store.read(key);
    }
    write(key, text, expected, message) {
        this.prefetched = undefined;
        return this.store.write(key, text, expected, message);
    }
}


/***/ })

};
