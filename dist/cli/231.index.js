export const id = 231;
export const ids = [231];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseArgsOrExplain)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);


/**
 * node:util's parseArgs, its error turned into a usage error of one line (it explains well: "Unknown option").
 * A value flag given twice is refused too (parseArgs keeps the last silently), unless it is declared `multiple`.
 */
function parseArgsOrExplain(config) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
        refuseRepeatedValues(config);
        return parsed;
    }
    catch (error) {
        if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
            throw error;
        const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
        // Node appends advice on "--" to an unknown option, ending in a stray quote: the first sentence is enough.
        const unknown = /^Unknown option '[^']*'/.exec(message);
        throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(unknown ? `${unknown[0]} (see --help)` : message || "bad arguments");
    }
}
/** Read once more for its tokens (the strict parse above has passed): which value flag came twice. */
function refuseRepeatedValues(config) {
    const options = config.options ?? {};
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: config.args ?? [],
        options,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const seen = new Set();
    for (const token of tokens) {
        if (token.kind !== "option" || token.value === undefined || options[token.name]?.multiple === true)
            continue;
        if (seen.has(token.name))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${token.rawName} was given twice: give it once (see --help)`);
        seen.add(token.name);
    }
}


/***/ }),

/***/ 5231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   help: () => (/* binding */ help),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   summary: () => (/* binding */ summary)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_common_plural_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2695);
/* harmony import */ var _core_element_source_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9588);
/* harmony import */ var _core_element_validate_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6801);
/* harmony import */ var _core_interop_layouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8354);
/* harmony import */ var _core_interop_write_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2117);
/* harmony import */ var _core_report_display_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1946);
/* harmony import */ var _core_report_human_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6951);
/* harmony import */ var _core_repository_element_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9597);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _file_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7666);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1604);












const summary = "Write valid elements as a NEXS MCP server loads them from its data directory";
const help = `Usage: nexs-publish export <paths...> --into <dir> [options]

Validates the element files in the given files and directories and writes the valid ones under <dir> in the
layout and key names the NEXS MCP server loads, so a collection's elements can be dropped into a server's data
directory: <type>/<YYYY-MM-DD of created_at>/<id as the server names files>.yaml, metadata keys isactive,
createdat and updatedat (isactive: true when the element says nothing). Files with errors are not exported.
All files are written, or none.

Arguments:
  paths                    files or directories (.yaml, .yml)

Options:
  --into <dir>             the directory to write into (required), e.g. the server's data directory
  --layout <layout>        nexs-server (default), or elements: <type>/<YYYY-MM-DD>/<id>.yaml with the files as
                           they are
  --strict                 unknown data keys and unresolved references are errors (such files are not exported)
  --dry-run                report which files would be created or updated and which are unchanged; write nothing
  --max-file-size <bytes>  refuse larger files (default: ${_core_element_source_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_MAX_FILE_SIZE */ .S})
  -h, --help               show this help

Exit status: 0 every element exported, 1 some file had errors (the others were exported), 2 usage or I/O
problem (nothing is written then).
`;
async function run(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseArgsOrExplain */ .R)({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
            into: { type: "string" },
            layout: { type: "string", default: "nexs-server" },
            strict: { type: "boolean", default: false },
            "dry-run": { type: "boolean", default: false },
            "max-file-size": { type: "string" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout.write(help);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT_OK */ .Ij;
    }
    const layout = values.layout;
    if (!(0,_core_interop_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .isElementLayout */ .h4)(layout))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--layout must be one of ${_core_interop_layouts_js__WEBPACK_IMPORTED_MODULE_2__/* .ELEMENT_LAYOUTS */ .b_.join(", ")}, not "${layout}"`);
    if (values.into === undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb("--into <dir> is required: the directory to export into");
    const into = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.into);
    const maxFileSize = (0,_file_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .maxFileSizeOption */ .Fl)(values["max-file-size"], _core_element_source_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_MAX_FILE_SIZE */ .S);
    await (0,_file_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .requirePaths */ .yK)(positionals, io.cwd);
    const report = await (0,_core_element_validate_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .validateTree */ .P)(positionals, { strict: values.strict, maxFileSize, cwd: io.cwd });
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    const decoder = new TextDecoder();
    const elements = report.elements.map((e) => ({ file: e.file, text: decoder.decode(e.bytes), element: e.element }));
    const dryRun = values["dry-run"];
    let written;
    try {
        written = await (0,_core_interop_write_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .writeElementLayout */ .ux)(into, layout, elements, { dryRun });
    }
    catch (error) {
        if (!(error instanceof _core_repository_element_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .RepositoryError */ .p))
            throw error;
        io.stderr.write(`nexs-publish: ${error.message.split("\n")[0]}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT_USAGE */ .Ri;
    }
    const show = (path) => (0,_core_report_display_path_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(into, path), io.cwd);
    const lines = [];
    for (const d of errors)
        lines.push(`${(0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(d.file)}:${d.line}:${d.column} error ${d.code} ${(0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(d.message)}`);
    for (const p of written.problems)
        lines.push(`${(0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(p.file)}: not exported: ${(0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(p.message)}`);
    for (const f of written.files) {
        lines.push(`${(0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(f.file)} → ${(0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(show(f.path))} (${(0,_core_interop_write_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layoutStateText */ .pP)(f.state, dryRun)})`);
    }
    const skipped = new Set([...errors.map((d) => d.file), ...written.problems.map((p) => p.file)]).size;
    const failed = skipped > 0;
    const counts = (0,_core_interop_write_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .layoutCountsText */ ._g)(written.files, dryRun);
    lines.push(`${failed ? "✖" : "✔"} ${(0,_core_common_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .countOf */ .p)(written.files.length, "element")} exported to ` +
        `${(0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)((0,_core_report_display_path_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(into, io.cwd))}` +
        ` (${layout} layout${counts ? `: ${counts}` : ""})${failed ? `; ${(0,_core_common_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .countOf */ .p)(skipped, "file")} not exported` : ""}` +
        `${dryRun ? " (dry run: nothing was written)" : ""}`);
    io.stdout.write(`${lines.join("\n")}\n`);
    return failed ? _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT_INVALID */ .jL : _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ maxFileSizeOption),
/* harmony export */   UK: () => (/* binding */ readInputFiles),
/* harmony export */   yK: () => (/* binding */ requirePaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1387);
/* harmony import */ var _core_common_positive_integer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6613);
/* harmony import */ var _core_element_read_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8755);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1604);
// The element files named on a command line, read the way validate reads them (no links followed, the size limit
// checked before reading), for the commands that convert files rather than validate them.






/**
 * A path that does not exist is a usage problem (exit 2), not a finding. Anything else (a symlink, even a loop; a
 * name too long) gets the finding the walker gives the same file, so lstat, not stat.
 */
async function requirePaths(paths, cwd) {
    if (paths.length === 0)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("give the files or directories to work on (see --help)");
    for (const path of paths) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path));
        }
        catch (error) {
            const code = (0,_core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .U)(error);
            if (code === "ENOENT" || code === "ENOTDIR")
                throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${path}: no such file or directory`);
        }
    }
}
function readInputFiles(paths, cwd, maxFileSize) {
    const options = { cwd, maxFileSize };
    const listing = (0,_core_element_read_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .listElementTree */ .$C)([...paths], options);
    const sources = [];
    const absolute = new Map();
    const diagnostics = [...listing.diagnostics];
    for (const listed of listing.files) {
        const read = (0,_core_element_read_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .readListedFile */ .IK)(listed, options);
        if (!read.ok) {
            diagnostics.push(read.diagnostic);
            continue;
        }
        sources.push({ file: listed.file, bytes: read.bytes });
        absolute.set(listed.file, listed.absolute);
    }
    sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { sources, absolute, diagnostics };
}
function maxFileSizeOption(text, fallback) {
    if (text === undefined)
        return fallback;
    const size = (0,_core_common_positive_integer_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositiveInteger */ .z)(text);
    if (size === undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--max-file-size must be a whole number of bytes greater than 0, not "${text}"`);
    return size;
}


/***/ }),

/***/ 6801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ validateTree)
/* harmony export */ });
/* unused harmony export BATCH_SIZE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9020);
/* harmony import */ var _diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8083);
/* harmony import */ var _redact_redactor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7825);
/* harmony import */ var _check_batch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7993);
/* harmony import */ var _check_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9351);
/* harmony import */ var _collection_disk_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4918);
/* harmony import */ var _collection_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4002);
/* harmony import */ var _cross_file_facts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6213);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2836);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9252);
/* harmony import */ var _read_tree_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8755);
// validateTree: element files on disk → the same report as validateSources over the same files, in bounded
// memory. Files are read and checked in batches; each file leaves behind its findings and the few facts the
// cross-file rules need, and its document is let go. The few files a cross-file rule reports on are read again,
// and must still hold the bytes that were validated. Batches may be checked by helpers (worker threads) too, and
// this thread's own batches read ahead by a reader (another thread), so that this one spends its time checking.












/** Files per batch: small enough to balance the work between threads, large enough to cost little to send. */
const BATCH_SIZE = 200;
async function validateTree(paths, options) {
    const batchOptions = {
        strict: options.strict,
        maxFileSize: options.maxFileSize,
        cwd: options.cwd,
        keepElements: options.keepElements ?? true,
    };
    const listing = (0,_read_tree_js__WEBPACK_IMPORTED_MODULE_11__/* .listElementTree */ .$C)(paths, batchOptions);
    const { files, manifests } = sortManifests(listing, batchOptions);
    const batches = [];
    for (let i = 0; i < files.length; i += BATCH_SIZE)
        batches.push(files.slice(i, i + BATCH_SIZE));
    const outcomes = await checkBatches(batches, batchOptions, options);
    const diagnostics = [...listing.diagnostics];
    const byType = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };
    const facts = [];
    const parsed = new Map();
    // Element files refused while listing (links, FIFOs...) or reading (too large, unreadable) were seen too.
    const refused = new Set(listing.diagnostics.map((d) => d.file).filter(_read_tree_js__WEBPACK_IMPORTED_MODULE_11__/* .isElementFileName */ .oe));
    let read = 0;
    // Every secret of the run: a cross-file finding or a listing problem in one file may name another file's secret.
    const redactor = new _redact_redactor_js__WEBPACK_IMPORTED_MODULE_3__/* .Redactor */ .pO();
    outcomes.forEach((outcome, i) => {
        const listed = files[i];
        redactor.add(outcome.secrets);
        (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_2__/* .appendAll */ .u2)(diagnostics, outcome.diagnostics);
        if (!outcome.read)
            refused.add(outcome.file);
        else
            read++;
        if (outcome.facts && outcome.fingerprint !== undefined && listed) {
            if (outcome.facts.type)
                byType[outcome.facts.type]++;
            facts.push(outcome.facts);
            parsed.set(outcome.facts, { listed, fingerprint: outcome.fingerprint });
        }
    });
    const reload = (f) => {
        const entry = parsed.get(f);
        if (!entry)
            return undefined;
        const again = (0,_read_tree_js__WEBPACK_IMPORTED_MODULE_11__/* .readListedFile */ .IK)(entry.listed, batchOptions);
        if (!again.ok || (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_9__/* .fingerprint */ .R)(again.bytes) !== entry.fingerprint) {
            diagnostics.push((0,_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnostic */ .YK)(f.file, _diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_START */ .WS, "error", "file/unreadable", `${f.file} changed while it was being validated; validate again once nothing is writing to it`));
            return undefined;
        }
        return (0,_check_source_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSource */ .A)({ file: f.file, bytes: again.bytes }, options);
    };
    (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_2__/* .appendAll */ .u2)(diagnostics, (0,_cross_file_facts_js__WEBPACK_IMPORTED_MODULE_8__/* .crossFileDiagnostics */ .$)(facts, options, reload));
    // Collection manifests: their globs are matched against the files there; types validate already read are reused.
    const typeOf = new Map();
    outcomes.forEach((outcome, i) => {
        const listed = files[i];
        if (listed && outcome.facts?.type)
            typeOf.set(listed.absolute, outcome.facts.type);
    });
    for (const manifest of manifests) {
        if (!manifest.read.ok) {
            diagnostics.push(manifest.read.diagnostic);
            refused.add(manifest.listed.file);
            continue;
        }
        read++;
        const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(manifest.listed.absolute);
        const check = (0,_collection_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .checkCollectionManifest */ .SV)({ file: manifest.listed.file, bytes: manifest.read.bytes }, {
            tree: (0,_collection_disk_js__WEBPACK_IMPORTED_MODULE_6__/* .diskTree */ .cF)(root),
            classify: (0,_collection_disk_js__WEBPACK_IMPORTED_MODULE_6__/* .diskClassifier */ .jx)(root, {
                maxFileSize: options.maxFileSize,
                known: (path) => typeOf.get((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, path)),
            }),
            manifestPath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(manifest.listed.absolute),
            allowInstallHooks: options.allowInstallHooks ?? false,
            maxFileSize: options.maxFileSize,
        });
        (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_2__/* .appendAll */ .u2)(diagnostics, check.diagnostics);
    }
    const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
    const elements = [];
    for (const { file, element } of outcomes) {
        if (element && !failed.has(file))
            elements.push({ file, ...element });
    }
    const redacted = diagnostics.map((d) => redactor.diagnostic(d));
    return { files: read + refused.size, diagnostics: redacted.sort(_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDiagnostics */ .oV), elements, byType };
}
/**
 * The listed manifests that are manifests, read; one whose content is an element file after all (a top-level
 * `metadata`) joins the element files instead.
 */
function sortManifests(listing, options) {
    const files = [...listing.files];
    const manifests = [];
    for (const listed of listing.manifests) {
        const read = (0,_read_tree_js__WEBPACK_IMPORTED_MODULE_11__/* .readListedFile */ .IK)(listed, options);
        if (read.ok && isElementText(read.bytes, options.maxFileSize))
            files.push(listed);
        else
            manifests.push({ listed, read });
    }
    if (files.length > listing.files.length)
        files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { files, manifests };
}
function isElementText(bytes, maxFileSize) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_10__/* .parseSource */ .P)({ file: "", bytes }, { maxFileSize, shape: "mapping" });
    return parsed.ok && Object.hasOwn(parsed.value, "metadata");
}
/** Every batch checked, here or by a helper; the outcomes in file order. */
async function checkBatches(batches, batchOptions, options) {
    const total = batches.reduce((n, b) => n + b.length, 0);
    const results = [];
    let next = 0;
    let done = 0;
    const finish = (index, outcomes) => {
        results[index] = outcomes;
        done += outcomes.length;
        options.onProgress?.(done, total);
    };
    const helpers = batches.length > 1 ? (options.helpers?.(total) ?? []) : [];
    // With two batches or fewer, this thread would be done before a reader had started.
    const reader = batches.length > 2 ? options.reader?.(total) : undefined;
    try {
        const help = async (helper) => {
            for (let i = next++; i < batches.length; i = next++) {
                const batch = batches[i] ?? [];
                try {
                    const outcomes = await helper.check(batch, batchOptions);
                    if (!answersFor(batch, outcomes))
                        throw new Error("a helper answered for other files");
                    finish(i, outcomes);
                }
                catch {
                    finish(i, (0,_check_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .checkListedFiles */ .x)(batch, batchOptions));
                    return;
                }
            }
        };
        // Two batches in flight per helper: it starts the next while this thread is busy with its own batch.
        const helped = helpers.flatMap((helper) => [help(helper), help(helper)]);
        // This thread's own batches. With a reader, the next two are claimed ahead and read there while this thread
        // checks; the first is read here, as the reader is still starting. A batch it fails to read is read here.
        const ahead = [];
        const claimAhead = () => {
            if (!reader || next >= batches.length)
                return;
            const index = next++;
            const batch = batches[index] ?? [];
            const read = reader.read(batch, batchOptions).then((answers) => (answersFor(batch, answers) ? answers : undefined), () => undefined);
            ahead.push({ index, read });
        };
        let own = { index: next++, read: undefined };
        claimAhead();
        claimAhead();
        while (own.index < batches.length) {
            finish(own.index, (0,_check_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .checkListedFiles */ .x)(batches[own.index] ?? [], batchOptions, own.read));
            // Let helpers' answers in and their next batches out before this thread takes another batch.
            if (helpers.length > 0)
                await new Promise((resolve) => setImmediate(resolve));
            const queued = ahead.shift();
            own = queued ? { index: queued.index, read: await queued.read } : { index: next++, read: undefined };
            claimAhead();
        }
        await Promise.all(helped);
    }
    finally {
        for (const helper of helpers)
            helper.close();
        reader?.close();
    }
    return results.flat();
}
/** Whether a helper's or the reader's answer is one per file of the batch, in its order. */
function answersFor(batch, answer) {
    return answer.length === batch.length && answer.every((a, k) => a.file === batch[k]?.file);
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

/***/ 1686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ tight),
/* harmony export */   S3: () => (/* binding */ itemsOf),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   _M: () => (/* binding */ newSeq),
/* harmony export */   dg: () => (/* binding */ newMap),
/* harmony export */   fN: () => (/* binding */ renamed),
/* harmony export */   fq: () => (/* binding */ pairsOf),
/* harmony export */   hw: () => (/* binding */ takeLeadingComment),
/* harmony export */   qA: () => (/* binding */ setScalarIn),
/* harmony export */   qe: () => (/* binding */ keyNode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Small edits of a yaml Document that keep the comments written beside the keys and values they move.

/** The key of a pair as a string, when it is a scalar. */
function keyOf(pair) {
    const key = pair.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return key.value === null ? undefined : String(key.value);
    return typeof key === "string" ? key : undefined;
}
/** A new key node named `name` that carries the comments and spacing of `like` (a key being renamed). */
function keyNode(name, like) {
    const key = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(name);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(like)) {
        key.commentBefore = like.commentBefore;
        key.comment = like.comment;
        key.spaceBefore = like.spaceBefore;
    }
    return key;
}
/** The pair under another key, with its value node (and the value's comments) unchanged. */
function renamed(pair, name) {
    return new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Pair */ .Rm(keyNode(name, pair.key), pair.value);
}
function newMap(pairs = []) {
    const map = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLMap */ .CA();
    for (const pair of pairs)
        map.items.push(pair); // no spread: a file's mapping can be huge
    return map;
}
function newSeq(items = []) {
    const seq = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLSeq */ .Rw();
    for (const item of items)
        seq.items.push(item);
    return seq;
}
/** The pairs of a mapping node, or the items of a sequence node; empty for anything else. */
function pairsOf(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? [...node.items] : [];
}
function itemsOf(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? [...node.items] : [];
}
/** Sets a scalar at `path` in place when one is there (its quoting and comment stay), else sets a new node. */
function setScalarIn(document, path, value) {
    const node = document.getIn(path, true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === typeof value)
        node.value = value;
    else
        document.setIn(path, value);
}
/** Takes the comment above the first key of the top mapping (it belongs to the file, not to that key). */
function takeLeadingComment(document) {
    const root = document.contents;
    const first = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) ? root.items[0]?.key : undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(first) || !first.commentBefore)
        return undefined;
    const comment = first.commentBefore;
    first.commentBefore = undefined;
    return comment;
}
/** A mapping whose first key starts on the next line: no blank line it had where it came from. */
function tight(map) {
    const first = map.items[0]?.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(first))
        first.spaceBefore = false;
    return map;
}


/***/ }),

/***/ 8848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   z: () => (/* binding */ syncDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


let counter = 0;
/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old file or the new one, whole:
 * write a hidden temporary file in the same directory, fsync it, rename it over the target, fsync the directory.
 * Both file stores write this way (element repository, tracking state store); the element loader recognises
 * the leftover of an interrupted write by its name (file-layout.ts, isTemporaryFile).
 */
async function writeFileAtomic(path, content, beforeRename) {
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    // pid + counter: unique among live writers, and "wx" refuses to reuse a leftover of a dead one.
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${++counter}.tmp`);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temporary, "wx", 0o644);
    try {
        await file.writeFile(content);
        await file.sync();
    }
    catch (error) {
        await file.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    await file.close();
    try {
        await beforeRename?.(temporary, path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    await syncDirectory(directory);
}
/**
 * Makes a rename or unlink in `directory` durable. Some platforms (Windows) cannot open a directory: there the
 * change is as durable as the platform makes it, and the write that already happened is not reported as failed.
 */
async function syncDirectory(directory) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(directory, "r");
    }
    catch {
        return;
    }
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 9597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ RepositoryError)
/* harmony export */ });
class RepositoryError extends Error {
    problem;
    diagnostics;
    name = "RepositoryError";
    constructor(problem, message, 
    /** Validation findings when problem is invalid-element. */
    diagnostics = []) {
        super(message);
        this.problem = problem;
        this.diagnostics = diagnostics;
    }
}


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ isTemporaryFile),
/* harmony export */   qb: () => (/* binding */ elementFilePath)
/* harmony export */ });
/* unused harmony export UNDATED_DIRECTORY */
/** The directory for elements without metadata.created_at: they still get a stable, valid place. */
const UNDATED_DIRECTORY = "undated";
/**
 * Where an element lives under the repository's base directory: `<type>/<created YYYY-MM-DD>/<id>.yaml`.
 * The date is the one written in created_at (the author's calendar day, as the collection's `{created}`
 * placeholder uses it), not converted to UTC; no created_at means `<type>/undated/<id>.yaml`.
 */
function elementFilePath(element) {
    const date = /^(\d{4}-\d{2}-\d{2})[Tt]/.exec(element.metadata.created_at ?? "")?.[1] ?? UNDATED_DIRECTORY;
    return `${element.metadata.type}/${date}/${element.metadata.id}.yaml`;
}
/** Temporary files of interrupted writes: hidden, same directory, `.tmp` suffix. */
const isTemporaryFile = (name) => name.startsWith(".") && name.endsWith(".tmp");


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ planFileSet),
/* harmony export */   y0: () => (/* binding */ pathUnder),
/* harmony export */   yb: () => (/* binding */ writeFileSet)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errno_code_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1387);
/* harmony import */ var _atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8848);
/* harmony import */ var _element_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9597);
/* harmony import */ var _make_directories_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(286);
// A set of files written all together or not at all: each one atomically (writeFileAtomic), and when one fails the
// ones already written are put back (the old text restored, a new file removed, a new directory removed), so a
// failed run leaves the tree as it found it. Used where files are written outside a repository's own layout: an
// import converting files in place, an export into a NEXS MCP server's data directory.






/**
 * The absolute path of `relativePath` under `base`, refusing one that would leave it (absolute, `..`, a backslash,
 * an empty segment): the layouts build paths from element ids and dates, which must never escape the target.
 */
function pathUnder(base, relativePath) {
    const segments = relativePath.split("/");
    const bad = relativePath.includes("\\") ||
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(relativePath) ||
        segments.some((s) => s === "" || s === "." || s === "..");
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, relativePath);
    if (bad || !(0,_make_directories_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base), path))
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `${relativePath} is not a path inside ${base}`);
    return path;
}
/**
 * What writeFileSet would do, writing nothing (a dry run): each file's wanted text compared with what is on disk,
 * so a file already holding it is `unchanged`, not "would be written".
 */
async function planFileSet(files) {
    const { result, before } = await compareWithDisk(files);
    for (const file of files) {
        if (before.has(file.path))
            (before.get(file.path) === undefined ? result.created : result.updated).push(file.path);
    }
    return result;
}
/** Writes every file whose text differs from what is there, or none of them. */
async function writeFileSet(files, options = {}) {
    const { result, before } = await compareWithDisk(files);
    const made = [];
    const written = [];
    try {
        for (const file of files) {
            if (!before.has(file.path))
                continue;
            made.push(...(await (0,_make_directories_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDirectories */ .Kb)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file.path), options.base)));
            await (0,_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(file.path, file.text, options.beforeRename);
            written.push(file.path);
            (before.get(file.path) === undefined ? result.created : result.updated).push(file.path);
        }
    }
    catch (error) {
        await putBack(written, before, made);
        const failed = files.find((f) => before.has(f.path) && !written.includes(f.path))?.path ?? "a file";
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `could not write ${failed}: ${(0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .U)(error) ?? (error instanceof Error ? error.message : "unknown error")}` +
            `; nothing was changed`);
    }
    return result;
}
/** The unchanged files, and the current text (undefined: no file) of each of the others. */
async function compareWithDisk(files) {
    const result = { created: [], updated: [], unchanged: [] };
    const before = new Map();
    for (const file of files) {
        const current = await currentText(file.path);
        if (current === file.text)
            result.unchanged.push(file.path);
        else
            before.set(file.path, current);
    }
    return { result, before };
}
/** The file's text, undefined when there is none; a link or anything but a regular file is refused. */
async function currentText(path) {
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).catch((error) => {
        if ((0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .U)(error) === "ENOENT" || (0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .U)(error) === "ENOTDIR")
            return undefined;
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `cannot look at ${path}: ${(0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoCode */ .U)(error) ?? "unknown error"}`);
    });
    if (!stats)
        return undefined;
    if (!stats.isFile())
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `${path} exists and is not a regular file; not replaced`);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
}
async function putBack(written, before, made) {
    for (const path of [...written].reverse()) {
        const old = before.get(path);
        if (old === undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(path).catch(() => undefined);
        else
            await (0,_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(path, old).catch(() => undefined);
    }
    await (0,_make_directories_js__WEBPACK_IMPORTED_MODULE_4__/* .removeDirectories */ .iM)(made);
    const parents = new Set(written.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p)));
    for (const d of parents)
        await (0,_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__/* .syncDirectory */ .z)(d).catch(() => undefined);
}


/***/ }),

/***/ 286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Kb: () => (/* binding */ makeDirectories),
/* harmony export */   iM: () => (/* binding */ removeDirectories)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errno_code_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1387);
// The directories a write needs, made without ever going through a symbolic link below the target: a link
// planted in the target (out/persona → /elsewhere) must not send a write outside it. Shared by every writer of
// element files (the file element repository, file sets), so the rule is said once.



/**
 * Creates the missing directories of `directory`; returns those it created, outermost first. Every directory
 * below `base` on the way, existing or not, is checked without following links (lstat, each one: a link higher
 * up would otherwise be followed silently); `base` itself and what is above it are taken as the caller named
 * them. Whatever it created is removed again when it fails.
 */
async function makeDirectories(directory, base) {
    const root = base === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base);
    const chain = [];
    for (let d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory);; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        chain.unshift(d);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
            break;
    }
    const made = [];
    try {
        for (const d of chain) {
            const below = root !== undefined && isInside(root, d);
            const stats = await (below ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(d) : (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(d)).catch((error) => {
                if ((0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .U)(error) === "ENOENT")
                    return undefined;
                throw error;
            });
            if (stats === undefined) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(d);
                made.push(d);
            }
            else if (stats.isSymbolicLink()) {
                throw new Error(`${d} is a symbolic link: nothing is written through a link (make it a real directory)`);
            }
            else if (!stats.isDirectory()) {
                throw new Error(`${d} is not a directory (a file is in the way)`);
            }
        }
    }
    catch (error) {
        await removeDirectories(made);
        throw error;
    }
    return made;
}
/**
 * Removes directories a write made (as makeDirectories returned them, outermost first), innermost first; one
 * not empty stays. Returns those removed.
 */
async function removeDirectories(made) {
    const removed = [];
    for (const d of [...made].reverse()) {
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(d).then(() => true, () => false))
            removed.push(d);
    }
    return removed;
}
/** Whether `path` is strictly below `base`. */
function isInside(base, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, path);
    return rel !== "" && rel !== ".." && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
}


/***/ }),

/***/ 646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ writeYaml),
/* harmony export */   g: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _element_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9252);
/* harmony import */ var _element_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9588);



/**
 * An element file's text as a comment-keeping Document (to edit) and its plain value (to compare). The element
 * parser (parse.ts) reads it first, so exactly what validation refuses is refused here, as one sentence; only
 * text it vouched for (bounded, untagged, unique keys) is then composed into a Document. `mapping` accepts any
 * top-level mapping instead of only the element shape (a file being imported, a collection manifest).
 */
function readYaml(text, shape = "element") {
    const parsed = (0,_element_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSource */ .P)({ file: "", bytes: Buffer.from(text, "utf8") }, { maxFileSize: _element_source_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_FILE_SIZE */ .S, shape });
    if (!parsed.ok) {
        const first = parsed.diagnostics[0];
        return { ok: false, problem: first ? `${first.code} at line ${first.line}: ${first.message}` : "unreadable YAML" };
    }
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(parsed.text, { uniqueKeys: true, prettyErrors: false });
    return {
        ok: true,
        document,
        value: parsed.value,
        conventions: detectConventions(parsed.text, text.startsWith("\uFEFF")),
    };
}
function detectConventions(text, bom) {
    const flush = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m.test(text);
    const padded = /[[{] [^\s\]}]/.test(text);
    const tight = /[[{][^\s\]}]/.test(text);
    return { crlf: text.includes("\r\n"), bom, indentSeq: !flush, flowPadding: padded || !tight };
}
/** Serialises a document back in the source file's conventions, with no line folding. */
function writeYaml(document, conventions) {
    const text = document.toString({
        lineWidth: 0,
        indentSeq: conventions.indentSeq,
        flowCollectionPadding: conventions.flowPadding,
    });
    return (conventions.bom ? "\uFEFF" : "") + (conventions.crlf ? text.replace(/\r?\n/g, "\r\n") : text);
}


/***/ })

};
