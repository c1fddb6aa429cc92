export const id = 594;
export const ids = [594];
export const modules = {

/***/ 2477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ wantsColor)
/* harmony export */ });
/**
 * Whether to colour output for a stream: FORCE_COLOR wins (as in Node itself; "0" or "false" turns colour off),
 * then NO_COLOR (https://no-color.org: set and non-empty), then TERM=dumb, then whether the stream is a terminal.
 */
function wantsColor(isTTY, env) {
    const force = env["FORCE_COLOR"];
    if (force !== undefined)
        return force !== "0" && force.toLowerCase() !== "false";
    if (env["NO_COLOR"])
        return false;
    if (env["TERM"] === "dumb")
        return false;
    return isTTY === true;
}


/***/ }),

/***/ 606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ planHeadline),
/* harmony export */   T9: () => (/* binding */ rowJson),
/* harmony export */   XB: () => (/* binding */ reportRefused),
/* harmony export */   dZ: () => (/* binding */ formatRows)
/* harmony export */ });
/* unused harmony exports formatRefused, refusedJson */
/* harmony import */ var _core_common_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2695);
/* harmony import */ var _core_publish_counts_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(255);
/* harmony import */ var _core_report_display_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1946);
/* harmony import */ var _core_report_human_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6951);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2477);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5678);
// The plan as text (one line per element, the ones that need a person first) and as JSON, for `plan` and
// `publish`; and a refused publish as the validator's findings.







const COLOURS = {
    add: "32",
    update: "32",
    delete: "32",
    "remote-changed": "33",
    conflict: "31",
    "id-collision": "31",
};
/** Blocking rows first, then what is proposed, then the rest, each group in plan order. */
function ordered(rows) {
    const rank = (row) => (row.blocking ? 0 : row.proposed ? 1 : row.outcome === "unchanged" ? 3 : 2);
    return rows
        .map((row, i) => ({ row, i }))
        .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
        .map((x) => x.row);
}
function formatRows(rows, color) {
    const width = Math.max(0, ...rows.map((row) => outcomeText(row).length));
    return ordered(rows)
        .map((row) => {
        const text = outcomeText(row).padEnd(width);
        const code = COLOURS[row.outcome];
        const outcome = color && code ? `\u001b[${code}m${text}\u001b[0m` : text;
        return `${outcome}  ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(row.id)}  ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(row.path)}: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(row.reason)}\n`;
    })
        .join("");
}
function outcomeText(row) {
    return row.resolution ? `${row.outcome} → ${row.resolution}` : row.outcome;
}
function planHeadline(counts, blocking, dryRun) {
    const people = blocking > 0 ? `; ${(0,_core_common_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .countOf */ .p)(blocking, "element needs", "elements need")} a person` : "";
    return `${dryRun ? "Dry run: " : ""}${(0,_core_publish_counts_text_js__WEBPACK_IMPORTED_MODULE_5__/* .countsText */ .W)(counts)}${people}.\n`;
}
function rowJson(row) {
    return {
        id: row.id,
        path: row.path,
        outcome: row.outcome,
        ...(row.resolution && { resolution: row.resolution }),
        reason: row.reason,
        proposed: row.proposed,
        blocking: row.blocking,
        private: row.private,
    };
}
/** Validation found errors, or the elements cannot be placed: the findings and problems, nothing published. */
function formatRefused(validation, problems, cwd, color) {
    const diagnostics = validation.diagnostics.map((d) => ({ ...d, file: (0,_core_report_display_path_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .G)(d.file, cwd) }));
    const findings = diagnostics.length > 0 ? (0,_core_report_human_js__WEBPACK_IMPORTED_MODULE_1__/* .formatHuman */ .L)(validation.files, diagnostics, { color }) : "";
    return `${findings}${problems.map((p) => `${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(p)}\n`).join("")}`;
}
function refusedJson(validation, problems, cwd) {
    const diagnostics = validation.diagnostics.map((d) => ({
        file: (0,_core_report_display_path_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .G)(d.file, cwd),
        line: d.line,
        column: d.column,
        severity: d.severity,
        code: d.code,
        message: d.message,
    }));
    return `${JSON.stringify({ kind: "refused", problems, diagnostics })}\n`;
}
/** Prints why nothing was done (the findings, or one JSON object) and returns exit status 1. */
function reportRefused(refused, io, json, outcome) {
    const { validation, problems } = refused;
    if (json)
        io.stdout.write(refusedJson(validation, problems, io.cwd));
    else
        io.stdout.write(formatRefused(validation, problems, io.cwd, (0,_color_js__WEBPACK_IMPORTED_MODULE_6__/* .wantsColor */ .z)(io.stdout.isTTY, io.env)));
    io.stderr.write(`nexs-publish: ${outcome} (see above)\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_INVALID */ .jL;
}


/***/ }),

/***/ 4227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ validateSources)
/* harmony export */ });
/* harmony import */ var _diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9020);
/* harmony import */ var _diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8083);
/* harmony import */ var _git_object_sha_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4318);
/* harmony import */ var _redact_redactor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7825);
/* harmony import */ var _check_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9351);
/* harmony import */ var _rules_dependency_cycles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1175);
/* harmony import */ var _rules_duplicate_ids_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7338);
/* harmony import */ var _rules_references_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8908);
// validateSources: element files in memory → every finding and the elements that may be published.
// Pure: parse → schema → per-element rules → secrets (checkSource, file by file) → cross-file rules.








function validateSources(sources, options) {
    const diagnostics = [];
    const byType = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };
    const checked = [];
    const identified = [];
    const declared = new Map();
    // Every secret of the run: a cross-file finding in one file may name another file's secret.
    const redactor = new _redact_redactor_js__WEBPACK_IMPORTED_MODULE_3__/* .Redactor */ .pO();
    for (const file of sources) {
        const check = (0,_check_source_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSource */ .A)(file, options);
        redactor.add(check.secrets);
        (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, check.diagnostics);
        const { parsed, type, id, element } = check;
        if (!parsed)
            continue;
        if (type)
            byType[type]++;
        if (id !== undefined) {
            identified.push({ source: parsed, id });
            if (type) {
                const types = declared.get(id) ?? new Set();
                types.add(type);
                declared.set(id, types);
            }
        }
        checked.push({ source: parsed, element });
    }
    const elements = checked.flatMap((c) => (c.element ? [c.element] : []));
    (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, (0,_rules_duplicate_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .duplicateIdDiagnostics */ .j)(identified));
    (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, (0,_rules_references_js__WEBPACK_IMPORTED_MODULE_7__/* .referenceDiagnostics */ .A)(elements, { source: declared, collection: options.collection }, options.strict));
    (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, (0,_rules_dependency_cycles_js__WEBPACK_IMPORTED_MODULE_5__/* .dependencyCycleDiagnostics */ .U)(elements));
    const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
    const valid = [];
    for (const { source, element } of checked) {
        if (!element || failed.has(source.file))
            continue;
        valid.push({
            file: source.file,
            bytes: source.bytes,
            blob: (0,_git_object_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobSha */ .Ak)(source.bytes),
            element: { metadata: element.metadata, data: element.data },
        });
    }
    const redacted = diagnostics.map((d) => redactor.diagnostic(d));
    return { files: sources.length, diagnostics: redacted.sort(_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .compareDiagnostics */ .oV), elements: valid, byType };
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

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ countsText)
/* harmony export */ });
/** `3 add, 1 conflict`: the outcomes that happened, in plan order; `no elements` when none did. */
function countsText(counts) {
    const parts = Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([outcome, n]) => `${n} ${outcome}`);
    return parts.length > 0 ? parts.join(", ") : "no elements";
}


/***/ }),

/***/ 7113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ prepareElements)
});

// EXTERNAL MODULE: ./src/core/element/validate-tree.ts
var validate_tree = __webpack_require__(6801);
// EXTERNAL MODULE: ./src/core/names/repo-ref.ts
var repo_ref = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/core/element/identity.ts
var identity = __webpack_require__(364);
// EXTERNAL MODULE: ./src/core/git/object-sha.ts
var object_sha = __webpack_require__(4318);
;// CONCATENATED MODULE: ./src/core/publish/place-elements.ts


function isPrivate(element) {
    return element.element.data["privacy_level"] === "private";
}
/**
 * Paths from the template and blobs from the bytes that will be written. Refuses, naming every culprit, a path
 * the template cannot make, two elements on one path, and private elements when there is no sealer.
 */
async function placeElements(elements, template, sealer) {
    const problems = [];
    const byPath = new Map();
    const items = [];
    const refusedPrivate = [];
    for (const valid of elements) {
        const { metadata } = valid.element;
        const placed = (0,identity/* collectionPath */.yb)(template, metadata);
        if (!placed.ok) {
            problems.push(`${valid.file}: ${placed.message}`);
            continue;
        }
        const other = byPath.get(placed.path);
        if (other !== undefined) {
            problems.push(`${valid.file} and ${other} would both be published to ${placed.path}: give the path template a placeholder that tells them apart, such as {id}`);
            continue;
        }
        byPath.set(placed.path, valid.file);
        const secret = isPrivate(valid);
        if (secret && !sealer) {
            refusedPrivate.push(valid.file);
            continue;
        }
        // Validated bytes are UTF-8, so the text round-trips to the same bytes (BOM included) and the same blob.
        const plain = Buffer.from(valid.bytes).toString("utf8");
        const content = secret && sealer ? await sealer.seal(placed.path, valid.bytes) : plain;
        items.push({
            id: metadata.id,
            type: metadata.type,
            path: placed.path,
            blob: secret ? (0,object_sha/* textBlobSha */.bz)(content) : valid.blob,
            plain,
            content,
            private: secret,
            file: valid.file,
        });
    }
    if (refusedPrivate.length > 0) {
        problems.push(`${refusedPrivate.join(", ")} ${refusedPrivate.length === 1 ? "is" : "are"} private (privacy_level: private) and would be published in plain text: ` +
            "set the encryption-key input (a secret) to publish them encrypted, or make them public");
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

// EXTERNAL MODULE: ./src/core/publish/private-sealer.ts
var private_sealer = __webpack_require__(1427);
;// CONCATENATED MODULE: ./src/core/publish/prepare-elements.ts




/**
 * The publish's first step, before any call to GitHub: validate the source's element files, seal the private
 * ones, and place every element at its collection path. Refused when validation finds an error or an element
 * cannot be placed.
 */
async function prepareElements(
// Only the source's name (the passphrase salt): the CLI's offline plan has no numeric id or commit.
options) {
    const validation = await (0,validate_tree/* validateTree */.P)(options.paths, {
        strict: options.strict,
        maxFileSize: options.maxFileSize,
        cwd: options.cwd,
    });
    if (validation.diagnostics.some((d) => d.severity === "error"))
        return { kind: "refused", validation, problems: [] };
    const key = options.encryptionKey ? (0,private_sealer/* parseEncryptionKey */._8)(options.encryptionKey) : undefined;
    // scrypt is slow on purpose: derive only when there is something to seal.
    const sealer = key && validation.elements.some(isPrivate)
        ? await (0,private_sealer/* createPrivateSealer */._P)(key, (0,repo_ref/* formatRepoRef */.N)(options.source))
        : undefined;
    const placement = await placeElements(validation.elements, options.pathTemplate, sealer);
    if (!placement.ok)
        return { kind: "refused", validation, problems: placement.problems };
    return { kind: "prepared", validation, local: placement.items };
}


/***/ }),

/***/ 6068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ collectionIds)
/* harmony export */ });
/* harmony import */ var _element_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(364);

/**
 * Where the collection already holds each local id, read from file names: with a template whose last segment is
 * `{id}.yaml` (or `.yml`), a file `X.yaml` below the template's fixed prefix holds the element whose slugged id
 * is X. That finds an id published at another path (another type, an older template) without downloading a
 * single file. Other templates give no map, and collisions are then found from the state document's base alone.
 */
function collectionIds(template, paths, local) {
    const last = template.slice(template.lastIndexOf("/") + 1);
    if (last !== "{id}.yaml" && last !== "{id}.yml")
        return undefined;
    const firstPlaceholder = template.indexOf("{");
    const prefix = template.slice(0, template.lastIndexOf("/", firstPlaceholder) + 1);
    const byName = new Map();
    for (const path of paths) {
        if (!path.startsWith(prefix))
            continue;
        const match = /^([a-z0-9][a-z0-9-]*)\.ya?ml$/.exec(path.slice(path.lastIndexOf("/") + 1));
        if (!match?.[1])
            continue;
        const found = byName.get(match[1]);
        if (found)
            found.push(path);
        else
            byName.set(match[1], [path]);
    }
    const ids = new Map();
    for (const element of local) {
        const found = byName.get((0,_element_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .slug */ .yR)(element.id));
        if (found)
            ids.set(element.id, found);
    }
    return ids;
}


/***/ }),

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ applyChanges)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

const isPrimitive = (v) => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
/**
 * Applies field changes to a parsed YAML document in place. A scalar that changes keeps its node, so its
 * quoting style and trailing comment survive; everything not named by a change is left untouched.
 */
function applyChanges(document, changes) {
    for (const change of changes) {
        if (!change.present) {
            document.deleteIn(change.path);
            continue;
        }
        const node = document.getIn(change.path, true);
        // Only same-typed values reuse the node: a quoted "1" given the number 1 would stay a string.
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && isPrimitive(change.value) && typeof node.value === typeof change.value)
            node.value = change.value;
        else
            document.setIn(change.path, change.value);
    }
}


/***/ }),

/***/ 4751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mergeElementYaml)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _document_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3511);
/* harmony import */ var _value_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2564);
/* harmony import */ var _yaml_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(646);




const UPDATED_AT = ["metadata", "updated_at"];
const isUpdatedAt = (c) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(c.path, UPDATED_AT);
/**
 * Field-level three-way merge of an element file. The local text is the starting point and keeps its
 * formatting and comments; the fields only the collection changed are written into it. A field changed
 * differently on both sides (or changed inside a mapping the other side replaced) is an overlap and the
 * merge refuses. Exception: when both sides bumped metadata.updated_at, the later stamp is kept, since every
 * edit touches it. The result must parse back to exactly the intended value and pass `validate`.
 */
function mergeElementYaml(texts, validate) {
    const base = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readYaml */ .g)(texts.base);
    const local = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readYaml */ .g)(texts.local);
    const remote = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readYaml */ .g)(texts.remote);
    if (!base.ok)
        return { ok: false, reason: `the merged base does not parse: ${base.problem}` };
    if (!local.ok)
        return { ok: false, reason: `the local file does not parse: ${local.problem}` };
    if (!remote.ok)
        return { ok: false, reason: `the collection's file does not parse: ${remote.problem}` };
    const ours = (0,_value_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffValues */ .I)(base.value, local.value);
    const theirs = (0,_value_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffValues */ .I)(base.value, remote.value);
    const stamps = laterStamp(ours, theirs);
    const { apply, overlaps } = (0,_value_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .partitionChanges */ .c)(ours.filter((c) => !stamps || !isUpdatedAt(c)), theirs.filter((c) => !stamps || !isUpdatedAt(c)));
    if (overlaps.length > 0) {
        const fields = overlaps.map((p) => p.join(".")).join(", ");
        return { ok: false, reason: `both the source and the collection changed ${fields}: resolve by hand` };
    }
    if (stamps)
        apply.push(stamps);
    (0,_document_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .applyChanges */ .Y)(local.document, apply);
    const text = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__/* .writeYaml */ .V)(local.document, local.conventions);
    const check = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readYaml */ .g)(text);
    const expected = local.document.toJS();
    if (!check.ok || !(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(check.value, expected)) {
        return { ok: false, reason: "the merged file does not read back as the merged fields" };
    }
    const problem = validate?.(text);
    if (problem !== undefined)
        return { ok: false, reason: `the merged file is not a valid element: ${problem}` };
    return { ok: true, text, fromRemote: apply.map((c) => c.path.join(".")) };
}
/** When both sides changed updated_at, the change that keeps the later of the two stamps. */
function laterStamp(ours, theirs) {
    const a = ours.find(isUpdatedAt);
    const b = theirs.find(isUpdatedAt);
    if (!a?.present || !b?.present)
        return undefined;
    const ta = typeof a.value === "string" ? Date.parse(a.value) : Number.NaN;
    const tb = typeof b.value === "string" ? Date.parse(b.value) : Number.NaN;
    if (Number.isNaN(ta) || Number.isNaN(tb))
        return undefined;
    return tb > ta ? b : { path: a.path, present: true, value: a.value };
}


/***/ }),

/***/ 8068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R4: () => (/* binding */ planSync)
/* harmony export */ });
/* unused harmony exports PLAN_OUTCOMES, WRITING_OUTCOMES */
const PLAN_OUTCOMES = (/* unused pure expression or super */ null && ([
    "add",
    "update",
    "unchanged",
    "remote-changed",
    "conflict",
    "delete",
    "id-collision",
]));
/** Outcomes that change the collection. */
const WRITING_OUTCOMES = new Set(["add", "update", "delete"]);
/**
 * The three-way plan of docs/architecture.md (Publish, step 3), per element over git blob SHAs.
 * With L local, R the collection blob at the element's path and B the base blob (either may be absent):
 * R = L → unchanged; R = B ≠ L → add (both absent) or update; L = B ≠ R → remote-changed; else conflict.
 *
 * An id collision comes first: the id is already in the collection at another path, known either from
 * `remoteIds` (any other path) or from the base map (the base path differs and the collection still holds
 * it). Publishing would make a second copy, so the element is left out. A base entry at another path that
 * the collection no longer holds is stale and counts as no base.
 *
 * Conflicts are not resolved here (resolve.ts does that with file contents). Linear time: Map lookups only.
 */
function planSync(input) {
    const entries = [];
    const counts = {
        add: 0,
        update: 0,
        unchanged: 0,
        "remote-changed": 0,
        conflict: 0,
        delete: 0,
        "id-collision": 0,
    };
    const push = (planned) => {
        entries.push(planned);
        counts[planned.outcome]++;
    };
    const seen = new Set();
    for (const element of input.local) {
        seen.add(element.id);
        push(planElement(element, input));
    }
    const missing = [];
    for (const id in input.base)
        if (!seen.has(id))
            missing.push(id);
    for (const id of missing.sort()) {
        const base = input.base[id];
        if (base)
            push(planMissing(id, base, input));
    }
    return { entries, counts };
}
function planElement(element, input) {
    const { id, path, blob: local } = element;
    const remote = input.remote.get(path);
    const elsewhere = input.remoteIds?.get(id)?.find((p) => p !== path);
    if (elsewhere !== undefined) {
        return entry(id, path, "id-collision", `id "${id}" is already in the collection at ${elsewhere}; publishing to ${path} would make a second copy: move or remove one of them`, local, remote, undefined);
    }
    const recorded = input.base[id];
    if (recorded && recorded.path !== path && input.remote.has(recorded.path)) {
        return entry(id, path, "id-collision", `id "${id}" was published to ${recorded.path}, which the collection still holds; its new path ${path} would make a second copy: remove the old file or restore the old path`, local, remote, undefined);
    }
    const base = recorded && recorded.path === path ? recorded.blob : undefined;
    const [outcome, reason] = compare(local, remote, base);
    return entry(id, path, outcome, reason, local, remote, base);
}
/** The truth table itself. */
function compare(local, remote, base) {
    if (remote === local)
        return ["unchanged", "the collection already holds this exact file"];
    if (remote === base) {
        return remote === undefined
            ? ["add", "new element: not in the collection"]
            : ["update", "changed in the source since the last merge; unchanged in the collection"];
    }
    if (local === base) {
        return remote === undefined
            ? ["remote-changed", "removed from the collection since the last merge and unchanged in the source: not re-added"]
            : [
                "remote-changed",
                "changed in the collection since the last merge and unchanged in the source: not overwritten",
            ];
    }
    if (base === undefined) {
        return remote === undefined
            ? ["conflict", "changed in the source, but the last merged version is gone from the collection"]
            : [
                "conflict",
                "the collection already has a different file at this path and there is no merged base to compare with",
            ];
    }
    return remote === undefined
        ? ["conflict", "changed in the source but deleted in the collection since the last merge"]
        : ["conflict", "changed in both the source and the collection since the last merge"];
}
function planMissing(id, recorded, input) {
    const remote = input.remote.get(recorded.path);
    const at = (outcome, reason) => entry(id, recorded.path, outcome, reason, undefined, remote, recorded.blob);
    if (remote === undefined)
        return at("unchanged", "removed from the source and already gone from the collection");
    if (!input.deleteMissing)
        return at("unchanged", "removed from the source; kept in the collection because delete-missing is off");
    if (remote === recorded.blob)
        return at("delete", "removed from the source; unchanged in the collection since the last merge");
    return at("conflict", "removed from the source but changed in the collection since the last merge: not deleted");
}
/** One object shape for every entry keeps the hot loop monomorphic; absent blobs stay undefined. */
function entry(id, path, outcome, reason, local, remote, base) {
    return { id, path, outcome, reason, local, remote, base };
}


/***/ }),

/***/ 5663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ resolveConflict),
/* harmony export */   Sd: () => (/* binding */ textsNeeded),
/* harmony export */   j7: () => (/* binding */ CONFLICT_STRATEGIES)
/* harmony export */ });
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8129);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4751);
/* harmony import */ var _yaml_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);



const CONFLICT_STRATEGIES = ["manual", "local-wins", "remote-wins", "newest", "merge"];
/** Which texts a strategy reads, so callers download nothing more (blob SHAs alone decide the others). */
function textsNeeded(strategy) {
    if (strategy === "newest")
        return ["local", "remote"];
    if (strategy === "merge")
        return ["base", "local", "remote"];
    return [];
}
/**
 * Resolves one `conflict` entry of a plan. `entry.local` absent means the element was removed from the
 * source; `entry.remote` absent means the collection deleted it.
 */
function resolveConflict(entry, strategy, texts = {}, validate) {
    const removedLocally = entry.local === undefined;
    switch (strategy) {
        case "manual":
            return { action: "manual", reason: `${entry.reason}; conflict strategy is manual` };
        case "local-wins":
            return removedLocally
                ? { action: "delete", reason: "removed from the source; local-wins deletes it from the collection" }
                : { action: "write", reason: "local-wins: the source's file replaces the collection's" };
        case "remote-wins":
            return { action: "keep-remote", reason: "remote-wins: the collection's version is kept" };
        case "newest":
            return removedLocally
                ? { action: "manual", reason: `${entry.reason}; newest cannot date a removed element` }
                : newest(texts);
        case "merge":
            return merge(entry, texts, validate);
    }
}
function newest(texts) {
    const local = updatedAt(texts.local);
    const remote = updatedAt(texts.remote);
    // A missing or unreadable stamp counts as the oldest; a tie (including both missing) is for a person.
    if (local === remote)
        return { action: "manual", reason: "newest: both sides carry the same metadata.updated_at (or none)" };
    if (local > remote)
        return { action: "write", reason: "newest: the source's metadata.updated_at is later" };
    return { action: "keep-remote", reason: "newest: the collection's metadata.updated_at is later" };
}
function updatedAt(text) {
    if (text === undefined)
        return Number.NEGATIVE_INFINITY;
    const read = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readYaml */ .g)(text);
    const metadata = read.ok ? read.value.metadata : undefined;
    const stamp = (0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Q)(metadata) ? metadata.updated_at : undefined;
    const time = typeof stamp === "string" ? Date.parse(stamp) : Number.NaN;
    return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
function merge(entry, texts, validate) {
    const { base, local, remote } = texts;
    if (local === undefined || remote === undefined) {
        return { action: "manual", reason: `${entry.reason}; merge needs a file on both sides` };
    }
    if (base === undefined)
        return { action: "manual", reason: `${entry.reason}; merge needs the last merged version as a base` };
    const merged = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeElementYaml */ ._)({ base, local, remote }, validate);
    if (!merged.ok)
        return { action: "manual", reason: merged.reason };
    return {
        action: "write",
        text: merged.text,
        reason: `merged field by field (${merged.fromRemote.length} from the collection)`,
    };
}


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ validateMergedText)
/* harmony export */ });
/* harmony import */ var _element_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9588);
/* harmony import */ var _element_validate_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4227);


/**
 * Re-validates a merged element file on its own with the element validator (a merge is published only if it
 * would pass validation); the first error, if any, in one line.
 */
function validateMergedText(file, options = { strict: false, maxFileSize: _element_source_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_FILE_SIZE */ .S }) {
    return (text) => {
        const report = (0,_element_validate_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .validateSources */ .J)([{ file, bytes: Buffer.from(text, "utf8") }], options);
        const error = report.diagnostics.find((d) => d.severity === "error");
        return error && `${error.code} at line ${error.line}: ${error.message}`;
    };
}


/***/ }),

/***/ 2564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ diffValues),
/* harmony export */   c: () => (/* binding */ partitionChanges)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);


function diffValues(before, after, path = []) {
    if ((0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(before) && (0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(after)) {
        const changes = [];
        for (const key of Object.keys(before)) {
            if (!Object.hasOwn(after, key))
                changes.push({ path: [...path, key], present: false });
        }
        for (const [key, value] of Object.entries(after)) {
            if (!Object.hasOwn(before, key))
                changes.push({ path: [...path, key], present: true, value });
            // One by one, not spread into push: a mapping can hold more keys than a call takes arguments.
            else
                for (const change of diffValues(before[key], value, [...path, key]))
                    changes.push(change);
        }
        return changes;
    }
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(before, after) ? [] : [{ path, present: true, value: after }];
}
function isPrefix(a, b) {
    return a.length <= b.length && a.every((key, i) => key === b[i]);
}
function sameChange(a, b) {
    return a.present === b.present && (!a.present || (b.present && (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(a.value, b.value)));
}
/**
 * Splits the other side's changes into those to apply and reports whether any overlap with ours: the same
 * field changed differently, or one side changed a field inside a mapping the other replaced or removed.
 * Identical changes on both sides are not an overlap and need no applying.
 */
function partitionChanges(ours, theirs) {
    const apply = [];
    const overlaps = [];
    for (const change of theirs) {
        const related = ours.filter((o) => isPrefix(o.path, change.path) || isPrefix(change.path, o.path));
        if (related.length === 0)
            apply.push(change);
        else if (!(related.length === 1 &&
            related[0] &&
            related[0].path.length === change.path.length &&
            sameChange(related[0], change))) {
            overlaps.push([...change.path]);
        }
    }
    return { apply, overlaps };
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


/***/ }),

/***/ 5788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Js: () => (/* binding */ blobReader),
  OR: () => (/* binding */ defaultBranch),
  H7: () => (/* binding */ readCollection)
});

// EXTERNAL MODULE: ./src/core/names/repo-ref.ts
var repo_ref = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/core/state/state-codec.ts + 4 modules
var state_codec = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/github/collection-read.ts + 1 modules
var collection_read = __webpack_require__(8419);
// EXTERNAL MODULE: ./src/github/github-error.ts
var github_error = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/github/fork.ts



const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * Fork mode: the token owner's fork of the collection, created when missing. GitHub answers 202 and copies
 * in the background, so the fork's base branch is polled (bounded, sleep injected) before it is used.
 */
async function ensureFork(client, upstream, options) {
    const upstreamName = (0,repo_ref/* formatRepoRef */.N)(upstream);
    const owner = options.owner ??
        (await (0,github_error/* attempt */.CD)({ attempted: "find the token's user (fork mode needs a user token, not an App or GITHUB_TOKEN)" }, () => client.rest.users.getAuthenticated())).data.login;
    let fork = { owner, repo: upstream.repo };
    let created = false;
    const existing = await readRepo(client, fork);
    if (existing) {
        if (!existing.fork || !existing.parent || !same(existing.parent, upstreamName)) {
            throw new github_error/* GitHubError */.y_("validation", undefined, `use ${(0,repo_ref/* formatRepoRef */.N)(fork)} as the fork of ${upstreamName}`, "", `${(0,repo_ref/* formatRepoRef */.N)(fork)} exists and is not a fork of ${upstreamName}: rename or delete it, or publish without fork mode.`);
        }
    }
    else {
        const { data } = await (0,github_error/* attempt */.CD)({ attempted: `fork ${upstreamName}`, repository: upstreamName }, () => client.rest.repos.createFork({ ...upstream, default_branch_only: true }));
        fork = { owner: data.owner.login, repo: data.name };
        created = true;
        options.log?.info(`Forked ${upstreamName} to ${(0,repo_ref/* formatRepoRef */.N)(fork)}; waiting for GitHub to copy it.`);
    }
    const head = await waitForBranch(client, fork, options);
    if (!options.upstreamHead || head.commit === options.upstreamHead)
        return { repo: fork, created, synced: false, head };
    const where = (0,repo_ref/* formatRepoRef */.N)(fork);
    try {
        await client.rest.repos.mergeUpstream({ ...fork, branch: options.branch });
    }
    catch (error) {
        const failure = (0,github_error/* httpFailure */.tG)(error);
        const hint = failure?.status === 409 || failure?.status === 422
            ? `The fork's ${options.branch} has commits the collection does not have: reset it to ${upstreamName}'s ${options.branch} or delete the fork.`
            : undefined;
        const converted = (0,github_error/* toGitHubError */.Lg)(error, { attempted: `sync ${where} with ${upstreamName}`, repository: where });
        throw hint
            ? new github_error/* GitHubError */.y_(converted.kind, converted.status, converted.attempted, converted.githubMessage, hint)
            : converted;
    }
    const synced = (await (0,collection_read/* readBranchHead */.z)(client, fork, options.branch)) ?? head;
    return { repo: fork, created, synced: true, head: synced };
}
async function readRepo(client, repo) {
    try {
        const { data } = await client.rest.repos.get({ ...repo });
        return { fork: data.fork, parent: data.parent?.full_name ?? data.source?.full_name };
    }
    catch (error) {
        if ((0,github_error/* statusOf */.c2)(error) === 404)
            return undefined;
        throw (0,github_error/* toGitHubError */.Lg)(error, { attempted: `read ${(0,repo_ref/* formatRepoRef */.N)(repo)}` });
    }
}
async function waitForBranch(client, fork, options) {
    const attempts = Math.max(1, options.attempts ?? 30);
    const interval = options.intervalMs ?? 2000;
    for (let poll = 1;; poll++) {
        const head = await (0,collection_read/* readBranchHead */.z)(client, fork, options.branch);
        if (head)
            return head;
        if (poll >= attempts)
            break;
        await options.sleep(interval);
    }
    throw new github_error/* GitHubError */.y_("not-found", 404, `use the fork ${(0,repo_ref/* formatRepoRef */.N)(fork)}`, `branch ${options.branch} is not there yet`, `GitHub was still copying the fork after ${attempts} checks ${interval} ms apart: re-run in a few minutes.`);
}

// EXTERNAL MODULE: ./src/github/state-store.ts
var state_store = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/github/publish/read-collection.ts






/**
 * The publish's read step: the base head and this source's state document at once, then the base tree and the
 * head branch at once (in fork mode the fork is made ready first). Each round trip costs the whole API latency,
 * so independent reads go out together.
 */
async function readCollection(client, 
// The source by name only: the CLI's `plan` reads what a dry run reads, without a numeric id or commit.
options, env) {
    const collection = options.collection;
    const baseName = lazyBaseName(client, collection, options.base);
    const store = new state_store/* GitHubStateStore */.Q(client, { repo: collection, branch: options.stateBranch });
    const key = (0,state_codec/* stateKey */.bP)(options.source);
    // HEAD is the default branch: its head is read without its name, which a re-run with nothing new never needs.
    const [baseHead, stored] = await Promise.all([
        (0,collection_read/* readBranchHead */.z)(client, collection, options.base ?? "HEAD"),
        store.read(key),
    ]);
    if (!baseHead)
        throw await missingBase(client, collection, options.base);
    const document = stored ? (0,state_codec/* parseStoredState */.Cm)(stored.text, key, options.stateBranch) : undefined;
    // A dry run creates no fork; it only reads the collection. The fork is made ready before the next reads, so a
    // failed read never leaves its polling running behind.
    const headRepo = options.fork && !options.dryRun
        ? (await ensureFork(client, collection, {
            branch: await baseName(),
            upstreamHead: baseHead.commit,
            sleep: env.sleep,
            ...(env.log && { log: env.log }),
        })).repo
        : collection;
    // The head branch is read with the tree; a dry run writes no commit, so it needs none. In a collection with
    // no state branch yet, nothing was ever published: the head branch is taken as absent, which keeps a fresh
    // collection's first publish within budget. Should it exist after all (a first publish that failed before
    // recording), creating its ref answers "already exists" and the writer force-moves it. Not wider than that: a
    // source's first publish to a collection in use saves only a parallel read by skipping it, while the re-run
    // of a failed first publish (wrong permissions, Actions not allowed to create PRs) would pay the trees, the
    // commit and a force-push of an identical tree. Fork mode always reads: its branch lives in the fork.
    const presumedAbsent = !options.fork && store.lastReadFoundNoBranch;
    const readHead = options.dryRun || presumedAbsent ? Promise.resolve(undefined) : (0,collection_read/* readBranchHead */.z)(client, headRepo, options.branch);
    const [tree, branchHead] = await Promise.all([(0,collection_read/* readTree */.Z)(client, collection, baseHead.tree), readHead]);
    return { baseName, baseHead, tree, store, stateKey: key, stored, document, headRepo, branchHead };
}
/** The base branch's name, given or read at the first call; a failed read is tried again at the next one. */
function lazyBaseName(client, repo, base) {
    if (base !== undefined)
        return () => Promise.resolve(base);
    let name;
    return () => {
        name ??= defaultBranch(client, repo).catch((error) => {
            name = undefined;
            throw error;
        });
        return name;
    };
}
/** A collection blob as text: what the `newest` and `merge` strategies compare. */
function blobReader(client, collection) {
    const where = (0,repo_ref/* formatRepoRef */.N)(collection);
    return async (sha) => {
        const { data } = await (0,github_error/* attempt */.CD)({ attempted: `read blob ${sha} of ${where}`, repository: where }, () => client.rest.git.getBlob({ ...collection, file_sha: sha }));
        return Buffer.from(data.content, "base64").toString("utf8");
    };
}
/** The repository's default branch: the base when none is given (one call). */
async function defaultBranch(client, repo) {
    const where = (0,repo_ref/* formatRepoRef */.N)(repo);
    const { data } = await (0,github_error/* attempt */.CD)({ attempted: `read ${where}`, repository: where }, () => client.rest.repos.get({ ...repo }));
    return data.default_branch;
}
/**
 * Why the base's head could not be read, in the words of what to fix: one more call, on this failure only, tells a
 * collection that is missing (or hidden from the token: GitHub answers 404 to both) from a missing branch.
 */
async function missingBase(client, collection, base) {
    const where = (0,repo_ref/* formatRepoRef */.N)(collection);
    const attempted = `read the ${base === undefined ? "default branch" : `base branch ${base}`} of ${where}`;
    const visible = await client.rest.repos.get({ ...collection }).then(() => true, (error) => {
        if ((0,github_error/* httpFailure */.tG)(error)?.status === 404)
            return false;
        throw (0,github_error/* toGitHubError */.Lg)(error, { attempted: `read the repository ${where}`, repository: where });
    });
    const hint = !visible
        ? `No repository ${where} that this token can see: check the \`collection\` input (owner/repo), and that the token has access to it.`
        : base === undefined
            ? `${where} has no commits yet: push a first commit to its default branch.`
            : `${where} has no branch ${base}: check the \`base\` input, or leave it empty for the default branch.`;
    return new github_error/* GitHubError */.y_("not-found", 404, attempted, "", hint);
}


/***/ })

};
