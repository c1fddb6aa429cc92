export const id = 395;
export const ids = [395];
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

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PATH: () => (/* binding */ DEFAULT_PATH),
  help: () => (/* binding */ help),
  parseValidateArgs: () => (/* binding */ parseValidateArgs),
  run: () => (/* binding */ run),
  summary: () => (/* binding */ summary)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/common/errno-code.ts
var errno_code = __webpack_require__(1387);
// EXTERNAL MODULE: ./src/core/common/positive-integer.ts
var positive_integer = __webpack_require__(6613);
// EXTERNAL MODULE: ./src/core/diagnostic/diagnostic.ts
var diagnostic = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/core/element/source.ts
var source = __webpack_require__(9588);
// EXTERNAL MODULE: ./src/core/element/validate-tree.ts
var validate_tree = __webpack_require__(6801);
// EXTERNAL MODULE: ./src/core/report/display-path.ts
var display_path = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/core/report/human.ts
var human = __webpack_require__(6951);
// EXTERNAL MODULE: ./src/core/redact/redactor.ts
var redactor = __webpack_require__(7825);
;// CONCATENATED MODULE: ./src/core/report/json.ts


function toJsonReport(files, diagnostics) {
    const { errors, warnings } = (0,diagnostic/* countBySeverity */.Ot)(diagnostics);
    return {
        files,
        valid: errors === 0,
        errors,
        warnings,
        diagnostics: diagnostics.map(({ file, line, column, severity, code, message }) => ({
            file,
            line,
            column,
            severity,
            code,
            message,
        })),
    };
}
/** One JSON object on one line, newline-terminated. */
function formatJson(files, diagnostics) {
    return (0,redactor/* redactText */.Rd)(`${JSON.stringify(toJsonReport(files, diagnostics))}\n`);
}

;// CONCATENATED MODULE: ./src/core/element/codes.ts
/**
 * Every stable diagnostic code, with a one-line meaning. Users search for these; tests assert them; the
 * README lists them. Add new codes here (one entry each) and never rename one that has shipped.
 */
const DIAGNOSTIC_CODES = {
    // Reading files (read-tree)
    "file/not-found": "A path given on the command line or as an input does not exist.",
    "file/not-regular": "A symlink, FIFO, socket or device: never opened (an error when named .yaml/.yml or given as a path, else a warning).",
    "file/unreadable": "The file or directory exists but could not be read (permissions, I/O error).",
    // Limits (refused before the YAML parser runs, or while it runs)
    "limit/file-size": "The file is larger than the maximum file size (default 256 KiB).",
    "limit/depth": "Collections are nested deeper than 64 levels.",
    "limit/aliases": "More than 100 aliases, an alias that contains itself, or aliases that expand to too much data.",
    "limit/findings": "One file has more than 1,000 findings: the first 1,000 are listed, the rest counted in this one.",
    // Bytes and YAML
    "encoding/utf8": "The bytes are not valid UTF-8; the position is the first bad byte.",
    "yaml/syntax": "The text is not valid YAML; the position and message come from the YAML parser.",
    "yaml/control-character": "A raw control character (NUL, ESC, DEL...) that YAML 1.2 does not allow; write it as an escape in a double-quoted string.",
    "yaml/line-break": "A carriage return (CR) not followed by LF: line breaks must be LF or CRLF.",
    "yaml/multiple-documents": "More than one YAML document (`---`) in one file.",
    "yaml/directive": "A `%YAML` or `%TAG` directive: element files use plain YAML 1.2 without directives.",
    "yaml/duplicate-key": "The same key appears twice in one mapping.",
    "yaml/forbidden-key": "A key named `__proto__`, `constructor` or `prototype`.",
    "yaml/tag": "An explicit tag (`!!str`, `!!python/object`, `!custom`...): element files use untagged YAML only.",
    "yaml/merge-key": "A merge key (`<<`): write the keys out instead.",
    "yaml/complex-key": "A mapping key that is a collection or an alias: keys must be plain or quoted scalars.",
    "parse/internal": "The parser failed unexpectedly: a bug, please report it with the file.",
    // Shape of the document
    "structure/top-level": "The top level is not a mapping with exactly the keys `metadata` and `data`.",
    "structure/nexs-server-format": "A NEXS MCP server file (metadata keys `isactive`, `createdat`, `updatedat`): convert it: `nexs-publish import`.",
    "structure/flat-format": "A flat NEXS MCP sample (`id`, `name`, `type`... at the top level): convert it with `nexs-publish import`.",
    // Schema (schemas/*.schema.json, mapped to the offending key or value)
    "schema/required": "A required key is missing; the position is the mapping that should hold it.",
    "schema/type": "A value has the wrong type (a string where a number is expected, a list where a mapping is...).",
    "schema/enum": "A value is not one of the allowed choices; the message lists them.",
    "schema/pattern": "A string does not have the required form (id rule, Semantic Versioning, variable name...).",
    "schema/format": "A date-time is not RFC 3339 with a time zone, or a date is not YYYY-MM-DD.",
    "schema/min-length": "A string is empty or shorter than its minimum.",
    "schema/max-length": "A string is longer than its maximum.",
    "schema/additional-property": "An unknown key: an error at the top level and in metadata, a warning in data (an error under strict).",
    "schema/min-items": "A list has fewer entries than it needs (often: it must not be empty).",
    "schema/max-items": "A list has more entries than allowed.",
    "schema/unique-items": "A list repeats an entry that must be unique (for example a tag).",
    "schema/minimum": "A number is below its minimum.",
    "schema/maximum": "A number is above its maximum.",
    "schema/max-properties": "A mapping has more keys than allowed.",
    "schema/invalid": "Any other schema violation; the message says which.",
    // Element rules JSON Schema cannot express
    "metadata/name-length": "metadata.name is not 3 to 100 characters long once surrounding spaces are trimmed.",
    "metadata/missing-description": "Warning: metadata has no description.",
    "metadata/updated-before-created": "metadata.updated_at is earlier than metadata.created_at.",
    "persona/shared-without-audience": "A persona with privacy_level shared has no shared_with entries.",
    "persona/private": "Info: a private persona; publish refuses it unless an encryption key is configured.",
    "skill/trigger-keywords": "A keyword trigger has no keywords.",
    "skill/trigger-pattern": "A pattern trigger has no pattern.",
    "skill/invalid-pattern": "Warning: a trigger pattern is not a valid regular expression.",
    "skill/duplicate-step": "Warning: two procedures have the same step number.",
    "skill/unordered-steps": "Warning: procedures are not listed in step order.",
    "skill/dependency-cycle": "Required skill dependencies form a cycle; the skill can never be loaded.",
    "template/duplicate-variable": "Two template variables have the same name.",
    "template/required-with-default": "Warning: a required variable also has a default, which is never used.",
    "template/undeclared-variable": "Warning: content uses {{name}} but no variable of that name is declared.",
    "template/unused-variable": "Warning: a declared variable never appears as {{name}} in content.",
    "memory/content-hash": "data.content_hash is not the SHA-256 of data.content.",
    "ensemble/duplicate-role": "Warning: two members of an ensemble have the same role.",
    "ensemble/single-member": "Warning: an ensemble with a single member.",
    // Across files
    "id/duplicate": "Two or more files use the same id; each of them gets this error.",
    "ref/unresolved": "A reference names no element of the right type in the source set or the collection (an error under strict).",
    // The collection manifest (collection.yaml) a NEXS MCP server installs
    "collection/required": "collection.yaml lacks a field a NEXS MCP server needs (`name`, `version`, `author`, `elements`...).",
    "collection/version": "A collection.yaml version is not Semantic Versioning (`1.0.0`; build metadata is refused by the server).",
    "collection/invalid": "A collection.yaml field has the wrong type or form (a name not in lowercase-with-hyphens, a bad URL...).",
    "collection/unknown-key": "Warning: a collection.yaml key a NEXS MCP server does not read.",
    "collection/element-outside": "An element path of collection.yaml leaves the repository (absolute, `..`, or through a symbolic link).",
    "collection/element-no-match": "An element glob of collection.yaml matches no file: a server refuses to install the collection.",
    "collection/element-not-element": "An element glob of collection.yaml matches what is not an element file (a directory, a README...).",
    "collection/element-type-mismatch": "An element entry of collection.yaml says one type, but a file it matches is another.",
    "collection/dependency-uri": "A collection.yaml dependency is not `github://owner/repo[@version]` or an https URL, or repeats another.",
    "collection/install-hook": "A collection.yaml hook of type `command` (it runs on every installer's machine) without `allow-install-hooks`.",
    "collection/install-hook-review": "Warning: with `allow-install-hooks`, a command hook (new or changed) to review; the message names its line.",
    "collection/stale-stats": "Warning: collection.yaml stats disagree with what its globs match; `nexs-publish collection init` refreshes them.",
    // The pull-request check in the collection (the App, command: track)
    "check/id-elsewhere": "The id is already in the collection at another path: the element would exist twice; change that file instead.",
    "check/open-submission": "Warning: another open submission (named and linked) changes the same id; whichever merges second must be updated.",
    // Secrets (secretlint's recommended preset; the value is never printed)
    "secret/aws-secret-access-key": "An AWS secret access key after its label (`aws_secret_access_key: …`).",
    "secret/aws-access-key-id": "An AWS access key id (`AKIA…`, `ASIA…` and the other prefixes), comments included.",
    "secret/aws-account-id": "An AWS account id after its label (`aws_account_id:` and twelve digits, dashes allowed).",
    "secret/gcp-service-account-key": "A GCP service account key: Google's JSON with `private_key_id` and a PEM `private_key`, pasted or as YAML keys.",
    "secret/github-token": "A GitHub token (classic, fine-grained, or in a URL).",
    "secret/npm-token": "An npm access or auth token.",
    "secret/slack-token": "A Slack token.",
    "secret/slack-webhook": "A Slack incoming-webhook URL.",
    "secret/basic-auth": "A user name and password inside a URL.",
    "secret/openai-key": "An OpenAI API key.",
    "secret/anthropic-key": "An Anthropic API key.",
    "secret/linear-token": "A Linear API token.",
    "secret/private-key": "A PEM private key block.",
    "secret/sendgrid-key": "A SendGrid API key.",
    "secret/shopify-token": "A Shopify access token.",
    "secret/1password-token": "A 1Password service account token.",
    "secret/database-credentials": "A database connection string with a password (PostgreSQL, MySQL, MongoDB).",
};

// EXTERNAL MODULE: ./src/core/report/tool.ts + 1 modules
var tool = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/report/sarif.ts



const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/**
 * Code scanning's documented hard limits: 25,000 results per run, and 10 MB per uploaded (gzip-compressed) SARIF
 * file. The text itself is kept under 10 MB, so that it passes however it is uploaded.
 */
const GITHUB_MAX_RESULTS = 25_000;
const GITHUB_MAX_SARIF_BYTES = 10_000_000;
const RESULTS_LIMIT = `code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run`;
const SIZE_LIMIT = `code scanning accepts a SARIF file of at most ${GITHUB_MAX_SARIF_BYTES / 1_000_000} MB`;
const LEVEL = { error: "error", warning: "warning", info: "note" };
const RANK = { error: 0, warning: 1, info: 2 };
/** Diagnostics as one SARIF run; `file`s must already be relative to the repository root. */
function toSarif(diagnostics, options) {
    const codes = [...new Set([...Object.keys(options.meanings), ...diagnostics.map((d) => d.code)])].sort();
    const ruleIndex = new Map(codes.map((code, index) => [code, index]));
    const rules = codes.map((id) => ({ id, name: ruleName(id), shortDescription: { text: options.meanings[id] ?? id } }));
    const max = options.maxResults ?? GITHUB_MAX_RESULTS;
    // When there are too many, keep the most severe: a dropped warning matters less than a dropped error.
    const kept = diagnostics.length > max
        ? [...diagnostics].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, max)
        : diagnostics;
    const results = kept.map((d) => ({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code) ?? 0,
        level: LEVEL[d.severity],
        message: { text: d.message || d.code },
        locations: [
            {
                physicalLocation: {
                    // Redacted before it is percent-encoded: encoded, a secret in a path no longer looks like one.
                    artifactLocation: { uri: fileUri((0,redactor/* redactText */.Rd)(d.file)), uriBaseId: "%SRCROOT%" },
                    region: region(d),
                },
            },
        ],
    }));
    const dropped = diagnostics.length - kept.length;
    const invocation = { executionSuccessful: true };
    if (dropped > 0) {
        invocation.toolExecutionNotifications = [
            {
                level: "warning",
                message: {
                    text: `${dropped} more results not included: ${options.limit ?? RESULTS_LIMIT}; the ${kept.length} included are the most severe of ${diagnostics.length}`,
                },
            },
        ];
    }
    return {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: { driver: { ...options.tool, semanticVersion: options.tool.version, rules } },
                invocations: [invocation],
                columnKind: "utf16CodeUnits",
                results,
            },
        ],
    };
}
/**
 * A relative URI reference: each `/`-separated segment percent-encoded (spaces, `#`, `%`, `?`, `\`). Paths arrive
 * through displayPath, which already turned Windows separators into `/`; a backslash left here is part of a
 * POSIX file name and is encoded, not taken for a separator.
 */
function fileUri(file) {
    // A lone surrogate would make encodeURIComponent throw (String#toWellFormed is ES2024).
    const wellFormed = file.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
    return wellFormed.split("/").map(encodeURIComponent).join("/");
}
/** `schema/required` → `SchemaRequired`: SARIF rule names are identifiers, ids keep the slash. */
function ruleName(code) {
    return code
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0]?.toUpperCase() + part.slice(1))
        .join("");
}
function region(d) {
    const start = { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) };
    const { endLine, endColumn } = d;
    // An end before the start makes the whole file invalid for code scanning: drop it rather than guess.
    if (endLine === undefined || endColumn === undefined)
        return start;
    if (endLine < start.startLine || (endLine === start.startLine && endColumn < start.startColumn))
        return start;
    return { ...start, endLine, endColumn };
}
/**
 * nexs-publish's findings as a SARIF file that code scanning accepts: at most 25,000 results, and fewer when
 * they would make the file larger than `maxBytes` (the run's notification then names that limit).
 */
function sarifOutput(diagnostics, maxBytes = GITHUB_MAX_SARIF_BYTES) {
    const options = { tool: tool/* TOOL */.j, meanings: DIAGNOSTIC_CODES };
    let maxResults = Math.min(diagnostics.length, GITHUB_MAX_RESULTS);
    let limit = RESULTS_LIMIT;
    for (;;) {
        const log = toSarif(diagnostics, { ...options, maxResults, limit });
        // The sinks' redaction pass (../redact/redactor.ts): the file goes to code scanning as it is.
        const text = (0,redactor/* redactText */.Rd)(`${JSON.stringify(log, null, 2)}\n`);
        const bytes = Buffer.byteLength(text, "utf8");
        const results = log.runs[0].results.length;
        if (bytes <= maxBytes || results === 0)
            return { text, results, total: diagnostics.length };
        // Results are of similar size: scale the count down to fit, by at least one each time, so this ends.
        maxResults = Math.min(results - 1, Math.floor((results * maxBytes * 0.97) / bytes));
        limit = maxBytes === GITHUB_MAX_SARIF_BYTES ? SIZE_LIMIT : `the SARIF file is kept under ${maxBytes} bytes`;
    }
}
/** The SARIF log of nexs-publish's findings as the file text written for code scanning. */
function sarifText(diagnostics) {
    return sarifOutput(diagnostics).text;
}

// EXTERNAL MODULE: ./src/threads/validate-threads.ts + 4 modules
var validate_threads = __webpack_require__(1193);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/color.ts
var color = __webpack_require__(2477);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
















const DEFAULT_PATH = "elements";
const FORMATS = ["human", "json", "sarif"];
const summary = "Check element files: YAML safety, schemas, secrets, ids and references";
const help = `Usage: nexs-publish validate [paths...] [options]

Checks NEXS MCP element files (.yaml, .yml) in the given files and directories: safe YAML, the schema
of each element type, secrets, duplicate ids and references between elements. A collection.yaml given as a
path, or at the top of a given directory, is checked as the collection manifest a NEXS MCP server installs.

Arguments:
  paths                    files or directories to check (default: ${DEFAULT_PATH})

Options:
  --strict                 unknown data keys and unresolved references are errors, not warnings
  --allow-install-hooks    a collection.yaml may have command install hooks (each is reported for review)
  --format <format>        human (default), json or sarif (SARIF 2.1.0, for GitHub code scanning)
  --max-file-size <bytes>  refuse larger files (default: ${source/* DEFAULT_MAX_FILE_SIZE */.S})
  --workers <n>            threads that check files besides this one, 0 to ${validate_threads/* MAX_WORKERS_ASKED */.Me} (default: from the
                           number of cores and files; none below ${validate_threads/* MIN_FILES_FOR_WORKERS */.zw} files)
  -h, --help               show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O problem.
`;
function parseValidateArgs(args) {
    const parsed = (0,cli_args/* parseArgsOrExplain */.R)({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
            strict: { type: "boolean", default: false },
            "allow-install-hooks": { type: "boolean", default: false },
            format: { type: "string", default: "human" },
            "max-file-size": { type: "string" },
            workers: { type: "string" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    const { values, positionals } = parsed;
    const format = FORMATS.find((f) => f === values.format);
    if (!format)
        throw new cli_io/* UsageError */.eb(`--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`);
    const sizeText = values["max-file-size"];
    const maxFileSize = sizeText === undefined ? source/* DEFAULT_MAX_FILE_SIZE */.S : (0,positive_integer/* parsePositiveInteger */.z)(sizeText);
    if (maxFileSize === undefined)
        throw new cli_io/* UsageError */.eb(`--max-file-size must be a whole number of bytes greater than 0, not "${sizeText}"`);
    const workersText = values.workers;
    const workers = workersText === undefined ? undefined : parseWorkers(workersText);
    return {
        paths: positionals.length > 0 ? positionals : [DEFAULT_PATH],
        strict: values.strict,
        allowInstallHooks: values["allow-install-hooks"],
        format,
        maxFileSize,
        workers,
        help: values.help,
    };
}
async function run(args, io) {
    const options = parseValidateArgs(args);
    if (options.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    await requireExisting(options.paths, io.cwd);
    const progress = (0,cli_progress/* startProgress */.o)(io.stderr, "validating");
    // Only findings are printed: the valid elements' bytes need not be kept (memory stays bounded by findings).
    const validation = {
        strict: options.strict,
        allowInstallHooks: options.allowInstallHooks,
        maxFileSize: options.maxFileSize,
        cwd: io.cwd,
        keepElements: false,
        onProgress: progress.update,
        helpers: (0,validate_threads/* validateWorkers */.Ew)(options.workers),
        reader: (0,validate_threads/* validateReader */.MP)(options.workers),
    };
    const report = await (0,validate_tree/* validateTree */.P)(options.paths, validation).finally(() => progress.stop());
    const diagnostics = report.diagnostics.map((d) => ({ ...d, file: (0,display_path/* displayPath */.G)(d.file, io.cwd) }));
    io.stdout.write(render(options.format, report.files, diagnostics, (0,color/* wantsColor */.z)(io.stdout.isTTY, io.env)));
    return (0,diagnostic/* countBySeverity */.Ot)(diagnostics).errors > 0 ? cli_io/* EXIT_INVALID */.jL : cli_io/* EXIT_OK */.Ij;
}
function parseWorkers(text) {
    const count = (0,validate_threads/* parseWorkerCount */.Lz)(text);
    if (count === undefined)
        throw new cli_io/* UsageError */.eb(`--workers must be a whole number from 0 to ${validate_threads/* MAX_WORKERS_ASKED */.Me}, not "${text}"`);
    return count;
}
function render(format, files, diagnostics, color) {
    switch (format) {
        case "human":
            return (0,human/* formatHuman */.L)(files, diagnostics, { color });
        case "json":
            return formatJson(files, diagnostics);
        case "sarif":
            return sarifText(diagnostics);
    }
}
/**
 * A path that does not exist is a usage problem (exit 2), not a finding about element files. Anything else (a
 * symlink, even a loop; a name too long) gets the finding the walker gives the same file: lstat, not stat.
 */
async function requireExisting(paths, cwd) {
    for (const path of paths) {
        try {
            await (0,promises_.lstat)((0,external_node_path_.resolve)(cwd, path));
        }
        catch (error) {
            const code = (0,errno_code/* errnoCode */.U)(error);
            if (code !== "ENOENT" && code !== "ENOTDIR")
                continue;
            const reason = "no such file or directory";
            throw new cli_io/* UsageError */.eb(`${path}: ${reason}${path === DEFAULT_PATH ? " (give the files or directories to check)" : ""}`);
        }
    }
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ startProgress)
/* harmony export */ });
const SILENT = { update() { }, stop() { } };
const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
/**
 * A one-line indicator on a terminal's stderr for long runs (stdout stays clean for pipes); silent when
 * stderr is not a terminal. It redraws from a timer while the event loop is free and from update() while
 * synchronous work keeps it busy. The line is erased when the run ends.
 */
function startProgress(stream, label, options = {}) {
    if (stream.isTTY !== true)
        return SILENT;
    const now = options.now ?? (() => performance.now());
    const delayMs = options.delayMs ?? 1000;
    const intervalMs = options.intervalMs ?? 100;
    const started = now();
    let counts;
    let frame = 0;
    let lastDraw;
    const draw = () => {
        const at = now();
        if (at - started < delayMs || (lastDraw !== undefined && at - lastDraw < intervalMs))
            return;
        lastDraw = at;
        const detail = counts ? ` ${counts.done}/${counts.total} files` : "";
        stream.write(`\r\u001b[2K${FRAMES[frame++ % FRAMES.length]} ${label}${detail} (${Math.floor((at - started) / 1000)}s)`);
    };
    const timer = setInterval(draw, intervalMs);
    timer.unref();
    return {
        update(done, total) {
            counts = { done, total };
            draw();
        },
        stop() {
            clearInterval(timer);
            if (lastDraw !== undefined)
                stream.write("\r\u001b[2K");
        },
    };
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


/***/ })

};
