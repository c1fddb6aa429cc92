export const id = 866;
export const ids = [866];
export const modules = {

/***/ 4918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cF: () => (/* binding */ diskTree),
/* harmony export */   jx: () => (/* binding */ diskClassifier)
/* harmony export */ });
/* unused harmony export classifyElementText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8129);
/* harmony import */ var _foreign_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(472);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9252);
/* harmony import */ var _read_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8755);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6401);
// The repository on disk, as the collection manifest check sees it: directory entries by their lstat type (no link
// is ever followed), and what each file a glob matches is, read the way validate reads element files.







function diskTree(root) {
    return {
        entries(path) {
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path === "" ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), { withFileTypes: true });
            }
            catch {
                return undefined;
            }
            return entries.map((e) => ({ name: e.name, kind: kindOf(e) }));
        },
    };
}
function kindOf(entry) {
    if (entry.isSymbolicLink())
        return "symlink";
    if (entry.isDirectory())
        return "directory";
    return entry.isFile() ? "file" : "other";
}
/**
 * What the file at `path` under `root` is: an element file of a type (its `metadata.type`), or why it is not.
 * `known` answers for files validate has already read (by path relative to root).
 */
function diskClassifier(root, options) {
    return (path) => {
        const known = options.known?.(path);
        if (known)
            return { type: known };
        const read = (0,_read_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .readListedFile */ .IK)({ file: path, absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path) }, { cwd: root, maxFileSize: options.maxFileSize });
        if (!read.ok)
            return { problem: read.diagnostic.message };
        return classifyElementText(path, read.bytes, options.maxFileSize);
    };
}
/** An element file names its type under metadata; anything else is not one (a flat sample needs converting). */
function classifyElementText(path, bytes, maxFileSize) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSource */ .P)({ file: path, bytes }, { maxFileSize, shape: "mapping" });
    if (!parsed.ok)
        return { problem: "not readable YAML" };
    const metadata = parsed.value.metadata;
    const type = (0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(metadata) ? metadata.type : undefined;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isElementType */ .N)(type))
        return { type };
    if ((0,_foreign_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .recognizeForeignShape */ .yb)(parsed.value)?.shape === "flat")
        return { problem: "a flat sample: run nexs-publish import" };
    return { problem: "no metadata.type" };
}


/***/ }),

/***/ 6585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ matchGlob),
/* harmony export */   y: () => (/* binding */ escapeGlob)
/* harmony export */ });
// The element globs of a collection.yaml, matched the way a NEXS MCP server matches them when it installs the
// collection: Go's filepath.Glob, segment by segment (`*` and `?` never cross a `/`, `**` is just `*`, `[...]`
// classes, `\` escapes; no braces), over the files it copies (hidden entries are not copied). Matching reads only
// the directories the pattern walks through, through a RepositoryTree: the disk for validate, a git tree for a
// pull-request check.
/** Which characters make a segment a pattern (Go's hasMeta, with `\` as on Unix). */
const META = /[*?[\\]/;
/**
 * Every entry `pattern` matches, in path order. Links met on the way are not followed: they are returned in
 * `links` (a link may point anywhere, outside the repository included). A pattern that is absolute or holds `..`
 * anywhere is refused, as the server refuses it.
 */
function matchGlob(tree, pattern) {
    if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern))
        return { ok: false, problem: "outside", message: "an absolute path points outside the repository" };
    if (pattern.includes(".."))
        return { ok: false, problem: "outside", message: "`..` would leave the repository (and the server refuses it)" };
    const segments = pattern.split("/");
    if (segments.some((s) => s === "" || s === "."))
        return { ok: false, problem: "bad-pattern", message: "a path segment is empty or `.`" };
    const matchers = [];
    for (const segment of segments) {
        const matcher = segmentMatcher(segment);
        if (!matcher)
            return { ok: false, problem: "bad-pattern", message: `"${segment}" is not a valid glob segment` };
        matchers.push(matcher);
    }
    const links = [];
    let current = [{ path: "", kind: "directory" }];
    segments.forEach((segment, i) => {
        const match = matchers[i] ?? (() => false);
        const literal = !META.test(segment);
        const next = [];
        for (const dir of current) {
            if (dir.kind !== "directory")
                continue;
            for (const entry of tree.entries(dir.path) ?? []) {
                // Hidden entries are not copied when the server installs a collection; a literal name is one name.
                if (entry.name.startsWith(".") || (literal ? entry.name !== unescapeSegment(segment) : !match(entry.name)))
                    continue;
                const path = dir.path === "" ? entry.name : `${dir.path}/${entry.name}`;
                if (entry.kind === "symlink")
                    links.push(path);
                else
                    next.push({ path, kind: entry.kind });
            }
        }
        current = next;
    });
    return { ok: true, matches: current.sort((a, b) => compare(a.path, b.path)), links: links.sort(compare) };
}
/** A glob that matches `literal` exactly: its meta characters escaped. */
function escapeGlob(literal) {
    return literal.replace(/[*?[\\]/g, (c) => `\\${c}`);
}
function unescapeSegment(segment) {
    return segment.replace(/\\(.)/g, "$1");
}
/** One segment as Go's filepath.Match reads it, or undefined for a malformed one (Go's ErrBadPattern). */
function segmentMatcher(segment) {
    let source = "";
    for (let i = 0; i < segment.length; i++) {
        const c = segment.charAt(i);
        if (c === "*")
            source += "[^/]*";
        else if (c === "?")
            source += "[^/]";
        else if (c === "\\") {
            if (i + 1 >= segment.length)
                return undefined;
            source += escapeRegExp(segment.charAt(++i));
        }
        else if (c === "[") {
            const end = classEnd(segment, i + 1);
            if (end === undefined)
                return undefined;
            const body = segment.slice(i + 1, end);
            const negated = body.startsWith("^");
            const ranges = classRanges(negated ? body.slice(1) : body);
            if (ranges === undefined)
                return undefined;
            source += `[${negated ? "^/" : ""}${ranges}]`;
            i = end;
        }
        else
            source += escapeRegExp(c);
    }
    const regexp = new RegExp(`^${source}$`, "u");
    return (name) => regexp.test(name);
}
/** The index of the `]` closing a class that starts at `from`, skipping escapes. */
function classEnd(segment, from) {
    for (let i = from; i < segment.length; i++) {
        const c = segment.charAt(i);
        if (c === "\\")
            i++;
        else if (c === "]" && i > from && !(i === from + 1 && segment.charAt(from) === "^"))
            return i;
    }
    return undefined;
}
/** A class body (`a-z0-9`, `\]`) as a regexp class body; undefined when it is empty or malformed. */
function classRanges(body) {
    const chars = [];
    for (let i = 0; i < body.length; i++) {
        let c = body.charAt(i);
        if (c === "\\") {
            if (i + 1 >= body.length)
                return undefined;
            c = body.charAt(++i);
        }
        else if (c === "-")
            return undefined;
        if (body.charAt(i + 1) === "-") {
            let hi = body.charAt(i + 2);
            let skip = 2;
            if (hi === "\\") {
                hi = body.charAt(i + 3);
                skip = 3;
            }
            if (hi === "" || hi < c)
                return undefined;
            chars.push(`${escapeClass(c)}-${escapeClass(hi)}`);
            i += skip;
        }
        else
            chars.push(escapeClass(c));
    }
    return chars.length > 0 ? chars.join("") : undefined;
}
function escapeRegExp(c) {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function escapeClass(c) {
    return c.replace(/[\]\\^-]/g, "\\$&");
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ checkCollectionManifest),
/* harmony export */   xw: () => (/* binding */ STATS_KEYS)
/* harmony export */ });
/* unused harmony exports MANIFEST_NAMES, HOOK_PHASES, MANIFEST_VERSION, MANIFEST_NAME, dependencyProblem */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8129);
/* harmony import */ var _diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9020);
/* harmony import */ var _collection_glob_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6585);
/* harmony import */ var _node_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9864);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9252);
/* harmony import */ var _schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9664);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9588);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6401);
// collection.yaml, the manifest a NEXS MCP server reads at a repository's root when it installs a collection from
// `github://owner/repo`: its fields as the server reads them, its element globs against the files that are there,
// and its install hooks, which run on every installer's machine. Every finding has its line and column.









const MANIFEST_NAMES = (/* unused pure expression or super */ null && (["collection.yaml", "collection.yml"]));
/** The hook phases a server runs, in the order it runs them. */
const HOOK_PHASES = ["pre_install", "post_install", "pre_update", "post_update", "pre_uninstall"];
const HOOK_TYPES = ["command", "validate", "backup", "confirm"];
/** The stats keys, per element type. */
const STATS_KEYS = {
    persona: "personas",
    skill: "skills",
    template: "templates",
    agent: "agents",
    memory: "memories",
    ensemble: "ensembles",
};
const KNOWN_KEYS = [
    "name",
    "version",
    "author",
    "description",
    "tags",
    "category",
    "license",
    "min_nexs_version",
    "homepage",
    "documentation",
    "repository",
    "maintainers",
    "dependencies",
    "elements",
    "config",
    "hooks",
    "stats",
    "changelog",
    "keywords",
    "media",
];
const NUMBER = "(?:0|[1-9]\\d*)";
const PRERELEASE_PART = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
/** Semantic Versioning 2.0.0 without build metadata, which the server's version check refuses. */
const MANIFEST_VERSION = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-${PRERELEASE_PART}(?:\\.${PRERELEASE_PART})*)?$`);
/** The server's rule for a collection name. */
const MANIFEST_NAME = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;
const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const GITHUB_REPO = /^[A-Za-z0-9._-]{1,100}$/;
const CONSTRAINT = /^(?:\*|(?:\^|~|>=|<=|>|<|=)?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
function checkCollectionManifest(source, context) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSource */ .P)(source, { maxFileSize: context.maxFileSize ?? _source_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_FILE_SIZE */ .S, shape: "mapping" });
    if (!parsed.ok) {
        // A YAML problem keeps its code; a document that is not a mapping is an invalid manifest.
        const diagnostics = parsed.diagnostics.map((d) => d.code === "structure/top-level" ? { ...d, code: "collection/invalid" } : d);
        return { diagnostics, elements: [] };
    }
    const checker = new ManifestChecker(parsed, context);
    checker.run();
    return { diagnostics: checker.diagnostics.sort(_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDiagnostics */ .oV), elements: checker.elements };
}
class ManifestChecker {
    source;
    context;
    diagnostics = [];
    elements = [];
    value;
    constructor(source, context) {
        this.source = source;
        this.context = context;
        this.value = source.value;
    }
    run() {
        for (const key of Object.keys(this.value)) {
            if (!KNOWN_KEYS.includes(key))
                this.report("collection/unknown-key", [key], `unknown key "${key}"; a NEXS MCP server ignores it`, {
                    severity: "warning",
                    want: "key",
                });
        }
        this.requiredText("name", (name) => MANIFEST_NAME.test(name)
            ? undefined
            : "must be 3 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit " +
                "(for example my-collection): the NEXS MCP server refuses any other name");
        this.version();
        this.requiredText("author", (author) => author.length >= 2 && author.length <= 100 ? undefined : "must be 2 to 100 characters");
        this.requiredText("description");
        for (const key of ["tags", "keywords"])
            this.optionalStrings([key]);
        for (const key of ["category", "license", "min_nexs_version"])
            this.optionalText([key]);
        for (const key of ["homepage", "documentation", "repository"])
            this.optionalUrl(key);
        this.maintainers();
        this.dependencies();
        this.elementEntries();
        this.config();
        this.hooks();
        this.stats();
        this.changelog();
    }
    /** A number (`version: 1.2`) is a bad version too, not just a value of the wrong type. */
    version() {
        const raw = this.valueAt(["version"]);
        if (typeof raw !== "number") {
            const version = this.requiredText("version");
            if (version === undefined || MANIFEST_VERSION.test(version))
                return;
        }
        const shown = typeof raw === "number" ? `the number ${raw}` : (0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(raw);
        this.report("collection/version", ["version"], `version is ${shown}, not a Semantic Versioning version: write MAJOR.MINOR.PATCH such as 1.0.0 ` +
            "(a -prerelease is fine; +build metadata is refused by the NEXS MCP server)");
    }
    report(code, path, message, options = {}) {
        const at = this.source.locate(path, options.want ?? "value");
        this.diagnostics.push((0,_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnostic */ .YK)(this.source.file, at, options.severity ?? "error", code, message));
    }
    valueAt(path) {
        let node = this.value;
        for (const segment of path) {
            if (typeof segment === "number")
                node = Array.isArray(node) ? node[segment] : undefined;
            else
                node = (0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
        }
        return node;
    }
    has(path) {
        const parent = this.valueAt(path.slice(0, -1));
        const last = path.at(-1);
        return (0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(parent) && typeof last === "string" && Object.hasOwn(parent, last);
    }
    /** A required non-empty string at the top level; `rule` says what else is wrong with it, if anything. */
    requiredText(key, rule) {
        if (!this.has([key])) {
            this.report("collection/required", [], `collection.yaml is missing the required key "${key}"`, { want: "key" });
            return undefined;
        }
        const text = this.text([key], true);
        const problem = text === undefined ? undefined : rule?.(text);
        if (problem)
            this.report("collection/invalid", [key], `${key} is ${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(text)}; it ${problem}`);
        return problem ? undefined : text;
    }
    /** The string at `path`, reporting anything else; `nonEmpty` also refuses a blank one. */
    text(path, nonEmpty = false) {
        const value = this.valueAt(path);
        if (typeof value === "string" && (!nonEmpty || value.trim() !== ""))
            return value;
        const what = typeof value === "string" ? "empty" : `${kindOf(value)}, not a string`;
        this.report(nonEmpty && value === "" ? "collection/required" : "collection/invalid", path, `${(0,_node_path_js__WEBPACK_IMPORTED_MODULE_6__/* .describePath */ .NH)(path)} is ${what}`);
        return undefined;
    }
    optionalText(path) {
        return this.has(path) ? this.text(path) : undefined;
    }
    optionalStrings(path) {
        if (!this.has(path))
            return;
        const value = this.valueAt(path);
        if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
            this.report("collection/invalid", path, `${(0,_node_path_js__WEBPACK_IMPORTED_MODULE_6__/* .describePath */ .NH)(path)} must be a list of strings`);
    }
    optionalUrl(key) {
        const url = this.optionalText([key]);
        if (url !== undefined && !isWebUrl(url, ["http:", "https:"]))
            this.report("collection/invalid", [key], `${key} is ${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(url)}, not an http(s) URL`);
    }
    /** The entries of an optional list of mappings at `key`, with their index. */
    entries(key, required = false) {
        if (!this.has([key])) {
            if (required)
                this.report("collection/required", [], `collection.yaml is missing the required key "${key}"`, { want: "key" });
            return [];
        }
        const value = this.valueAt([key]);
        if (!Array.isArray(value)) {
            this.report("collection/invalid", [key], `${key} must be a list, not ${kindOf(value)}`);
            return [];
        }
        const out = [];
        value.forEach((entry, i) => {
            if ((0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(entry))
                out.push([i, entry]);
            else
                this.report("collection/invalid", [key, i], `${key}[${i}] must be a mapping, not ${kindOf(entry)}`);
        });
        return out;
    }
    requiredIn(path, key) {
        if (this.has([...path, key]))
            return this.text([...path, key], true);
        this.report("collection/required", path, `${(0,_node_path_js__WEBPACK_IMPORTED_MODULE_6__/* .describePath */ .NH)(path)} is missing the required key "${key}"`, {
            want: "key",
        });
        return undefined;
    }
    maintainers() {
        for (const [i] of this.entries("maintainers")) {
            this.requiredIn(["maintainers", i], "name");
            const email = this.optionalText(["maintainers", i, "email"]);
            if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
                this.report("collection/invalid", ["maintainers", i, "email"], `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(email)} is not an email address`);
            this.optionalText(["maintainers", i, "github"]);
        }
    }
    dependencies() {
        const seen = new Map();
        for (const [i] of this.entries("dependencies")) {
            const uri = this.requiredIn(["dependencies", i], "uri");
            this.optionalText(["dependencies", i, "description"]);
            if (uri === undefined)
                continue;
            const problem = dependencyProblem(uri);
            if (problem)
                this.report("collection/dependency-uri", ["dependencies", i, "uri"], `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(uri)} ${problem}`);
            const first = seen.get(uri);
            if (first !== undefined)
                this.report("collection/dependency-uri", ["dependencies", i, "uri"], `repeats dependencies[${first}]`);
            else
                seen.set(uri, i);
        }
    }
    elementEntries() {
        const entries = this.entries("elements", true);
        if (this.has(["elements"]) && Array.isArray(this.value.elements) && this.value.elements.length === 0)
            this.report("collection/required", ["elements"], "elements is empty; the server installs no collection without one");
        const counted = new Set();
        for (const [i, entry] of entries) {
            const where = ["elements", i];
            const pattern = this.requiredIn(where, "path");
            this.optionalText([...where, "description"]);
            let type;
            if (this.has([...where, "type"])) {
                const declared = this.text([...where, "type"]);
                if (declared !== undefined && !(0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .isElementType */ .N)(declared))
                    this.report("collection/invalid", [...where, "type"], `type is ${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(declared)}; use one of: ${_types_js__WEBPACK_IMPORTED_MODULE_7__/* .ELEMENT_TYPES */ .b.join(", ")}`);
                else
                    type = declared;
            }
            if (pattern !== undefined)
                this.elementGlob(where, pattern, type, entry, counted);
        }
    }
    elementGlob(where, pattern, type, entry, counted) {
        const at = [...where, "path"];
        const result = (0,_collection_glob_js__WEBPACK_IMPORTED_MODULE_8__/* .matchGlob */ .s)(this.context.tree, pattern);
        if (!result.ok) {
            const code = result.problem === "outside" ? "collection/element-outside" : "collection/invalid";
            this.report(code, at, `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(pattern)}: ${result.message}`);
            return;
        }
        if (result.links.length > 0)
            this.report("collection/element-outside", at, `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(pattern)} goes through ${listOf(result.links)}: a symbolic link may point outside the repository, ` +
                "and is not followed");
        if (result.matches.length === 0 && result.links.length === 0) {
            this.report("collection/element-no-match", at, `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(pattern)} matches no file; a NEXS MCP server refuses to install a collection with such an entry`);
            return;
        }
        const notElements = [];
        const otherType = [];
        for (const match of result.matches) {
            const why = match.kind !== "file"
                ? `${match.path} (a ${match.kind})`
                : match.path === this.context.manifestPath
                    ? `${match.path} (the manifest itself)`
                    : !/\.ya?ml$/.test(match.path)
                        ? `${match.path} (not a .yaml file)`
                        : undefined;
            if (why) {
                notElements.push(why);
                continue;
            }
            const found = this.context.classify(match.path);
            if ("problem" in found) {
                notElements.push(`${match.path} (${found.problem})`);
                continue;
            }
            if (type !== undefined && found.type !== type)
                otherType.push(`${match.path} (a ${found.type})`);
            if (!counted.has(match.path)) {
                counted.add(match.path);
                this.elements.push({ path: match.path, type: found.type });
            }
        }
        if (notElements.length > 0)
            this.report("collection/element-not-element", at, `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(pattern)} matches what is not an element file: ${listOf(notElements)}; narrow the pattern ` +
                "(for example elements/persona/*.yaml)");
        if (otherType.length > 0 && Object.hasOwn(entry, "type"))
            this.report("collection/element-type-mismatch", [...where, "type"], `the entry says ${type ?? "?"}, but ${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(pattern)} matches ${listOf(otherType)}; one glob per type ` +
                "keeps them apart");
    }
    config() {
        if (!this.has(["config"]))
            return;
        const config = this.valueAt(["config"]);
        if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(config)) {
            this.report("collection/invalid", ["config"], `config must be a mapping, not ${kindOf(config)}`);
            return;
        }
        this.optionalText(["config", "default_persona"]);
        this.optionalStrings(["config", "auto_activate_skills"]);
        const privacy = this.optionalText(["config", "default_privacy_level"]);
        if (privacy !== undefined && !["public", "private", "shared"].includes(privacy))
            this.report("collection/invalid", ["config", "default_privacy_level"], `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(privacy)}: use one of: public, private, shared`);
    }
    hooks() {
        if (!this.has(["hooks"]))
            return;
        const hooks = this.valueAt(["hooks"]);
        if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(hooks)) {
            this.report("collection/invalid", ["hooks"], `hooks must be a mapping, not ${kindOf(hooks)}`);
            return;
        }
        const base = baseCommandHooks(this.context.baseText);
        for (const [phase, list] of Object.entries(hooks)) {
            if (!HOOK_PHASES.includes(phase)) {
                this.report("collection/unknown-key", ["hooks", phase], `unknown hook phase "${phase}"; use ${HOOK_PHASES.join(", ")}`, {
                    severity: "warning",
                    want: "key",
                });
                continue;
            }
            if (!Array.isArray(list)) {
                this.report("collection/invalid", ["hooks", phase], `hooks.${phase} must be a list of hooks`);
                continue;
            }
            for (const [i, hook] of list.entries())
                this.hook(phase, i, hook, base);
        }
    }
    hook(phase, i, hook, base) {
        const where = ["hooks", phase, i];
        if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(hook)) {
            this.report("collection/invalid", where, `hooks.${phase}[${i}] must be a mapping, not ${kindOf(hook)}`);
            return;
        }
        const type = this.requiredIn(where, "type");
        if (type === undefined)
            return;
        if (!HOOK_TYPES.includes(type)) {
            this.report("collection/invalid", [...where, "type"], `hook type ${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(type)}; use one of: ${HOOK_TYPES.join(", ")}`);
            return;
        }
        if (type === "confirm")
            this.requiredIn(where, "message");
        if (type === "validate" && !Array.isArray(hook.checks))
            this.report("collection/required", where, `hooks.${phase}[${i}] is a validate hook without a checks list`, {
                want: "key",
            });
        if (type !== "command")
            return;
        const command = this.requiredIn(where, "command");
        const shown = command === undefined ? "" : ` (${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(command)})`;
        const line = this.source.locate(where, "key").line;
        if (!this.context.allowInstallHooks) {
            this.report("collection/install-hook", [...where, "type"], `hooks.${phase}[${i}] is a command hook${shown}: it would run on the machine of everyone who installs ` +
                "this collection. Remove it, or opt in with allow-install-hooks (--allow-install-hooks, the Action's " +
                "allow-install-hooks input) and have every change to it reviewed");
            return;
        }
        if ((base.get(phase) ?? []).some((old) => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(old, hook)))
            return;
        this.report("collection/install-hook-review", [...where, "type"], `hooks.${phase}[${i}] on line ${line} is a ${this.context.baseText === undefined ? "" : "new or changed "}` +
            `command hook${shown} that every installer's machine runs: review exactly what it does before merging`, { severity: "warning" });
    }
    stats() {
        if (!this.has(["stats"]))
            return;
        const stats = this.valueAt(["stats"]);
        if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(stats)) {
            this.report("collection/invalid", ["stats"], `stats must be a mapping, not ${kindOf(stats)}`);
            return;
        }
        const counts = new Map([["total_elements", this.elements.length]]);
        for (const type of _types_js__WEBPACK_IMPORTED_MODULE_7__/* .ELEMENT_TYPES */ .b)
            counts.set(STATS_KEYS[type], this.elements.filter((e) => e.type === type).length);
        const stale = [];
        for (const [key, actual] of counts) {
            const said = stats[key];
            if (said === undefined)
                continue;
            if (!Number.isInteger(said) || (typeof said === "number" && said < 0)) {
                this.report("collection/invalid", ["stats", key], `stats.${key} must be a whole number`);
            }
            else if (said !== actual)
                stale.push(`${key} ${String(said)} (the globs match ${actual})`);
        }
        if (stale.length > 0)
            this.report("collection/stale-stats", ["stats"], `stats disagree with the files: ${stale.join(", ")}; run nexs-publish collection init to refresh them`, { severity: "warning", want: "key" });
        if (Object.hasOwn(stats, "last_updated"))
            this.text(["stats", "last_updated"]);
    }
    changelog() {
        for (const [i] of this.entries("changelog")) {
            const version = this.requiredIn(["changelog", i], "version");
            if (version !== undefined && !MANIFEST_VERSION.test(version))
                this.report("collection/version", ["changelog", i, "version"], `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(version)} is not a Semantic Versioning version`);
            const date = this.requiredIn(["changelog", i], "date");
            if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
                this.report("collection/invalid", ["changelog", i, "date"], `${(0,_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(date)} is not a date in the form YYYY-MM-DD`);
            this.optionalStrings(["changelog", i, "changes"]);
        }
    }
}
/** The command hooks of the base manifest, by phase. */
function baseCommandHooks(text) {
    const out = new Map();
    if (text === undefined)
        return out;
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSource */ .P)({ file: "", bytes: new TextEncoder().encode(text) }, {
        maxFileSize: _source_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_FILE_SIZE */ .S,
        shape: "mapping",
    });
    const hooks = parsed.ok ? parsed.value.hooks : undefined;
    if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(hooks))
        return out;
    for (const [phase, list] of Object.entries(hooks))
        if (Array.isArray(list))
            out.set(phase, list);
    return out;
}
/** Why a dependency URI is not one a server can install, or undefined when it is. */
function dependencyProblem(uri) {
    const github = /^github:\/\/([^/@]+)\/([^/@]+)(?:@(.*))?$/.exec(uri);
    if (github) {
        const [, owner = "", repo = "", constraint] = github;
        if (!GITHUB_OWNER.test(owner))
            return `names no GitHub owner: "${owner}" is not a user or organization name`;
        if (!GITHUB_REPO.test(repo) || repo === "." || repo === "..")
            return `names no repository: "${repo}"`;
        if (constraint !== undefined && !CONSTRAINT.test(constraint))
            return `has the version constraint "${constraint}"; use one such as ^1.2.0, ~1.2.0, >=1.2.0, 1.2.0 or *`;
        return undefined;
    }
    if (uri.startsWith("github:"))
        return "is not of the form github://owner/repo or github://owner/repo@^1.2.0";
    if (isWebUrl(uri, ["https:"]))
        return undefined;
    return "is neither github://owner/repo[@version] nor an https:// URL";
}
function isWebUrl(text, protocols) {
    try {
        const url = new URL(text);
        return protocols.includes(url.protocol) && url.hostname !== "";
    }
    catch {
        return false;
    }
}
function kindOf(value) {
    if (value === null || value === undefined)
        return "empty";
    if (Array.isArray(value))
        return "a list";
    if ((0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Q)(value))
        return "a mapping";
    return `a ${typeof value}`;
}
function listOf(items) {
    const shown = items.slice(0, 5).join(", ");
    return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}


/***/ }),

/***/ 9588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ DEFAULT_MAX_FILE_SIZE)
/* harmony export */ });
const DEFAULT_MAX_FILE_SIZE = 256 * 1024;


/***/ }),

/***/ 1946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * How a file is shown to users (human, JSON, annotations, SARIF): relative to `cwd`, with forward slashes
 * whatever the platform, so output is the same everywhere.
 */
function displayPath(file, cwd) {
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, file) || "." : file;
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === "\\" ? shown.replaceAll("\\", "/") : shown;
}


/***/ }),

/***/ 6951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ formatHuman),
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/* harmony import */ var _common_plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2695);
/* harmony import */ var _diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9020);
/* harmony import */ var _redact_redactor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7825);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6182);




const SEVERITY_COLOR = { error: "31", warning: "33", info: "36" };
/** `file:line:col severity code message`, one line per diagnostic, then a one-line tally. */
function formatHuman(files, diagnostics, options) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const lines = diagnostics.map((d) => `${paint("1", `${oneLine(d.file)}:${d.line}:${d.column}`)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ` +
        `${paint("2", d.code)} ${oneLine(d.message)}`);
    lines.push(tally(files, diagnostics, paint));
    return (0,_redact_redactor_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(`${lines.join("\n")}\n`);
}
function tally(files, diagnostics, paint) {
    const { errors, warnings } = (0,_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(diagnostics);
    const counts = `${(0,_common_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .countOf */ .p)(files, "file")}, ${(0,_common_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .countOf */ .p)(errors, "error")}, ${(0,_common_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .countOf */ .p)(warnings, "warning")}`;
    return errors > 0 ? paint("31", `✖ ${counts}`) : paint("32", `✔ ${counts}`);
}
// A message or file name with a line break or an escape sequence could forge further output lines or
// repaint the terminal: show such characters as visible escapes instead.
// A bidi override could make it read as another name.
function oneLine(text) {
    return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P)(text);
}


/***/ })

};
