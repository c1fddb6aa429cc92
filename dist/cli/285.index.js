export const id = 285;
export const ids = [285];
export const modules = {

/***/ 9285:
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
// EXTERNAL MODULE: ./src/core/git/tree-hash.ts
var tree_hash = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/core/names/repo-ref.ts
var repo_ref = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/core/names/source-template.ts
var source_template = __webpack_require__(5442);
// EXTERNAL MODULE: ./src/core/publish/defaults.ts
var defaults = __webpack_require__(3305);
// EXTERNAL MODULE: ./src/core/publish/plan-publish.ts + 1 modules
var plan_publish = __webpack_require__(7996);
// EXTERNAL MODULE: ./src/core/publish/prepare-elements.ts + 1 modules
var prepare_elements = __webpack_require__(7113);
// EXTERNAL MODULE: ./src/core/sync/resolve.ts
var resolve = __webpack_require__(5663);
// EXTERNAL MODULE: ./src/github/publish/read-collection.ts + 1 modules
var read_collection = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/color.ts
var color = __webpack_require__(2477);
// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/common/errno-code.ts
var errno_code = __webpack_require__(1387);
// EXTERNAL MODULE: ./src/core/git/object-sha.ts
var object_sha = __webpack_require__(4318);
// EXTERNAL MODULE: ./src/core/state/state-codec.ts + 4 modules
var state_codec = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
;// CONCATENATED MODULE: ./src/cli/local-collection.ts
// A checkout of the collection on disk, read as the plan reads GitHub, without any network: the blob of each
// file computed locally, blobs read from the files (or, for an older base, from the checkout's Git objects),
// and the source's state document from a file or from the state branch as Git has it.







function readLocalCollection(dir, env) {
    const remote = new Map();
    const byBlob = new Map();
    const walk = (prefix) => {
        for (const entry of listDirectory((0,external_node_path_.join)(dir, prefix))) {
            const path = `${prefix}${entry.name}`;
            if (entry.isDirectory() && entry.name !== ".git")
                walk(`${path}/`);
            else if (entry.isFile()) {
                const blob = (0,object_sha/* gitBlobSha */.Ak)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path)));
                remote.set(path, blob);
                if (!byBlob.has(blob))
                    byBlob.set(blob, path);
            }
        }
    };
    walk("");
    return {
        remote,
        async readBlob(sha) {
            const path = byBlob.get(sha);
            if (path !== undefined)
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path), "utf8");
            // The last merged version the collection no longer holds: the checkout's history still does.
            const object = await (0,git/* git */.$)(dir, ["cat-file", "blob", sha], env);
            if (object.ok)
                return object.stdout.toString("utf8");
            throw new Error(`blob ${sha} is neither a file in ${dir} nor in its Git history: fetch the collection's history`);
        },
    };
}
function listDirectory(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch (error) {
        throw new cli_io/* UsageError */.eb(`${path}: cannot be read (${(0,errno_code/* errnoCode */.U)(error) ?? "unknown error"})`);
    }
}
/**
 * The source's state document: `--state FILE`, else `sources/<owner>/<repo>.json` on the state branch of the
 * checkout (the local branch, else the one fetched from origin). None found: planned without a base.
 */
async function readLocalState(dir, source, options) {
    if (options.stateFile !== undefined) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(options.stateFile, "utf8");
        }
        catch (error) {
            throw new cli_io/* UsageError */.eb(`--state ${options.stateFile}: cannot be read (${(0,errno_code/* errnoCode */.U)(error) ?? "unknown error"})`);
        }
        return { document: parseState(text, options.stateFile), from: options.stateFile };
    }
    const key = (0,state_codec/* stateKey */.bP)(source);
    for (const branch of [options.stateBranch, `origin/${options.stateBranch}`]) {
        const shown = await (0,git/* git */.$)(dir, ["show", `${branch}:${key}`], options.env);
        if (shown.ok)
            return { document: parseState(shown.stdout.toString("utf8"), `${branch}:${key}`), from: branch };
    }
    return { document: undefined, from: "none" };
}
function parseState(text, where) {
    try {
        return state_codec/* STATE_CODEC */.tr.parse(text);
    }
    catch (error) {
        throw new cli_io/* UsageError */.eb(`${where} is not a valid state document: ${error instanceof Error ? error.message : error}`);
    }
}

// EXTERNAL MODULE: ./src/cli/render-plan.ts
var render_plan = __webpack_require__(606);
// EXTERNAL MODULE: ./src/cli/session.ts
var cli_session = __webpack_require__(2594);
// EXTERNAL MODULE: ./src/cli/source.ts
var cli_source = __webpack_require__(3893);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts

















const summary = "Show what publish would do to each element, and why (GitHub or a local checkout)";
const help = `Usage: nexs-publish plan --collection <owner/repo|dir> [options]

The three-way plan of every element against the collection: each element's outcome (add, update, unchanged,
remote-changed, conflict, delete, id-collision) and the reason. Nothing is written. With a directory (a
checkout of the collection) it runs offline: blobs are computed from its files and the source's state comes
from --state or from the checkout's state branch.

Options:
  --collection <owner/repo|dir>  the collection on GitHub, or a checkout of it (an existing directory)
  --state <file>              with a directory: the source's state document (default: the state branch)
  --conflict-strategy <name>  ${resolve/* CONFLICT_STRATEGIES */.j7.join(", ")} (default: ${flags/* STRATEGY_FLAG */.Z9["conflict-strategy"].default})
  --delete-missing            plan deleting what was removed from the source
${flags/* HELP */._$.path}
${flags/* HELP */._$.pathTemplate}
${flags/* HELP */._$.base}
${flags/* HELP */._$.stateBranch}
${flags/* HELP */._$.encryptionKey}
${flags/* HELP */._$.strict}
${flags/* HELP */._$.maxFileSize}
${flags/* HELP */._$.source}
${flags/* HELP */._$.token}
${flags/* HELP */._$.json}
${flags/* HELP */._$.help}

Exit status: 0 publish would succeed, 1 validation errors or elements that need a person, 2 usage problem.
`;
const FLAGS = {
    ...flags/* COMMON_FLAGS */.gd,
    ...flags/* ELEMENT_FLAGS */.J9,
    ...flags/* STATE_FLAGS */.Io,
    ...flags/* STRATEGY_FLAG */.Z9,
    state: { type: "string" },
    "delete-missing": { type: "boolean", default: false },
};
async function run(args, io) {
    const { values } = (0,cli_args/* parseArgsOrExplain */.R)({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
    if (values.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    const target = (0,flags/* requiredFlag */.SN)("collection", values.collection, "the collection as owner/repo, or a checkout of it");
    const options = {
        paths: [values.path],
        cwd: io.cwd,
        strict: values.strict,
        maxFileSize: (0,flags/* maxFileSizeFlag */.aK)(values["max-file-size"]),
        pathTemplate: (0,flags/* pathTemplateFlag */.g8)(values["path-template"]),
        conflictStrategy: (0,flags/* choiceFlag */.yq)("conflict-strategy", values["conflict-strategy"], resolve/* CONFLICT_STRATEGIES */.j7),
        deleteMissing: values["delete-missing"],
        stateBranch: (0,flags/* branchFlag */.vi)("state-branch", values["state-branch"]),
        ...(values.base !== undefined && { base: values.base }),
    };
    const encryptionKey = (0,flags/* encryptionKeyFlag */.Bo)(values["encryption-key"], io.env);
    const directory = await localDirectory(target, io.cwd);
    if (values.state !== undefined && directory === undefined)
        throw new cli_io/* UsageError */.eb("--state is for a local checkout: --collection names a directory there");
    await (0,flags/* requireExisting */.jR)(values.path, io.cwd, "--path");
    const source = await (0,cli_source/* resolveSourceName */.PH)(values.source, io.cwd, io.env);
    const prepared = await (0,prepare_elements/* prepareElements */.Z)({ ...options, source, ...(encryptionKey !== undefined && { encryptionKey }) });
    if (prepared.kind === "refused")
        return (0,render_plan/* reportRefused */.XB)(prepared, io, values.json, "nothing would be published");
    let planned;
    let where;
    if (directory !== undefined) {
        const collection = readLocalCollection(directory, io.env);
        const state = await readLocalState(directory, source, {
            stateFile: values.state === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, values.state),
            stateBranch: options.stateBranch,
            env: io.env,
        });
        const base = state.document?.base ?? {};
        planned = await (0,plan_publish/* planPublish */.N)({ local: prepared.local, ...collection, base }, options);
        where = `${target} (state: ${state.from})`;
    }
    else {
        const collection = repoOrUsage(target);
        const session = await (0,cli_session/* connect */.N)(values, io);
        const snapshot = await (0,read_collection/* readCollection */.H7)(session.client, 
        // A dry run's reads: the head branch (unread here) is the default one.
        {
            ...options,
            collection,
            source,
            branch: (0,source_template/* fillSourceTemplate */.r)(defaults/* DEFAULT_BRANCH_TEMPLATE */.oU, source),
            fork: false,
            dryRun: true,
        }, session.env);
        const readBlob = (0,read_collection/* blobReader */.Js)(session.client, collection);
        const base = snapshot.document?.base ?? {};
        planned = await (0,plan_publish/* planPublish */.N)({ local: prepared.local, remote: (0,tree_hash/* blobShas */.L1)(snapshot.tree), base, readBlob }, options);
        where = `${(0,repo_ref/* formatRepoRef */.N)(collection)}@${await snapshot.baseName()}`;
    }
    const { plan, set } = planned;
    if (values.json) {
        const json = { kind: "planned", collection: where, counts: plan.counts, rows: set.rows.map(render_plan/* rowJson */.T9) };
        io.stdout.write(`${JSON.stringify({ ...json, blocking: set.blocking })}\n`);
    }
    else {
        io.stdout.write(`Plan for ${(0,repo_ref/* formatRepoRef */.N)(source)} → ${where}\n`);
        io.stdout.write((0,render_plan/* formatRows */.dZ)(set.rows, (0,color/* wantsColor */.z)(io.stdout.isTTY, io.env)));
        io.stdout.write((0,render_plan/* planHeadline */.MM)(plan.counts, set.blocking, false));
    }
    return set.blocking > 0 ? cli_io/* EXIT_INVALID */.jL : cli_io/* EXIT_OK */.Ij;
}
/** An existing directory is a checkout; anything else must be owner/repo. */
async function localDirectory(target, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, target);
    if (await (0,flags/* isDirectory */.wd)(path))
        return path;
    if (target.startsWith(".") || target.startsWith("/"))
        throw new cli_io/* UsageError */.eb(`--collection ${target}: no such directory`);
    return undefined;
}
function repoOrUsage(text) {
    try {
        return (0,repo_ref/* parseRepoRef */.P)(text);
    }
    catch {
        throw new cli_io/* UsageError */.eb(`--collection must be owner/repo or an existing directory, not "${text}"`);
    }
}


/***/ }),

/***/ 7996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ planPublish)
});

// EXTERNAL MODULE: ./src/core/sync/collection-ids.ts
var collection_ids = __webpack_require__(6068);
// EXTERNAL MODULE: ./src/core/sync/plan.ts
var sync_plan = __webpack_require__(8068);
// EXTERNAL MODULE: ./src/core/git/object-sha.ts
var object_sha = __webpack_require__(4318);
// EXTERNAL MODULE: ./src/core/state/submission-elements.ts
var submission_elements = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/core/sync/resolve.ts
var resolve = __webpack_require__(5663);
// EXTERNAL MODULE: ./src/core/sync/validate-merged-text.ts
var validate_merged_text = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/core/publish/change-set.ts




/**
 * Turns the plan into file changes: adds, updates and deletes as planned; conflicts settled by the strategy
 * (reading only the blobs the strategy needs); id collisions and manual conflicts left out and marked blocking.
 */
async function buildChangeSet(plan, local, strategy, readBlob, validation) {
    const rows = [];
    const changes = [];
    const elements = [];
    const propose = (id, path, content) => {
        changes.push({ path, content });
        elements.push({ id, path, blob: content === null ? submission_elements/* DELETED_BLOB */.C6 : (0,object_sha/* textBlobSha */.bz)(content) });
    };
    for (const entry of plan.entries) {
        const item = local.get(entry.id);
        const base = {
            id: entry.id,
            path: entry.path,
            outcome: entry.outcome,
            reason: entry.reason,
            private: item?.private ?? false,
        };
        switch (entry.outcome) {
            case "add":
            case "update":
                if (item)
                    propose(entry.id, entry.path, item.content);
                rows.push({ ...base, proposed: item !== undefined, blocking: false });
                break;
            case "delete":
                propose(entry.id, entry.path, null);
                rows.push({ ...base, proposed: true, blocking: false });
                break;
            case "id-collision":
                rows.push({ ...base, proposed: false, blocking: true });
                break;
            case "conflict": {
                const resolution = await settle(entry, item, strategy, readBlob, validation);
                const content = resolution.action === "write" ? (resolution.text ?? item?.content) : undefined;
                if (content !== undefined)
                    propose(entry.id, entry.path, content);
                else if (resolution.action === "delete")
                    propose(entry.id, entry.path, null);
                const proposed = content !== undefined || resolution.action === "delete";
                rows.push({
                    ...base,
                    resolution: resolution.action,
                    reason: resolution.reason,
                    proposed,
                    blocking: resolution.action === "manual",
                });
                break;
            }
            default:
                rows.push({ ...base, proposed: false, blocking: false });
        }
    }
    return { rows, changes, elements, blocking: rows.filter((row) => row.blocking).length };
}
async function settle(entry, item, strategy, readBlob, validation) {
    const needed = (0,resolve/* textsNeeded */.Sd)(strategy);
    // The collection holds a private element's envelope: comparing or merging fields would need it decrypted,
    // and a merged file would have to be sealed again; a person decides instead.
    if (item?.private && needed.length > 0) {
        return {
            action: "manual",
            reason: `${entry.reason}; the ${strategy} strategy does not read encrypted (private) elements: resolve by hand`,
        };
    }
    const texts = {};
    if (needed.includes("local") && item)
        texts.local = item.plain;
    if (needed.includes("remote") && entry.remote !== undefined)
        texts.remote = await readBlob(entry.remote);
    if (needed.includes("base") && entry.base !== undefined)
        texts.base = await readBlob(entry.base);
    return (0,resolve/* resolveConflict */.BW)(entry, strategy, texts, (0,validate_merged_text/* validateMergedText */.U)(entry.path, validation));
}

;// CONCATENATED MODULE: ./src/core/publish/plan-publish.ts



/**
 * The three-way plan of every element against the collection, then the change set that settles it: what the
 * commit writes, what the PR proposes, and what needs a person. Pure but for `readBlob`, so the CLI's `plan`
 * runs it against a local checkout as the Action does against GitHub.
 */
async function planPublish(input, options) {
    const remoteIds = (0,collection_ids/* collectionIds */.D)(options.pathTemplate, input.remote.keys(), input.local);
    const plan = (0,sync_plan/* planSync */.R4)({
        local: input.local,
        remote: input.remote,
        base: input.base,
        deleteMissing: options.deleteMissing,
        ...(remoteIds !== undefined && { remoteIds }),
    });
    const byId = new Map(input.local.map((item) => [item.id, item]));
    const set = await buildChangeSet(plan, byId, options.conflictStrategy, input.readBlob, options);
    return { plan, set };
}


/***/ })

};
