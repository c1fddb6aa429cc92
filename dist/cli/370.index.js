export const id = 370;
export const ids = [370];
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

/***/ 4370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  help: () => (/* binding */ help),
  run: () => (/* binding */ run),
  summary: () => (/* binding */ summary)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/common/errno-code.ts
var errno_code = __webpack_require__(1387);
// EXTERNAL MODULE: ./src/core/common/plural.ts
var plural = __webpack_require__(2695);
// EXTERNAL MODULE: ./src/core/element/collection-disk.ts
var collection_disk = __webpack_require__(4918);
// EXTERNAL MODULE: ./src/core/element/collection-manifest.ts
var collection_manifest = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/core/common/plain-object.ts
var plain_object = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/core/element/collection-glob.ts
var collection_glob = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/core/element/parse.ts + 13 modules
var parse = __webpack_require__(9252);
// EXTERNAL MODULE: ./src/core/element/read-tree.ts
var read_tree = __webpack_require__(8755);
// EXTERNAL MODULE: ./src/core/element/types.ts
var types = __webpack_require__(6401);
;// CONCATENATED MODULE: ./src/core/element/collection-survey.ts
// What a collection's element globs find on disk, for `collection init`: per glob the element files it matches,
// with the metadata init derives the manifest's defaults and stats from.







/** The element files of `type` (any type when undefined) that `glob` matches under `root`. */
function surveyGlob(root, glob, type, maxFileSize) {
    const result = (0,collection_glob/* matchGlob */.s)((0,collection_disk/* diskTree */.cF)(root), glob);
    if (!result.ok)
        return [];
    const out = [];
    for (const match of result.matches) {
        if (match.kind !== "file" || !/\.ya?ml$/.test(match.path) || read_tree/* MANIFEST_FILE_NAMES */.Yb.includes(match.path))
            continue;
        const read = (0,read_tree/* readListedFile */.IK)({ file: match.path, absolute: (0,external_node_path_.join)(root, match.path) }, { cwd: root, maxFileSize });
        if (!read.ok)
            continue;
        const parsed = (0,parse/* parseSource */.P)({ file: match.path, bytes: read.bytes }, { maxFileSize, shape: "mapping" });
        const metadata = parsed.ok && (0,plain_object/* isPlainObject */.Q)(parsed.value.metadata) ? parsed.value.metadata : undefined;
        const found = metadata?.type;
        if (!metadata || !(0,types/* isElementType */.N)(found) || (type !== undefined && found !== type))
            continue;
        const text = (v) => (typeof v === "string" ? v : undefined);
        out.push({
            path: match.path,
            type: found,
            author: text(metadata.author),
            stamp: text(metadata.updated_at) ?? text(metadata.created_at),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/element/identity.ts
var identity = __webpack_require__(364);
// EXTERNAL MODULE: ./src/core/element/source.ts
var source = __webpack_require__(9588);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/sync/yaml-text.ts
var yaml_text = __webpack_require__(646);
;// CONCATENATED MODULE: ./src/core/interop/collection-init.ts
// collection init: the collection.yaml a NEXS MCP server reads to install a collection from github://owner/repo.
// Its elements are one glob per type, derived from the publish path template, so a new element never needs an
// edit of the manifest; its stats count what the globs match. Run again, it refreshes elements and stats and
// keeps every other field (and comment) as it was.






const PLACEHOLDER = /\{([^{}]*)\}/g;
/** One glob per type matching the paths `pathTemplate` gives (one for all types if it has no {type}). */
function elementGlobs(pathTemplate) {
    const sample = (0,identity/* collectionPath */.yb)(pathTemplate, {
        id: "x",
        type: "persona",
        author: "x",
        created_at: "2025-01-01T00:00:00Z",
    });
    if (!sample.ok)
        return { problem: sample.message };
    const globFor = (type) => {
        let out = "";
        let last = 0;
        for (const match of pathTemplate.matchAll(PLACEHOLDER)) {
            out += (0,collection_glob/* escapeGlob */.y)(pathTemplate.slice(last, match.index));
            out += match[1] === "type" && type ? (0,collection_glob/* escapeGlob */.y)((0,identity/* slug */.yR)(type)) : "*";
            last = match.index + match[0].length;
        }
        return out + (0,collection_glob/* escapeGlob */.y)(pathTemplate.slice(last));
    };
    if (!pathTemplate.includes("{type}"))
        return [{ type: undefined, glob: globFor(undefined) }];
    return types/* ELEMENT_TYPES */.b.map((type) => ({ type, glob: globFor(type) }));
}
const HEADER = " A NEXS MCP collection: a server installs it from github://OWNER/REPO by reading this file.\n" +
    " Written by nexs-publish collection init; run it again to refresh elements and stats (other fields are kept).";
function collectionManifestText(plan) {
    const used = plan.globs.filter((g) => g.files.length > 0);
    const files = unique(used.flatMap((g) => g.files));
    if (files.length === 0)
        return { ok: false, problem: "no element files match the path template here; nothing to describe" };
    let document;
    if (plan.existing === undefined) {
        document = new dist/* Document */.yo({});
        document.commentBefore = HEADER;
    }
    else {
        const read = (0,yaml_text/* readYaml */.g)(plan.existing, "mapping");
        if (!read.ok)
            return { ok: false, problem: `the collection.yaml there cannot be read (${read.problem})` };
        document = read.document;
    }
    const set = (key, value, fallback) => {
        if (value !== undefined)
            document.set(key, value);
        else if (!document.has(key))
            document.set(key, fallback());
    };
    set("name", plan.fields.name, () => collectionName(plan.directoryName));
    set("version", plan.fields.version, () => "0.1.0");
    set("author", plan.fields.author, () => mostCommon(files.map((f) => f.author)) ?? "unknown");
    set("description", plan.fields.description, () => `NEXS MCP elements: ${describeCounts(files)}.`);
    document.set("elements", used.map((g) => (g.type ? { path: g.glob, type: g.type } : { path: g.glob })));
    const stats = { total_elements: files.length };
    for (const type of types/* ELEMENT_TYPES */.b)
        stats[collection_manifest/* STATS_KEYS */.xw[type]] = files.filter((f) => f.type === type).length;
    const latest = files
        .map((f) => f.stamp)
        .filter((s) => s !== undefined)
        .sort()
        .at(-1);
    if (latest !== undefined)
        stats.last_updated = latest;
    document.set("stats", stats);
    // The server's decoder reads last_updated as a time only when it is not quoted.
    const stamp = document.getIn(["stats", "last_updated"], true);
    if ((0,dist/* isScalar */.jn)(stamp))
        stamp.type = dist/* Scalar */.X5.PLAIN;
    if (!(0,dist/* isMap */.jh)(document.contents))
        return { ok: false, problem: "the collection.yaml there is not a mapping" };
    return { ok: true, text: document.toString({ lineWidth: 0 }), elements: files.length, globs: used.length };
}
function unique(files) {
    const seen = new Map();
    for (const f of files)
        if (!seen.has(f.path))
            seen.set(f.path, f);
    return [...seen.values()];
}
/** The directory's name as the server accepts a collection name: lowercase letters, digits, hyphens, 3-64. */
function collectionName(directory) {
    const name = (0,identity/* slug */.yR)(directory).slice(0, 64).replace(/-+$/, "");
    if (name.length >= 3)
        return name;
    return name === "" ? "my-collection" : `${name}-collection`;
}
function mostCommon(values) {
    const counts = new Map();
    for (const v of values)
        if (v !== undefined && v.length >= 2 && v.length <= 100)
            counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
const PLURALS = {
    persona: "personas",
    skill: "skills",
    template: "templates",
    agent: "agents",
    memory: "memories",
    ensemble: "ensembles",
};
function describeCounts(files) {
    const parts = types/* ELEMENT_TYPES */.b.flatMap((type) => {
        const n = files.filter((f) => f.type === type).length;
        return n === 0 ? [] : [`${n} ${n === 1 ? type : PLURALS[type]}`];
    });
    return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "none");
}

// EXTERNAL MODULE: ./src/core/report/display-path.ts
var display_path = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/core/report/human.ts
var human = __webpack_require__(6951);
// EXTERNAL MODULE: ./src/core/repository/element-repository.ts
var element_repository = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/repository/file-set.ts
var file_set = __webpack_require__(8353);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/file-inputs.ts
var file_inputs = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/collection.ts

















const summary = "Write the collection.yaml a NEXS MCP server installs a collection from";
const help = `Usage: nexs-publish collection init [dir] [options]

Writes <dir>/collection.yaml (default dir: .), the manifest a NEXS MCP server reads when it installs a
collection from github://owner/repo. Its elements are one glob per type that matches the publish path
template (elements/persona/*.yaml...), so adding an element never needs an edit; its stats count what the
globs match. Run it again to refresh elements and stats: every other field, and comments, are kept.
\`nexs-publish validate\` checks the manifest (fields, versions, globs, dependencies, install hooks).

Options:
  --path-template <t>      where elements live (default: ${identity/* DEFAULT_PATH_TEMPLATE */.RN}); as for publish
  --name <name>            the collection's name (default: the directory's name, lowercased with hyphens)
  --version <semver>       its version (default: 0.1.0 for a new manifest)
  --author <author>        its author (default: the most common author of its elements)
  --description <text>     its description (default: a count of its elements)
  --allow-install-hooks    the manifest may have command install hooks (each is reported for review, as
                           validate --allow-install-hooks reports it); without it each one is an error
  --dry-run                print the manifest instead of writing it
  --max-file-size <bytes>  refuse larger element files (default: ${source/* DEFAULT_MAX_FILE_SIZE */.S})
  -h, --help               show this help

Exit status: 0 written (or unchanged) and valid (warnings allowed), 1 written but validate finds an error in it
(a command install hook without --allow-install-hooks, say), 2 usage or I/O problem.
`;
async function run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined)
        throw new cli_io/* UsageError */.eb("give a collection command: init (see --help)");
    if (sub === "-h" || sub === "--help") {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    if (sub !== "init")
        throw new cli_io/* UsageError */.eb(`unknown collection command "${sub}" (commands: init; see --help)`);
    const { values, positionals } = (0,cli_args/* parseArgsOrExplain */.R)({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: {
            "path-template": { type: "string", default: identity/* DEFAULT_PATH_TEMPLATE */.RN },
            name: { type: "string" },
            version: { type: "string" },
            author: { type: "string" },
            description: { type: "string" },
            "allow-install-hooks": { type: "boolean", default: false },
            "dry-run": { type: "boolean", default: false },
            "max-file-size": { type: "string" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    if (positionals.length > 1)
        throw new cli_io/* UsageError */.eb("give one directory (see --help)");
    const dir = (0,external_node_path_.resolve)(io.cwd, positionals[0] ?? ".");
    await (0,file_inputs/* requirePaths */.yK)([dir], io.cwd);
    const maxFileSize = (0,file_inputs/* maxFileSizeOption */.Fl)(values["max-file-size"], source/* DEFAULT_MAX_FILE_SIZE */.S);
    const globs = elementGlobs(values["path-template"]);
    if ("problem" in globs)
        throw new cli_io/* UsageError */.eb(globs.problem);
    const path = (0,external_node_path_.join)(dir, "collection.yaml");
    const existing = await (0,promises_.readFile)(path, "utf8").catch((error) => {
        if ((0,errno_code/* errnoCode */.U)(error) === "ENOENT")
            return undefined;
        throw new cli_io/* UsageError */.eb(`${(0,display_path/* displayPath */.G)(path, io.cwd)} cannot be read (${(0,errno_code/* errnoCode */.U)(error) ?? "error"})`);
    });
    const manifest = collectionManifestText({
        existing,
        globs: globs.map((g) => ({ ...g, files: surveyGlob(dir, g.glob, g.type, maxFileSize) })),
        directoryName: (0,external_node_path_.basename)(dir),
        fields: { name: values.name, version: values.version, author: values.author, description: values.description },
    });
    if (!manifest.ok)
        throw new cli_io/* UsageError */.eb(`${(0,display_path/* displayPath */.G)(dir, io.cwd) || "."}: ${manifest.problem}`);
    if (values["dry-run"]) {
        io.stdout.write(manifest.text);
        return cli_io/* EXIT_OK */.Ij;
    }
    let state;
    try {
        const result = await (0,file_set/* writeFileSet */.f)([{ path, text: manifest.text }]);
        state = result.unchanged.length > 0 ? "unchanged" : existing === undefined ? "written" : "updated";
    }
    catch (error) {
        if (!(error instanceof element_repository/* RepositoryError */.p))
            throw error;
        io.stderr.write(`nexs-publish: ${error.message.split("\n")[0]}\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    const shown = (0,display_path/* displayPath */.G)(path, io.cwd);
    const check = (0,collection_manifest/* checkCollectionManifest */.SV)({ file: shown, bytes: new TextEncoder().encode(manifest.text) }, {
        tree: (0,collection_disk/* diskTree */.cF)(dir),
        classify: (0,collection_disk/* diskClassifier */.jx)(dir, { maxFileSize }),
        manifestPath: "collection.yaml",
        allowInstallHooks: values["allow-install-hooks"],
        maxFileSize,
    });
    const lines = check.diagnostics.map((d) => `${(0,human/* oneLine */.T)(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${(0,human/* oneLine */.T)(d.message)}`);
    const errors = check.diagnostics.filter((d) => d.severity === "error").length;
    const what = `${(0,plural/* countOf */.p)(manifest.elements, "element")} in ${(0,plural/* countOf */.p)(manifest.globs, "glob")}`;
    lines.push(`${errors > 0 ? "✖" : "✔"} ${(0,human/* oneLine */.T)(shown)} ${state}: ${what}`);
    io.stdout.write(`${lines.join("\n")}\n`);
    return errors > 0 ? cli_io/* EXIT_INVALID */.jL : cli_io/* EXIT_OK */.Ij;
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

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ writeFileSet),
/* harmony export */   y: () => (/* binding */ pathUnder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1387);
/* harmony import */ var _atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8848);
/* harmony import */ var _element_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9597);
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
    if (bad || !isInside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base), path))
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `${relativePath} is not a path inside ${base}`);
    return path;
}
/** Writes every file whose text differs from what is there, or none of them. */
async function writeFileSet(files, options = {}) {
    const result = { created: [], updated: [], unchanged: [] };
    const before = new Map();
    for (const file of files) {
        const current = await currentText(file.path);
        if (current === file.text)
            result.unchanged.push(file.path);
        else
            before.set(file.path, current);
    }
    const made = [];
    const written = [];
    try {
        for (const file of files) {
            if (!before.has(file.path))
                continue;
            made.push(...(await makeDirectories((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file.path), options.base)));
            await (0,_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(file.path, file.text, options.beforeRename);
            written.push(file.path);
            (before.get(file.path) === undefined ? result.created : result.updated).push(file.path);
        }
    }
    catch (error) {
        await putBack(written, before, made);
        const failed = files.find((f) => before.has(f.path) && !written.includes(f.path))?.path ?? "a file";
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `could not write ${failed}: ${(0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .U)(error) ?? (error instanceof Error ? error.message : "unknown error")}` +
            `; nothing was changed`);
    }
    return result;
}
/** The file's text, undefined when there is none; a link or anything but a regular file is refused. */
async function currentText(path) {
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).catch((error) => {
        if ((0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .U)(error) === "ENOENT" || (0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .U)(error) === "ENOTDIR")
            return undefined;
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `cannot look at ${path}: ${(0,_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .U)(error) ?? "unknown error"}`);
    });
    if (!stats)
        return undefined;
    if (!stats.isFile())
        throw new _element_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .RepositoryError */ .p("storage", `${path} exists and is not a regular file; not replaced`);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
}
/** Creates the missing directories of `directory`, never through a link below `base`; returns those it created. */
async function makeDirectories(directory, base) {
    const missing = [];
    const below = (d) => base !== undefined && isInside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base), d);
    for (let d = directory;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        const stats = await (below(d) ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(d) : (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(d)).catch(() => undefined);
        if (stats) {
            if (!stats.isDirectory())
                throw new Error(`${d} is not a directory (a link or a file is in the way)`);
            break;
        }
        missing.unshift(d);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
            break;
    }
    for (const d of missing)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(d);
    return missing;
}
function isInside(base, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, path);
    return rel !== "" && rel !== ".." && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
}
async function putBack(written, before, made) {
    for (const path of [...written].reverse()) {
        const old = before.get(path);
        if (old === undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(path).catch(() => undefined);
        else
            await (0,_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(path, old).catch(() => undefined);
    }
    for (const d of [...made].reverse())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(d).catch(() => undefined);
    const parents = new Set(written.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p)));
    for (const d of parents)
        await (0,_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_2__/* .syncDirectory */ .z)(d).catch(() => undefined);
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
