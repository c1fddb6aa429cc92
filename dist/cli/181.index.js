export const id = 181;
export const ids = [181];
export const modules = {

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

/***/ 4612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ plainElement),
/* harmony export */   RN: () => (/* binding */ readElement),
/* harmony export */   XX: () => (/* binding */ storageProblem),
/* harmony export */   oB: () => (/* binding */ elementText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8129);
/* harmony import */ var _element_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(364);
/* harmony import */ var _element_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6401);
/* harmony import */ var _state_state_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8698);





/**
 * Reads the typed part of an element from parsed YAML: the metadata fields the repository relies on, and
 * `data` as a mapping. Fields it does not know stay in the file (updates edit only changed fields) but are not
 * carried in the Element. Returns a sentence when the shape is wrong.
 */
function readElement(value) {
    const m = value.metadata;
    if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Q)(m))
        return "metadata is missing or is not a mapping";
    if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Q)(value.data))
        return "data is missing or is not a mapping";
    const text = (key) => (typeof m[key] === "string" ? m[key] : undefined);
    const { id, type, name, version, author } = {
        id: text("id"),
        type: m.type,
        name: text("name"),
        version: text("version"),
        author: text("author"),
    };
    if (id === undefined)
        return "metadata.id is missing or not a string";
    if (!(0,_element_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isElementType */ .N)(type))
        return "metadata.type is missing or not an element type";
    if (name === undefined || version === undefined || author === undefined)
        return "metadata.name, version and author must be strings";
    const metadata = { id, type, name, version, author };
    for (const key of ["description", "created_at", "updated_at"]) {
        if (m[key] === undefined)
            continue;
        const v = text(key);
        if (v === undefined)
            return `metadata.${key} must be a string`;
        metadata[key] = v;
    }
    if (m.tags !== undefined) {
        if (!Array.isArray(m.tags) || !m.tags.every((t) => typeof t === "string"))
            return "metadata.tags must be a list of strings";
        metadata.tags = [...m.tags];
    }
    if (m.is_active !== undefined) {
        if (typeof m.is_active !== "boolean")
            return "metadata.is_active must be true or false";
        metadata.is_active = m.is_active;
    }
    if (m.custom !== undefined) {
        if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Q)(m.custom))
            return "metadata.custom must be a mapping";
        metadata.custom = m.custom;
    }
    return { metadata, data: value.data };
}
/** What storage itself needs: the id becomes a file name and created_at a directory name. */
function storageProblem(element) {
    const { id, type, created_at } = element.metadata;
    if (typeof id !== "string" || !(0,_element_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidId */ .Al)(id))
        return `"${String(id)}" is not a valid element id`;
    if (!(0,_element_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isElementType */ .N)(type))
        return `"${String(type)}" is not an element type`;
    if (created_at !== undefined && !_state_state_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMESTAMP_RULE */ .gS.pattern.test(created_at)) {
        return `metadata.created_at "${created_at}" is not an RFC 3339 timestamp such as 2025-12-20T10:00:00Z`;
    }
    return undefined;
}
/** The element as plain JSON data (undefined fields dropped), for comparing and copying. */
function plainElement(element) {
    const plain = JSON.parse(JSON.stringify({ metadata: element.metadata, data: element.data }));
    return (0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Q)(plain) ? plain : {};
}
/** A new element file: metadata first, then data. */
function elementText(element) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(plainElement(element), { lineWidth: 0 });
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

/***/ 9956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ FileElementRepository)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/common/errno-code.ts
var errno_code = __webpack_require__(1387);
// EXTERNAL MODULE: ./src/core/sync/document-edit.ts
var document_edit = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/core/sync/value-diff.ts
var value_diff = __webpack_require__(2564);
// EXTERNAL MODULE: ./src/core/sync/yaml-text.ts
var yaml_text = __webpack_require__(646);
// EXTERNAL MODULE: ./src/core/repository/element-record.ts
var element_record = __webpack_require__(4612);
// EXTERNAL MODULE: ./src/core/repository/element-repository.ts
var element_repository = __webpack_require__(9597);
;// CONCATENATED MODULE: ./src/core/repository/admit-element.ts


/** Refuses an element storage cannot hold, or one in which the validator finds errors. */
function admitElement(element, validate, file) {
    const problem = (0,element_record/* storageProblem */.XX)(element);
    if (problem)
        throw new element_repository/* RepositoryError */.p("invalid-element", `cannot store the element: ${problem}`);
    if (!validate)
        return;
    const errors = validate(file, (0,element_record/* elementText */.oB)(element)).filter((d) => d.severity === "error");
    const first = errors[0];
    if (first) {
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
        throw new element_repository/* RepositoryError */.p("invalid-element", `element "${element.metadata.id}" is not valid: ${first.code}: ${first.message}${more}`, errors);
    }
}

;// CONCATENATED MODULE: ./src/core/repository/async-mutex.ts
/**
 * Runs async sections one after another. A repository holds one, so a read-modify-write (including a
 * rename, which touches two ids) never interleaves with another call in the same process.
 */
class AsyncMutex {
    tail = Promise.resolve();
    run(section) {
        const result = this.tail.then(section);
        // The next section waits for this one whether it succeeded or failed.
        this.tail = result.catch(() => undefined);
        return result;
    }
}

// EXTERNAL MODULE: ./src/core/repository/atomic-file-write.ts
var atomic_file_write = __webpack_require__(8848);
// EXTERNAL MODULE: ./src/core/repository/file-layout.ts
var file_layout = __webpack_require__(1871);
// EXTERNAL MODULE: ./src/core/repository/make-directories.ts
var make_directories = __webpack_require__(286);
// EXTERNAL MODULE: ./src/core/diagnostic/diagnostic.ts
var diagnostic = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/core/element/parse.ts + 13 modules
var parse = __webpack_require__(9252);
// EXTERNAL MODULE: ./src/core/element/source.ts
var source = __webpack_require__(9588);
// EXTERNAL MODULE: ./src/core/element/types.ts
var types = __webpack_require__(6401);
;// CONCATENATED MODULE: ./src/core/repository/read-element-files.ts









const PARALLEL_READS = 32;
/**
 * Loads `<base>/<type>/<date>/<file>` (`in-place`: every element file under base) without ever failing on a
 * file: anything unreadable, invalid, misplaced or duplicated becomes a diagnostic, and nothing is deleted or
 * rewritten. Files are visited in path order, so when two files carry one id the first wins, the same way
 * every time.
 */
async function readElementFiles(base, layout = "dated") {
    const diagnostics = [];
    const note = (file, severity, code, message, at = diagnostic/* FILE_START */.WS) => diagnostics.push((0,diagnostic/* diagnostic */.YK)(file, at, severity, code, message));
    const candidates = layout === "dated" ? await datedCandidates(base, note) : await treeCandidates(base, "", note);
    candidates.sort();
    const loaded = [];
    for (let i = 0; i < candidates.length; i += PARALLEL_READS) {
        const batch = candidates.slice(i, i + PARALLEL_READS);
        for (const file of await Promise.all(batch.map((path) => loadFile(base, path, note))))
            loaded.push(file);
    }
    const files = [];
    const owner = new Map();
    for (const file of loaded) {
        if (!file)
            continue;
        const id = file.element.metadata.id;
        const first = owner.get(id);
        if (first !== undefined) {
            note(file.path, "error", "repository/duplicate-id", `id "${id}" is already loaded from ${first}; this file is ignored (not deleted): rename or remove one`);
            continue;
        }
        owner.set(id, file.path);
        const expected = (0,file_layout/* elementFilePath */.qb)(file.element);
        if (layout === "dated" && expected !== file.path)
            note(file.path, "warning", "repository/misplaced", `belongs at ${expected}; loaded from here and moved there on its next update`);
        files.push(file);
    }
    return { files, diagnostics };
}
/** `<type>/<date>/<file>`: anything else is noted and ignored. */
async function datedCandidates(base, note) {
    const candidates = [];
    for (const typeDir of await listDirectory(base)) {
        if (!typeDir.isDirectory() || !(0,types/* isElementType */.N)(typeDir.name)) {
            if (!typeDir.name.startsWith("."))
                note(typeDir.name, "info", "repository/ignored", "not an element type directory; ignored");
            continue;
        }
        for (const dateDir of await listDirectory((0,external_node_path_.join)(base, typeDir.name))) {
            const datePath = `${typeDir.name}/${dateDir.name}`;
            if (!dateDir.isDirectory()) {
                note(datePath, "info", "repository/ignored", "not a date directory; ignored");
                continue;
            }
            for (const file of await listDirectory((0,external_node_path_.join)(base, datePath))) {
                const path = `${datePath}/${file.name}`;
                if ((0,file_layout/* isTemporaryFile */.an)(file.name))
                    note(path, "info", "repository/interrupted-write", "temporary file left by an interrupted write; ignored (safe to delete)");
                else if (!/\.ya?ml$/.test(file.name))
                    note(path, "info", "repository/ignored", "not a .yaml or .yml file; ignored");
                else if (!file.isFile())
                    note(path, "warning", "repository/not-a-file", "a symbolic link or special file; not opened");
                else
                    candidates.push(path);
            }
        }
    }
    return candidates;
}
/**
 * Every `.yaml`/`.yml` regular file at any depth (a source repository's own arrangement); hidden entries such
 * as `.git` are skipped, and files that are not element files are passed over without a note.
 */
async function treeCandidates(base, prefix, note) {
    const candidates = [];
    for (const entry of await listDirectory((0,external_node_path_.join)(base, prefix))) {
        const path = `${prefix}${entry.name}`;
        if ((0,file_layout/* isTemporaryFile */.an)(entry.name))
            note(path, "info", "repository/interrupted-write", "temporary file left by an interrupted write; ignored");
        else if (entry.name.startsWith("."))
            continue;
        else if (entry.isDirectory()) {
            // No spread into push: a directory may hold more files than a call has room for arguments.
            for (const found of await treeCandidates(base, `${path}/`, note))
                candidates.push(found);
        }
        else if (!/\.ya?ml$/.test(entry.name))
            continue;
        else if (!entry.isFile())
            note(path, "warning", "repository/not-a-file", "a symbolic link or special file; not opened");
        else
            candidates.push(path);
    }
    return candidates;
}
async function listDirectory(path) {
    const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Parsed by the validator's own parser (parse.ts, with its fast path), so the repository refuses exactly the
 * YAML validation refuses. The schema and element rules are the `validate` option's business, on writes.
 */
async function loadFile(base, path, note) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)((0,external_node_path_.join)(base, path));
    }
    catch (error) {
        note(path, "error", "repository/unreadable", `it could not be read (${(0,errno_code/* errnoCode */.U)(error) ?? "unknown error"}); ignored (not deleted)`);
        return undefined;
    }
    const parsed = (0,parse/* parseSource */.P)({ file: path, bytes }, { maxFileSize: source/* DEFAULT_MAX_FILE_SIZE */.S });
    if (!parsed.ok) {
        const first = parsed.diagnostics[0];
        const at = first && { line: first.line, column: first.column };
        // Readable YAML of the wrong shape (no data, an extra top-level key) is an invalid element, not an unreadable file.
        if (first?.code.startsWith("structure/"))
            note(path, "error", "repository/invalid-element", `${first.message}; ignored (not deleted)`, at);
        else
            note(path, "error", "repository/unreadable", `not a readable element file: ${first ? `${first.message} (${first.code})` : "unreadable YAML"}; ignored (not deleted)`, at);
        return undefined;
    }
    const element = (0,element_record/* readElement */.RN)(parsed.value);
    const problem = typeof element === "string" ? element : (0,element_record/* storageProblem */.XX)(element);
    if (problem !== undefined || typeof element === "string") {
        note(path, "error", "repository/invalid-element", `${problem}; ignored (not deleted)`);
        return undefined;
    }
    return { path, text: parsed.text, element };
}

;// CONCATENATED MODULE: ./src/core/repository/select-elements.ts
/** Filters, orders by id and pages: the one definition of `list` both repositories share. */
function selectElements(elements, filter = {}) {
    const { type, active, tags = [], offset = 0, limit = Number.POSITIVE_INFINITY } = filter;
    const matches = [];
    for (const element of elements) {
        const m = element.metadata;
        if (type !== undefined && m.type !== type)
            continue;
        if (active !== undefined && (m.is_active ?? true) !== active)
            continue;
        if (tags.length > 0 && !tags.every((tag) => m.tags?.includes(tag)))
            continue;
        matches.push(element);
    }
    matches.sort((a, b) => (a.metadata.id < b.metadata.id ? -1 : a.metadata.id > b.metadata.id ? 1 : 0));
    const start = Math.max(0, Math.floor(offset));
    return matches.slice(start, start + Math.max(0, limit));
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/core/repository/text-holds-element.ts




/**
 * Whether `text`, read the way the repository loads files, is exactly `element`: a file written from a text made
 * elsewhere (an import keeps the source's comments) must load back as the element the cache holds.
 */
function textHoldsElement(text, element) {
    const parsed = (0,parse/* parseSource */.P)({ file: "", bytes: new TextEncoder().encode(text) }, { maxFileSize: source/* DEFAULT_MAX_FILE_SIZE */.S });
    if (!parsed.ok)
        return false;
    const read = (0,element_record/* readElement */.RN)(parsed.value);
    return typeof read !== "string" && (0,external_node_util_.isDeepStrictEqual)((0,element_record/* plainElement */.Je)(read), (0,element_record/* plainElement */.Je)(element));
}

;// CONCATENATED MODULE: ./src/core/repository/file-repository.ts
















/**
 * Elements as YAML files under `<base>/<type>/<created YYYY-MM-DD>/<id>.yaml` (file-layout.ts; with the
 * `in-place` layout, wherever a source repository keeps them), with a write-through cache: reads come from
 * memory, every change is on disk (atomically) before the cache sees it.
 * Updates edit the existing file's YAML document, so fields, key order and comments the change did not touch
 * stay as they were. One lock per repository serialises changes in this process; other processes writing the
 * same directory are not coordinated.
 */
class FileElementRepository {
    base;
    cache;
    options;
    mutex = new AsyncMutex();
    /** Directories this repository created (the base too, when it was missing): removed again when emptied. */
    made = new Set();
    constructor(base, cache, options) {
        this.base = base;
        this.cache = cache;
        this.options = options;
    }
    /**
     * Loads the tree under `base`; a missing base is an empty repository, created only by the first write (so
     * opening or planning makes no directory). Bad files are reported in `diagnostics`, never fatal.
     */
    static async open(base, options = {}) {
        try {
            const missing = await (0,promises_.lstat)(base).then(() => false, (error) => {
                if ((0,errno_code/* errnoCode */.U)(error) === "ENOENT")
                    return true;
                throw error;
            });
            const { files, diagnostics } = missing
                ? { files: [], diagnostics: [] }
                : await readElementFiles(base, options.layout);
            const cache = new Map(files.map((f) => [f.element.metadata.id, f]));
            return { repository: new FileElementRepository(base, cache, options), diagnostics };
        }
        catch (error) {
            throw new element_repository/* RepositoryError */.p("storage", `cannot open the element directory ${base}: ${(0,errno_code/* errnoCode */.U)(error) ?? "unknown error"}`);
        }
    }
    async create(element) {
        const [created] = await this.batchCreate([element]);
        return created ?? element;
    }
    async getById(id) {
        const stored = this.cache.get(id);
        return stored && structuredClone(stored.element);
    }
    async exists(id) {
        return this.cache.has(id);
    }
    async list(filter) {
        return selectCopies(this.cache, filter);
    }
    async update(id, change) {
        return this.mutex.run(async () => {
            const current = this.cache.get(id);
            if (!current)
                throw new element_repository/* RepositoryError */.p("not-found", `no element with id "${id}" to update`);
            const next = structuredClone(typeof change === "function" ? change(structuredClone(current.element)) : change);
            const path = this.options.layout === "in-place" ? current.path : (0,file_layout/* elementFilePath */.qb)(next);
            admitElement(next, this.options.validate, path);
            const newId = next.metadata.id;
            if (newId !== id && this.cache.has(newId)) {
                throw new element_repository/* RepositoryError */.p("duplicate-id", `cannot rename "${id}" to "${newId}": that id is taken`);
            }
            if (path !== current.path)
                await this.refuseOccupied(path);
            const text = editedText(current, next);
            await this.write(path, text);
            if (path !== current.path)
                await this.remove(current.path);
            this.cache.delete(id);
            this.cache.set(newId, { path, text, element: next });
            return structuredClone(next);
        });
    }
    async delete(id) {
        return this.mutex.run(async () => {
            const current = this.cache.get(id);
            if (!current)
                return false;
            await this.remove(current.path);
            this.cache.delete(id);
            return true;
        });
    }
    /**
     * Checks every element first; if a write still fails, the files already written are removed again. `texts[i]`,
     * when given, is the file written for `elements[i]` (an import keeps its source's comments): it must read back as
     * exactly that element.
     */
    async batchCreate(elements, texts) {
        return this.mutex.run(async () => {
            const planned = [];
            const ids = new Set();
            for (const [i, original] of elements.entries()) {
                const element = structuredClone(original);
                const text = texts?.[i];
                if (text !== undefined && !textHoldsElement(text, element))
                    throw new element_repository/* RepositoryError */.p("invalid-element", `the text given for "${element.metadata.id}" is not that element`);
                const path = (0,file_layout/* elementFilePath */.qb)(element);
                admitElement(element, this.options.validate, path);
                const id = element.metadata.id;
                if (this.cache.has(id) || ids.has(id))
                    throw new element_repository/* RepositoryError */.p("duplicate-id", `an element with id "${id}" already exists`);
                ids.add(id);
                await this.refuseOccupied(path);
                planned.push({ path, text: text ?? (0,element_record/* elementText */.oB)(element), element });
            }
            const written = [];
            try {
                for (const file of planned) {
                    await this.write(file.path, file.text);
                    written.push(file.path);
                }
            }
            catch (error) {
                for (const path of written)
                    await this.remove(path).catch(() => undefined);
                throw error;
            }
            for (const file of planned)
                this.cache.set(file.element.metadata.id, file);
            return planned.map((f) => structuredClone(f.element));
        });
    }
    /** A file the loader refused may sit where an element would go: never overwrite it. */
    async refuseOccupied(path) {
        const taken = await (0,promises_.lstat)((0,external_node_path_.join)(this.base, path)).then(() => true, () => false);
        if (taken) {
            throw new element_repository/* RepositoryError */.p("storage", `${path} already exists but was not loaded (see the load diagnostics): fix or remove that file first`);
        }
    }
    async write(path, text) {
        const absolute = (0,external_node_path_.join)(this.base, path);
        let made = [];
        try {
            made = await (0,make_directories/* makeDirectories */.Kb)((0,external_node_path_.dirname)(absolute), this.base);
            for (const d of made)
                this.made.add(d);
            await (0,atomic_file_write/* writeFileAtomic */.Z)(absolute, text, this.options.beforeRename);
        }
        catch (error) {
            await this.forget(made);
            const why = (0,errno_code/* errnoCode */.U)(error) ?? (error instanceof Error ? error.message : "unknown error");
            throw new element_repository/* RepositoryError */.p("storage", `could not write ${path}: ${why}`);
        }
    }
    /** Removes directories this repository made that are empty now, innermost first. */
    async forget(made) {
        for (const d of await (0,make_directories/* removeDirectories */.iM)(made))
            this.made.delete(d);
    }
    async remove(path) {
        const absolute = (0,external_node_path_.join)(this.base, path);
        try {
            await (0,promises_.unlink)(absolute);
            await (0,atomic_file_write/* syncDirectory */.z)((0,external_node_path_.dirname)(absolute));
        }
        catch (error) {
            throw new element_repository/* RepositoryError */.p("storage", `could not remove ${path}: ${(0,errno_code/* errnoCode */.U)(error) ?? "unknown error"}`);
        }
        // An emptied date directory goes too; a non-empty one refuses, which is fine. So do the emptied directories
        // this repository made on the way (a failed import leaves no empty tree, nor a base it created).
        await (0,promises_.rmdir)((0,external_node_path_.dirname)(absolute)).catch(() => undefined);
        const full = (0,external_node_path_.resolve)(absolute);
        const above = [...this.made].filter((d) => (0,make_directories/* isInside */.FK)(d, full));
        await this.forget(above.sort((a, b) => a.length - b.length));
    }
}
/** The stored file with only the changed fields edited; a file that no longer parses is rewritten whole. */
function editedText(current, next) {
    const read = (0,yaml_text/* readYaml */.g)(current.text);
    if (!read.ok)
        return (0,element_record/* elementText */.oB)(next);
    (0,document_edit/* applyChanges */.Y)(read.document, (0,value_diff/* diffValues */.I)((0,element_record/* plainElement */.Je)(current.element), (0,element_record/* plainElement */.Je)(next)));
    return (0,yaml_text/* writeYaml */.V)(read.document, read.conventions);
}
function selectCopies(cache, filter) {
    const all = [];
    for (const stored of cache.values())
        all.push(stored.element);
    return selectElements(all, filter).map((e) => structuredClone(e));
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


/***/ })

};
