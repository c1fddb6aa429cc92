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
    const problem = (0,identity/* pathTemplateProblem */.ll)(pathTemplate);
    if (problem !== undefined)
        return { problem };
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
// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(5297);
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
    const globs = elementGlobs((0,flags/* pathTemplateFlag */.g8)(values["path-template"]));
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
        const result = await (0,file_set/* writeFileSet */.yb)([{ path, text: manifest.text }]);
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

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gd: () => (/* binding */ COMMON_FLAGS),
  J9: () => (/* binding */ ELEMENT_FLAGS),
  _$: () => (/* binding */ HELP),
  Io: () => (/* binding */ STATE_FLAGS),
  Z9: () => (/* binding */ STRATEGY_FLAG),
  LP: () => (/* binding */ TRUST_FLAGS),
  vi: () => (/* binding */ branchFlag),
  yq: () => (/* binding */ choiceFlag),
  Bo: () => (/* binding */ encryptionKeyFlag),
  wd: () => (/* binding */ isDirectory),
  v6: () => (/* binding */ listFlag),
  aK: () => (/* binding */ maxFileSizeFlag),
  g8: () => (/* binding */ pathTemplateFlag),
  jR: () => (/* binding */ requireExisting),
  SN: () => (/* binding */ requiredFlag),
  Z1: () => (/* binding */ secretFlag)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/common/errno-code.ts
var errno_code = __webpack_require__(1387);
// EXTERNAL MODULE: ./src/core/common/positive-integer.ts
var positive_integer = __webpack_require__(6613);
// EXTERNAL MODULE: ./src/core/element/identity.ts
var identity = __webpack_require__(364);
// EXTERNAL MODULE: ./src/core/element/source.ts
var source = __webpack_require__(9588);
;// CONCATENATED MODULE: ./src/core/names/ref-name.ts
/** Why git would refuse `name` as a branch name (git check-ref-format, the parts that matter here). */
function refNameProblem(name) {
    if (name === "" || name.startsWith("/") || name.endsWith("/") || name.includes("//")) {
        return "is not a branch name (empty part)";
    }
    if (name.includes("..") || name.includes("@{") || /[\u0000-\u0020~^:?*[\\\u007f]/.test(name)) {
        return "contains characters git refuses in a branch name";
    }
    if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"))) {
        return "has a part starting with '.' or ending in '.lock'";
    }
    if (name.endsWith("."))
        return "ends with '.'";
    if (name.startsWith("-") || name === "@")
        return "is not a branch name git accepts ('-' first, or '@' alone)";
    if (name.length > 255)
        return "is longer than 255 characters";
    return undefined;
}

// EXTERNAL MODULE: ./src/core/publish/defaults.ts
var defaults = __webpack_require__(3305);
// EXTERNAL MODULE: ./src/core/publish/private-sealer.ts
var private_sealer = __webpack_require__(1427);
// EXTERNAL MODULE: ./src/cli/io.ts
var io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/flags.ts
// The flags plan, publish, status and pull share: the Action's publish inputs as command-line flags, with the
// Action's defaults (read from the core, never written again here), each checked before any work.










const COMMON_FLAGS = {
    source: { type: "string" },
    token: { type: "string" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
};
const ELEMENT_FLAGS = {
    path: { type: "string", default: defaults/* DEFAULT_ELEMENTS_PATH */.CM },
    "path-template": { type: "string", default: identity/* DEFAULT_PATH_TEMPLATE */.RN },
    strict: { type: "boolean", default: false },
    "max-file-size": { type: "string", default: String(source/* DEFAULT_MAX_FILE_SIZE */.S) },
    "encryption-key": { type: "string" },
};
const STATE_FLAGS = {
    collection: { type: "string" },
    base: { type: "string" },
    "state-branch": { type: "string", default: defaults/* DEFAULT_STATE_BRANCH */.rF },
};
/** What tracking needs to trust a submission's marker. */
const TRUST_FLAGS = {
    "signing-key": { type: "string" },
    publisher: { type: "string" },
    branch: { type: "string", default: defaults/* DEFAULT_BRANCH_TEMPLATE */.oU },
};
const STRATEGY_FLAG = { "conflict-strategy": { type: "string", default: defaults/* DEFAULT_CONFLICT_STRATEGY */.d1 } };
/** Help lines of the shared flags, defaults included. */
const HELP = {
    source: "  --source <owner/repo>       the source repository (default: the origin remote of this Git repository)",
    token: "  --token <token>             GitHub token (default: GITHUB_TOKEN, else the one `nexs-publish login` kept)",
    path: `  --path <dir>                element files to publish (default: ${defaults/* DEFAULT_ELEMENTS_PATH */.CM})`,
    pathTemplate: `  --path-template <template>  where elements go in the collection (default: ${identity/* DEFAULT_PATH_TEMPLATE */.RN})`,
    strict: "  --strict                    unknown data keys and unresolved references are errors",
    maxFileSize: `  --max-file-size <bytes>     refuse larger element files (default: ${source/* DEFAULT_MAX_FILE_SIZE */.S})`,
    encryptionKey: "  --encryption-key <key>      key for private elements (default: NEXS_ENCRYPTION_KEY)",
    base: "  --base <branch>             the collection's base branch (default: its default branch)",
    stateBranch: `  --state-branch <branch>     the collection's state branch (default: ${defaults/* DEFAULT_STATE_BRANCH */.rF})`,
    signingKey: "  --signing-key <key>         the key markers are signed with (default: NEXS_SIGNING_KEY)",
    publisher: "  --publisher <login>         without a signing key: whose pull requests count (default: you)",
    branch: `  --branch <template>         the pull request's head branch (default: ${defaults/* DEFAULT_BRANCH_TEMPLATE */.oU})`,
    json: "  --json                      print one JSON object instead of text",
    help: "  -h, --help                  show this help",
};
function requiredFlag(name, value, what) {
    if (value === undefined || value === "")
        throw new io/* UsageError */.eb(`--${name} is required: ${what}`);
    return value;
}
function maxFileSizeFlag(text) {
    const value = (0,positive_integer/* parsePositiveInteger */.z)(text);
    if (value === undefined)
        throw new io/* UsageError */.eb(`--max-file-size must be a whole number of bytes greater than 0, not "${text}"`);
    return value;
}
function choiceFlag(name, text, choices) {
    const found = choices.find((choice) => choice === text);
    if (found === undefined)
        throw new io/* UsageError */.eb(`--${name} must be one of ${choices.join(", ")}, not "${text}"`);
    return found;
}
function branchFlag(name, branch) {
    const problem = refNameProblem(branch);
    if (problem)
        throw new io/* UsageError */.eb(`--${name}: "${branch}" ${problem}`);
    return branch;
}
/** A template that cannot place any element is one usage error up front, not one finding per element. */
function pathTemplateFlag(template) {
    const problem = (0,identity/* pathTemplateProblem */.ll)(template);
    if (problem)
        throw new io/* UsageError */.eb(`--path-template: ${problem}`);
    return template;
}
/** A secret from its flag or, better (a flag shows in the process list), its environment variable. */
function secretFlag(value, env, variable) {
    return value || env[variable] || undefined;
}
function encryptionKeyFlag(value, env) {
    const key = secretFlag(value, env, "NEXS_ENCRYPTION_KEY");
    if (key === undefined)
        return undefined;
    try {
        (0,private_sealer/* parseEncryptionKey */._8)(key);
    }
    catch (error) {
        if (error instanceof private_sealer/* EncryptionKeyError */.pp)
            throw new io/* UsageError */.eb(`--encryption-key: ${error.message}`);
        throw error;
    }
    return key;
}
/** Comma- or newline-separated, blanks dropped (as the Action's `labels`). */
function listFlag(text) {
    return (text ?? "")
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
/** A path that does not exist is a usage problem (exit 2), not a finding about element files. */
async function requireExisting(path, cwd, flag) {
    try {
        await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path));
    }
    catch (error) {
        const reason = (0,errno_code/* errnoCode */.U)(error) === "ENOENT" ? "no such file or directory" : "cannot be read";
        throw new io/* UsageError */.eb(`${flag} ${path}: ${reason}`);
    }
}
function isDirectory(path) {
    return (0,promises_.stat)(path).then((found) => found.isDirectory(), () => false);
}


/***/ }),

/***/ 7678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ AES_256_KEY_LENGTH),
/* harmony export */   PM: () => (/* binding */ GCM_NONCE_LENGTH),
/* harmony export */   d5: () => (/* binding */ gcmSeal),
/* harmony export */   e9: () => (/* binding */ GCM_TAG_LENGTH),
/* harmony export */   gs: () => (/* binding */ gcmOpen)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(274);


const AES_256_KEY_LENGTH = 32;
const GCM_NONCE_LENGTH = 12;
const GCM_TAG_LENGTH = 16;
function checkKeyAndNonce(key, nonce) {
    if (key.length !== AES_256_KEY_LENGTH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CryptoInputError */ .E(`AES-256-GCM needs a ${AES_256_KEY_LENGTH}-byte key, got ${key.length} bytes`);
    // 96-bit nonces only: other lengths go through GHASH and weaken the random-nonce bound.
    if (nonce.length !== GCM_NONCE_LENGTH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CryptoInputError */ .E(`AES-256-GCM needs a ${GCM_NONCE_LENGTH}-byte nonce, got ${nonce.length} bytes`);
}
function gcmSeal(key, nonce, plaintext, aad) {
    checkKeyAndNonce(key, nonce);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)("aes-256-gcm", key, nonce, { authTagLength: GCM_TAG_LENGTH });
    cipher.setAAD(aad);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { ciphertext, tag: cipher.getAuthTag() };
}
/** Returns the plaintext only after the tag verified; any failure is a DecryptionError("authentication"). */
function gcmOpen(key, nonce, sealed, aad) {
    checkKeyAndNonce(key, nonce);
    // Without authTagLength Node accepts tags as short as 4 bytes: a forgery shortcut.
    if (sealed.tag.length !== GCM_TAG_LENGTH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("authentication", "tag length");
    try {
        const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)("aes-256-gcm", key, nonce, { authTagLength: GCM_TAG_LENGTH });
        decipher.setAAD(aad);
        decipher.setAuthTag(sealed.tag);
        const head = decipher.update(sealed.ciphertext);
        return Buffer.concat([head, decipher.final()]);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("authentication");
    }
}


/***/ }),

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ armour),
/* harmony export */   Zx: () => (/* binding */ ARMOUR_END),
/* harmony export */   eV: () => (/* binding */ dearmour)
/* harmony export */ });
/* unused harmony exports ARMOUR_BEGIN, isArmoured */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(274);

/**
 * Text form of an envelope, for private elements that travel as files in a Git repository:
 * PEM-style lines that survive copy and paste, diff tools and CRLF checkouts.
 */
const ARMOUR_BEGIN = "-----BEGIN NEXS-PUBLISH ENVELOPE-----";
const ARMOUR_END = "-----END NEXS-PUBLISH ENVELOPE-----";
const LINE_WIDTH = 64;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function armour(envelope) {
    const base64 = Buffer.from(envelope).toString("base64");
    const lines = [];
    for (let i = 0; i < base64.length; i += LINE_WIDTH)
        lines.push(base64.slice(i, i + LINE_WIDTH));
    return `${ARMOUR_BEGIN}\n${lines.join("\n")}\n${ARMOUR_END}\n`;
}
function isArmoured(text) {
    return text.trimStart().startsWith(ARMOUR_BEGIN);
}
/** Strict: anything but the two marker lines and base64 lines (blank lines aside) is a format error. */
function dearmour(text) {
    const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
    if (lines[0] !== ARMOUR_BEGIN || lines[lines.length - 1] !== ARMOUR_END || lines.length < 3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecryptionError */ .O("format", "missing armour lines");
    }
    const base64 = lines.slice(1, -1).join("");
    // Buffer.from(…, "base64") silently skips bad characters; refuse them instead.
    if (base64.length % 4 !== 0 || !BASE64.test(base64))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DecryptionError */ .O("format", "bad base64");
    return Buffer.from(base64, "base64");
}


/***/ }),

/***/ 6567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ ENVELOPE_VERSION),
/* harmony export */   RW: () => (/* binding */ parseHeader),
/* harmony export */   YS: () => (/* binding */ encodeHeader),
/* harmony export */   wU: () => (/* binding */ SALT_LENGTH)
/* harmony export */ });
/* unused harmony export ENVELOPE_MAGIC */
/* harmony import */ var _aes_gcm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7678);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(274);
/* harmony import */ var _kdf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5590);



/**
 * Binary header of an envelope, all of it authenticated as GCM associated data:
 *
 *   "NXSE" | version u8 | algorithm u8 | kdf u8 | kdf parameters | salt length u8 | salt | nonce length u8 | nonce | tag length u8
 *
 * kdf parameters: raw → none; scrypt → log2(N) u8, r u8, p u8; pbkdf2-sha256 → iterations u32 big-endian.
 * The ciphertext follows the header and the 16-byte tag ends the envelope.
 */
const ENVELOPE_MAGIC = Buffer.from("NXSE", "ascii");
const ENVELOPE_VERSION = 1;
const ALGORITHM_AES_256_GCM = 1;
const KDF_IDS = { raw: 0, scrypt: 1, "pbkdf2-sha256": 2 };
const SALT_LENGTH = 16;
const MIN_SALT_LENGTH = 16;
const MAX_SALT_LENGTH = 64;
function encodeHeader(header) {
    const parts = [
        ENVELOPE_MAGIC,
        Buffer.from([header.version, ALGORITHM_AES_256_GCM, KDF_IDS[header.kdf.id]]),
    ];
    const kdf = header.kdf;
    let salt = Buffer.alloc(0);
    if (kdf.id === "scrypt") {
        parts.push(Buffer.from([Math.log2(kdf.cost.N), kdf.cost.r, kdf.cost.p]));
        salt = kdf.salt;
    }
    else if (kdf.id === "pbkdf2-sha256") {
        const iterations = Buffer.alloc(4);
        iterations.writeUInt32BE(kdf.iterations);
        parts.push(iterations);
        salt = kdf.salt;
    }
    parts.push(Buffer.from([salt.length]), salt, Buffer.from([header.nonce.length]), header.nonce, Buffer.from([_aes_gcm_js__WEBPACK_IMPORTED_MODULE_0__/* .GCM_TAG_LENGTH */ .e9]));
    return Buffer.concat(parts);
}
/** Reads bytes in order; running past the end means the envelope was cut short. */
class Cursor {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    take(length) {
        if (this.offset + length > this.bytes.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("truncated");
        const slice = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return slice;
    }
    u8() {
        return this.take(1).readUInt8(0);
    }
    u32() {
        return this.take(4).readUInt32BE(0);
    }
}
/** Parses and bounds-checks a header; every refusal is a DecryptionError, before any key derivation. */
function parseHeader(bytes) {
    const cursor = new Cursor(bytes);
    const magic = bytes.subarray(0, ENVELOPE_MAGIC.length);
    if (!ENVELOPE_MAGIC.subarray(0, magic.length).equals(magic))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("format", "magic");
    cursor.take(ENVELOPE_MAGIC.length);
    const version = cursor.u8();
    if (version !== ENVELOPE_VERSION)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("unsupported", `version ${version}`);
    const algorithm = cursor.u8();
    if (algorithm !== ALGORITHM_AES_256_GCM)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("unsupported", `algorithm ${algorithm}`);
    const kdfId = cursor.u8();
    let kdf;
    if (kdfId === KDF_IDS.raw) {
        if (cursor.u8() !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("parameters", "a raw key takes no salt");
        kdf = { id: "raw" };
    }
    else if (kdfId === KDF_IDS.scrypt) {
        const logN = cursor.u8();
        const cost = { N: 2 ** logN, r: cursor.u8(), p: cursor.u8() };
        if (!(0,_kdf_js__WEBPACK_IMPORTED_MODULE_2__/* .isAcceptedScryptCost */ .q1)(cost))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("parameters", `scrypt N=2^${logN} r=${cost.r} p=${cost.p}`);
        kdf = { id: "scrypt", cost, salt: readSalt(cursor) };
    }
    else if (kdfId === KDF_IDS["pbkdf2-sha256"]) {
        const iterations = cursor.u32();
        if (!(0,_kdf_js__WEBPACK_IMPORTED_MODULE_2__/* .isAcceptedPbkdf2Iterations */ .lM)(iterations))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("parameters", `pbkdf2 iterations ${iterations}`);
        kdf = { id: "pbkdf2-sha256", iterations, salt: readSalt(cursor) };
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("unsupported", `key derivation ${kdfId}`);
    }
    const nonceLength = cursor.u8();
    if (nonceLength !== _aes_gcm_js__WEBPACK_IMPORTED_MODULE_0__/* .GCM_NONCE_LENGTH */ .PM)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("parameters", `nonce length ${nonceLength}`);
    const nonce = Buffer.from(cursor.take(nonceLength));
    const tagLength = cursor.u8();
    if (tagLength !== _aes_gcm_js__WEBPACK_IMPORTED_MODULE_0__/* .GCM_TAG_LENGTH */ .e9)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("parameters", `tag length ${tagLength}`);
    return { header: { version: ENVELOPE_VERSION, algorithm: "aes-256-gcm", kdf, nonce }, length: cursor.offset };
}
function readSalt(cursor) {
    const length = cursor.u8();
    if (length < MIN_SALT_LENGTH || length > MAX_SALT_LENGTH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DecryptionError */ .O("parameters", `salt length ${length}`);
    return Buffer.from(cursor.take(length));
}


/***/ }),

/***/ 5875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yc: () => (/* binding */ decrypt),
  w: () => (/* binding */ encrypt),
  UC: () => (/* binding */ prepareSealingKey),
  JB: () => (/* binding */ sealWithKey)
});

// EXTERNAL MODULE: ./src/core/crypto/aes-gcm.ts
var aes_gcm = __webpack_require__(7678);
// EXTERNAL MODULE: ./src/core/crypto/envelope-header.ts
var envelope_header = __webpack_require__(6567);
// EXTERNAL MODULE: ./src/core/crypto/errors.ts
var errors = __webpack_require__(274);
// EXTERNAL MODULE: ./src/core/crypto/kdf.ts
var crypto_kdf = __webpack_require__(5590);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/crypto/random.ts

const systemRandom = (size) => (0,external_node_crypto_.randomBytes)(size);

;// CONCATENATED MODULE: ./src/core/crypto/envelope.ts





async function encrypt(plaintext, key, options = {}) {
    return sealWithKey(plaintext, await prepareSealingKey(key, options), options);
}
/**
 * Derives the AES key once, for sealing many envelopes: a passphrase then costs one scrypt or PBKDF2 run (and
 * one salt) for all of them instead of one per envelope. Each envelope still gets its own nonce.
 */
async function prepareSealingKey(key, options = {}) {
    const kdf = chooseKdf(key, options.kdf, options.random ?? systemRandom);
    return { kdf, aesKey: await deriveKey(key, kdf) };
}
/** One envelope under a prepared key; `encrypt` is prepareSealingKey followed by this. */
function sealWithKey(plaintext, key, options = {}) {
    const nonce = take(options.random ?? systemRandom, aes_gcm/* GCM_NONCE_LENGTH */.PM);
    const header = (0,envelope_header/* encodeHeader */.YS)({ version: envelope_header/* ENVELOPE_VERSION */.C3, algorithm: "aes-256-gcm", kdf: key.kdf, nonce });
    const sealed = (0,aes_gcm/* gcmSeal */.d5)(key.aesKey, nonce, plaintext, aad(header, options.associatedData));
    return Buffer.concat([header, sealed.ciphertext, sealed.tag]);
}
/** Opens an envelope or throws DecryptionError; never returns unauthenticated bytes. */
async function decrypt(envelope, key, options = {}) {
    const bytes = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
    const { header, length } = (0,envelope_header/* parseHeader */.RW)(bytes);
    if (bytes.length < length + aes_gcm/* GCM_TAG_LENGTH */.e9)
        throw new errors/* DecryptionError */.O("truncated");
    if ((header.kdf.id === "raw") !== (key.kind === "raw"))
        throw new errors/* DecryptionError */.O("key-kind");
    let aesKey;
    try {
        aesKey = await deriveKey(key, header.kdf);
    }
    catch (error) {
        if (error instanceof errors/* CryptoInputError */.E)
            throw new errors/* DecryptionError */.O("authentication", "unusable key");
        throw error;
    }
    const headerBytes = bytes.subarray(0, length);
    const ciphertext = bytes.subarray(length, bytes.length - aes_gcm/* GCM_TAG_LENGTH */.e9);
    const tag = bytes.subarray(bytes.length - aes_gcm/* GCM_TAG_LENGTH */.e9);
    return (0,aes_gcm/* gcmOpen */.gs)(aesKey, header.nonce, { ciphertext, tag }, aad(headerBytes, options.associatedData));
}
// The header is self-delimiting, so header ‖ associated data is unambiguous.
function aad(header, associatedData) {
    return associatedData ? Buffer.concat([header, associatedData]) : header;
}
function chooseKdf(key, choice, random) {
    if (key.kind === "raw") {
        if (key.key.length !== aes_gcm/* AES_256_KEY_LENGTH */.Bj)
            throw new errors/* CryptoInputError */.E(`a raw key must be exactly ${aes_gcm/* AES_256_KEY_LENGTH */.Bj} bytes (256 bits), got ${key.key.length}`);
        return { id: "raw" };
    }
    if (key.passphrase.length === 0)
        throw new errors/* CryptoInputError */.E("the passphrase is empty");
    const salt = take(random, envelope_header/* SALT_LENGTH */.wU);
    if (choice?.id === "pbkdf2-sha256") {
        const iterations = choice.iterations ?? crypto_kdf/* PBKDF2_MIN_ITERATIONS */.Ku;
        if (!(0,crypto_kdf/* isAcceptedPbkdf2Iterations */.lM)(iterations))
            throw new errors/* CryptoInputError */.E(`PBKDF2 iterations must be an integer from ${crypto_kdf/* PBKDF2_MIN_ITERATIONS */.Ku}, got ${iterations}`);
        return { id: "pbkdf2-sha256", iterations, salt };
    }
    const cost = choice?.cost ?? crypto_kdf/* SCRYPT_OWASP */.R$;
    if (!(0,crypto_kdf/* isAcceptedScryptCost */.q1)(cost))
        throw new errors/* CryptoInputError */.E(`scrypt N=${cost.N} r=${cost.r} p=${cost.p} is not one of OWASP's recommended settings`);
    return { id: "scrypt", cost, salt };
}
function deriveKey(key, kdf) {
    if (key.kind === "raw") {
        if (key.key.length !== aes_gcm/* AES_256_KEY_LENGTH */.Bj)
            return Promise.reject(new errors/* CryptoInputError */.E(`a raw key must be exactly ${aes_gcm/* AES_256_KEY_LENGTH */.Bj} bytes`));
        return Promise.resolve(Buffer.from(key.key));
    }
    // NFC so the same passphrase typed on different systems derives the same key.
    const secret = typeof key.passphrase === "string" ? Buffer.from(key.passphrase.normalize("NFC"), "utf8") : key.passphrase;
    if (kdf.id === "scrypt")
        return (0,crypto_kdf/* scryptDerive */.v9)(secret, kdf.salt, kdf.cost, aes_gcm/* AES_256_KEY_LENGTH */.Bj);
    if (kdf.id === "pbkdf2-sha256")
        return (0,crypto_kdf/* pbkdf2Sha256Derive */.mU)(secret, kdf.salt, kdf.iterations, aes_gcm/* AES_256_KEY_LENGTH */.Bj);
    return Promise.reject(new errors/* CryptoInputError */.E("a passphrase cannot open a raw-key envelope"));
}
function take(random, size) {
    const bytes = random(size);
    if (bytes.length !== size)
        throw new errors/* CryptoInputError */.E(`the random source returned ${bytes.length} bytes, ${size} were asked for`);
    return Buffer.from(bytes);
}


/***/ }),

/***/ 274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CryptoInputError),
/* harmony export */   O: () => (/* binding */ DecryptionError)
/* harmony export */ });
const ADVICE = {
    format: "the input is not a nexs-publish encrypted envelope; check that the whole file was copied",
    unsupported: "the envelope was written by a newer or unknown version of nexs-publish; upgrade and retry",
    parameters: "the envelope header asks for key-derivation parameters outside the accepted range; it was not written by nexs-publish",
    truncated: "the envelope is cut short; restore the complete file",
    "key-kind": "the envelope needs a different kind of key (passphrase versus raw 256-bit key)",
    authentication: "wrong key, or the envelope was altered; check the configured encryption key",
};
class DecryptionError extends Error {
    reason;
    name = "DecryptionError";
    constructor(reason, detail) {
        super(`cannot decrypt: ${ADVICE[reason]}${detail ? ` (${detail})` : ""}`);
        this.reason = reason;
    }
}
/** A key or parameter the caller supplied is unusable; raised before anything is encrypted. */
class CryptoInputError extends Error {
    name = "CryptoInputError";
}


/***/ }),

/***/ 2342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ verifyHmacSha256),
/* harmony export */   TR: () => (/* binding */ hmacSha256)
/* harmony export */ });
/* unused harmony export HMAC_SHA256_LENGTH */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const HMAC_SHA256_LENGTH = 32;
function hmacSha256(key, data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)("sha256", key).update(data).digest();
}
/** Constant-time check of a full-length HMAC-SHA256; a signature of any other length is simply wrong. */
function verifyHmacSha256(key, data, signature) {
    if (signature.length !== HMAC_SHA256_LENGTH)
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(hmacSha256(key, data), signature);
}


/***/ }),

/***/ 5590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ PBKDF2_MIN_ITERATIONS),
/* harmony export */   R$: () => (/* binding */ SCRYPT_OWASP),
/* harmony export */   lM: () => (/* binding */ isAcceptedPbkdf2Iterations),
/* harmony export */   mU: () => (/* binding */ pbkdf2Sha256Derive),
/* harmony export */   q1: () => (/* binding */ isAcceptedScryptCost),
/* harmony export */   v9: () => (/* binding */ scryptDerive)
/* harmony export */ });
/* unused harmony exports SCRYPT_ACCEPTED, PBKDF2_MAX_ITERATIONS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(274);


/** OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1 (128 MiB), and its listed equivalents. */
const SCRYPT_OWASP = { N: 2 ** 17, r: 8, p: 1 };
const SCRYPT_ACCEPTED = [
    SCRYPT_OWASP,
    { N: 2 ** 16, r: 8, p: 2 },
    { N: 2 ** 15, r: 8, p: 3 },
    { N: 2 ** 14, r: 8, p: 5 },
    { N: 2 ** 13, r: 8, p: 10 },
];
/** OWASP's floor for PBKDF2-HMAC-SHA256, and a ceiling so a hostile header cannot make us spin for minutes. */
const PBKDF2_MIN_ITERATIONS = 600_000;
const PBKDF2_MAX_ITERATIONS = 2_000_000;
function isAcceptedScryptCost(cost) {
    return SCRYPT_ACCEPTED.some((c) => c.N === cost.N && c.r === cost.r && c.p === cost.p);
}
function isAcceptedPbkdf2Iterations(iterations) {
    return Number.isInteger(iterations) && iterations >= PBKDF2_MIN_ITERATIONS && iterations <= PBKDF2_MAX_ITERATIONS;
}
/**
 * scrypt with maxmem raised to what the cost needs (Node's 32 MiB default refuses N=2^17, r=8).
 * No bounds here: callers that read costs from untrusted input check them first.
 */
function scryptDerive(secret, salt, cost, length) {
    // OpenSSL needs 128·r·(N + p + 2) bytes; the slack covers its bookkeeping.
    const maxmem = 128 * cost.r * (cost.N + cost.p + 2) + 1024 * 1024;
    return new Promise((resolve, reject) => {
        try {
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(secret, salt, length, { N: cost.N, r: cost.r, p: cost.p, maxmem }, (error, key) => error ? reject(toInputError(error)) : resolve(key));
        }
        catch (error) {
            // Invalid parameters throw synchronously.
            reject(toInputError(error));
        }
    });
}
function pbkdf2Sha256Derive(secret, salt, iterations, length) {
    return new Promise((resolve, reject) => {
        try {
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2)(secret, salt, iterations, length, "sha256", (error, key) => error ? reject(toInputError(error)) : resolve(key));
        }
        catch (error) {
            reject(toInputError(error));
        }
    });
}
function toInputError(error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CryptoInputError */ .E(`key derivation refused its parameters: ${error instanceof Error ? error.message : String(error)}`);
}


/***/ }),

/***/ 3305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ DEFAULT_ELEMENTS_PATH),
/* harmony export */   d1: () => (/* binding */ DEFAULT_CONFLICT_STRATEGY),
/* harmony export */   oU: () => (/* binding */ DEFAULT_BRANCH_TEMPLATE),
/* harmony export */   rF: () => (/* binding */ DEFAULT_STATE_BRANCH),
/* harmony export */   sK: () => (/* binding */ DEFAULT_TITLE_TEMPLATE)
/* harmony export */ });
// The publish defaults, in one place: the Action's input record (checked against action.yml by a test), the
// CLI's flags and the App's configuration all read them here.
/** Where a source keeps its element files. */
const DEFAULT_ELEMENTS_PATH = "elements";
/** The head branch of a source's pull request; `{owner}`/`{repo}` are the source repository. */
const DEFAULT_BRANCH_TEMPLATE = "nexs/{owner}/{repo}";
const DEFAULT_TITLE_TEMPLATE = "nexs-publish: elements from {owner}/{repo}";
/** The collection branch holding one state document per source (created on first use, never merged). */
const DEFAULT_STATE_BRANCH = "nexs-state";
/** A conflict is reported and left out until a person settles it. */
const DEFAULT_CONFLICT_STRATEGY = "manual";


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _8: () => (/* binding */ parseEncryptionKey),
/* harmony export */   _P: () => (/* binding */ createPrivateSealer),
/* harmony export */   pp: () => (/* binding */ EncryptionKeyError)
/* harmony export */ });
/* unused harmony export MIN_PASSPHRASE_LENGTH */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _crypto_aes_gcm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7678);
/* harmony import */ var _crypto_armour_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3913);
/* harmony import */ var _crypto_envelope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5875);
/* harmony import */ var _crypto_envelope_header_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6567);
/* harmony import */ var _crypto_hmac_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2342);
// Private elements travel to the collection as core crypto envelopes in text armour, never as plain text.
//
// Idempotency: the three-way plan compares git blob SHAs computed locally, without downloading anything. A random
// nonce would give a new ciphertext, hence a new blob, on every run: every re-run would rewrite every private
// element and "nothing new" would never cost zero writes. So the nonce (and, for a passphrase, the salt) is
// derived from the key and the content instead (SIV-style): equal (path, plaintext) → equal envelope → equal
// blob. GCM's one rule, never reuse a nonce for different plaintexts under one key, still holds: the nonce is
// HMAC-SHA256(nonce key, path ‖ plaintext), so different inputs give different nonces (a collision is 2^-96).
// What leaks is only that two runs published the same plaintext, which the unchanged blob says anyway.
// The nonce key comes from the AES key itself (raw key, or the passphrase stretched by scrypt), never from the
// bare passphrase: a public nonce keyed by the passphrase would allow fast offline guessing, bypassing scrypt.






class EncryptionKeyError extends Error {
    name = "EncryptionKeyError";
}
/** Shortest passphrase accepted; a 256-bit key (64 hex digits or 44 base64 characters) is better. */
const MIN_PASSPHRASE_LENGTH = 16;
/**
 * The `encryption-key` input: 64 hex digits or base64 of exactly 32 bytes is a raw AES-256 key; anything else
 * is a passphrase (scrypt). Refuses short passphrases with a message that says how to make a good key.
 */
function parseEncryptionKey(text) {
    const trimmed = text.trim();
    if (/^[0-9a-fA-F]{64}$/.test(trimmed))
        return { kind: "raw", key: Buffer.from(trimmed, "hex") };
    if (/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) {
        const bytes = Buffer.from(trimmed, "base64");
        if (bytes.length === 32)
            return { kind: "raw", key: bytes };
    }
    if (trimmed.length < MIN_PASSPHRASE_LENGTH) {
        throw new EncryptionKeyError(`encryption-key is neither a 256-bit key nor a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters; ` +
            "create one with `openssl rand -base64 32` and store it as a secret");
    }
    return { kind: "passphrase", passphrase: trimmed };
}
const LABEL = "nexs-publish/v1/private-element";
/**
 * A sealer for one run. `scope` (the source repository's name) salts the passphrase derivation, so two sources
 * with the same passphrase derive different keys; the one derivation of the run gives the AES key of every
 * envelope and the nonce key.
 */
async function createPrivateSealer(key, scope) {
    const salt = key.kind === "passphrase"
        ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`${LABEL}/salt\0${scope}`).digest().subarray(0, _crypto_envelope_header_js__WEBPACK_IMPORTED_MODULE_4__/* .SALT_LENGTH */ .wU)
        : undefined;
    const sealingKey = await (0,_crypto_envelope_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareSealingKey */ .UC)(key, { random: scripted(salt ? [salt] : []) });
    const nonceKey = (0,_crypto_hmac_js__WEBPACK_IMPORTED_MODULE_5__/* .hmacSha256 */ .TR)(sealingKey.aesKey, `${LABEL}/nonce-key`);
    return {
        async seal(path, plaintext) {
            const pathBytes = Buffer.from(path, "utf8");
            const nonce = (0,_crypto_hmac_js__WEBPACK_IMPORTED_MODULE_5__/* .hmacSha256 */ .TR)(nonceKey, Buffer.concat([lengthPrefix(pathBytes.length), pathBytes, plaintext])).subarray(0, _crypto_aes_gcm_js__WEBPACK_IMPORTED_MODULE_1__/* .GCM_NONCE_LENGTH */ .PM);
            return (0,_crypto_armour_js__WEBPACK_IMPORTED_MODULE_2__/* .armour */ .Bq)((0,_crypto_envelope_js__WEBPACK_IMPORTED_MODULE_3__/* .sealWithKey */ .JB)(plaintext, sealingKey, { associatedData: pathBytes, random: scripted([nonce]) }));
        },
    };
}
function lengthPrefix(length) {
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32BE(length);
    return prefix;
}
/** A RandomSource that hands out the given values in order, refusing any request of another size. */
function scripted(values) {
    const queue = [...values];
    return (size) => {
        const next = queue.shift();
        if (!next || next.length !== size)
            throw new Error(`private element sealing: unexpected request for ${size} random bytes`);
        return next;
    };
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
