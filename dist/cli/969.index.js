export const id = 969;
export const ids = [969];
export const modules = {

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   help: () => (/* binding */ help),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   summary: () => (/* binding */ summary)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_common_plural_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2695);
/* harmony import */ var _core_common_positive_integer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6613);
/* harmony import */ var _core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3974);
/* harmony import */ var _core_state_state_codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _core_state_stats_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5926);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5297);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);
/* harmony import */ var _reconcile_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9917);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2594);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3893);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5678);













const summary = "Track this source's submissions (records merges as the App would) and list them";
const INTERVAL = { default: 10, min: 2, max: 3600 };
const help = `Usage: nexs-publish status --collection <owner/repo> [options]

First reconciles this source's open submissions with their pull requests, as the Action's \`command: track\`
does (a merge is recorded and becomes the base, even where no App runs), then lists every submission:
number, status, elements, URL and age, and the totals.

Options:
  --collection <owner/repo>   the collection repository (required)
  --watch                     refresh until every submission is merged or rejected
  --interval <seconds>        between refreshes, ${INTERVAL.min} to ${INTERVAL.max} (default: ${INTERVAL.default})
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.signingKey}
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.publisher}
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.branch}
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.stateBranch}
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.source}
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.token}
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.json}
${_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._$.help}

Exit status: 0 listed, 1 a pull request could not be tracked, 2 usage problem.
`;
const FLAGS = {
    ..._flags_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_FLAGS */ .gd,
    ..._flags_js__WEBPACK_IMPORTED_MODULE_3__/* .TRUST_FLAGS */ .LP,
    collection: _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_FLAGS */ .Io.collection,
    "state-branch": _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_FLAGS */ .Io["state-branch"],
    watch: { type: "boolean", default: false },
    interval: { type: "string", default: String(INTERVAL.default) },
};
async function run(args, io, wait = (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms)) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArgsOrExplain */ .R)({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
    if (values.help) {
        io.stdout.write(help);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
    }
    const collection = (0,_source_js__WEBPACK_IMPORTED_MODULE_7__/* .repoFlag */ .t$)("--collection", (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredFlag */ .SN)("collection", values.collection, "the owner/repo to look at"));
    const seconds = (0,_core_common_positive_integer_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePositiveInteger */ .z)(values.interval);
    if (seconds === undefined || seconds < INTERVAL.min || seconds > INTERVAL.max)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--interval must be ${INTERVAL.min} to ${INTERVAL.max} seconds, not "${values.interval}"`);
    const options = {
        collection,
        source: await (0,_source_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveSourceName */ .PH)(values.source, io.cwd, io.env),
        stateBranch: (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .branchFlag */ .vi)("state-branch", values["state-branch"]),
        branchTemplate: values.branch,
        signingKey: (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .secretFlag */ .Z1)(values["signing-key"], io.env, "NEXS_SIGNING_KEY"),
        publisher: values.publisher,
        dryRun: false,
    };
    const session = await (0,_session_js__WEBPACK_IMPORTED_MODULE_6__/* .connect */ .N)(values, io);
    let previous = "";
    for (;;) {
        const listing = await statusOnce(session, options);
        const text = values.json ? `${JSON.stringify(listing.json)}\n` : listing.text;
        // A terminal is redrawn; a pipe gets a listing only when a status moved, so a log stays short.
        if (io.stdout.isTTY && values.watch && !values.json)
            io.stdout.write(`\u001b[H\u001b[2J${text}`);
        else if (listing.key !== previous)
            io.stdout.write(text);
        previous = listing.key;
        if (!values.watch || listing.open === 0)
            return listing.failed > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_INVALID */ .jL : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
        await wait(seconds * 1000);
    }
}
async function statusOnce(session, options) {
    const reconciled = await (0,_reconcile_source_js__WEBPACK_IMPORTED_MODULE_5__/* .reconcileSource */ .a)(session, options);
    const document = await readDocument(reconciled);
    const submissions = Object.values(document?.submissions ?? {}).sort((a, b) => a.number - b.number);
    const stats = (0,_core_state_stats_js__WEBPACK_IMPORTED_MODULE_10__/* .computeStats */ .b)(document?.submissions ?? {});
    const now = session.env.now();
    const { transitions, checked, failed } = reconciled.result;
    const json = {
        source: (0,_core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_11__/* .formatRepoRef */ .N)(options.source),
        collection: (0,_core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_11__/* .formatRepoRef */ .N)(options.collection),
        reconciled: { checked, failed, transitions },
        submissions: submissions.map((s) => submissionJson(s, now)),
        stats,
    };
    const open = stats.pending + stats.draft;
    const key = JSON.stringify([submissions.map((s) => [s.number, s.status, s.elements.length]), failed]);
    return { text: listingText(json.source, submissions, stats, now, failed), key, json, open, failed };
}
async function readDocument(reconciled) {
    const stored = await reconciled.store.read(reconciled.key);
    return stored ? _core_state_state_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_CODEC */ .tr.parse(stored.text) : undefined;
}
function submissionJson(submission, now) {
    const { number, status, url, elements, createdAt, updatedAt } = submission;
    const ageSeconds = Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / 1000));
    return { number, status, url, elements, createdAt, updatedAt, ageSeconds };
}
function listingText(source, submissions, stats, now, failed) {
    if (submissions.length === 0)
        return `No submissions from ${source} are recorded in the collection yet.\n`;
    const rows = submissions.map((s) => [
        `#${s.number}`,
        s.status,
        (0,_core_common_plural_js__WEBPACK_IMPORTED_MODULE_12__/* .countOf */ .p)(s.elements.length, "element"),
        (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g)(s.url),
        (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_8__/* .age */ .K)(s.createdAt, now),
    ]);
    const widths = [0, 1, 2, 3].map((i) => rows.reduce((w, row) => Math.max(w, row[i]?.length ?? 0), 0));
    const lines = rows.map((row) => row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd());
    const totals = `${(0,_core_common_plural_js__WEBPACK_IMPORTED_MODULE_12__/* .countOf */ .p)(stats.total, "submission")}: ${stats.pending} pending, ${stats.draft} draft, ` +
        `${stats.merged} merged, ${stats.rejected} rejected`;
    const trouble = failed > 0 ? `\n${(0,_core_common_plural_js__WEBPACK_IMPORTED_MODULE_12__/* .countOf */ .p)(failed, "pull request")} could not be tracked (see the warnings)` : "";
    return `${lines.join("\n")}\n${totals}${trouble}\n`;
}


/***/ }),

/***/ 9588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ DEFAULT_MAX_FILE_SIZE)
/* harmony export */ });
const DEFAULT_MAX_FILE_SIZE = 256 * 1024;


/***/ })

};
