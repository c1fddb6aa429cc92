import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ readBatch)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/core/element/fingerprint.ts
// A fingerprint of a file's bytes, to tell whether a second read found what the first one did. SHA-256 through
// Node's one-shot crypto.hash where it exists (Node ≥ 20.12, about twice as fast on small files), else createHash.

function fingerprint(bytes) {
    // The namespace import keeps older Node, where `hash` is missing, loading this module.
    return typeof external_node_crypto_namespaceObject.hash === "function"
        ? external_node_crypto_namespaceObject.hash("sha256", bytes, "base64")
        : external_node_crypto_namespaceObject.createHash("sha256").update(bytes).digest("base64");
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/core/diagnostic/diagnostic.ts
const diagnostic_FILE_START = { line: 1, column: 1 };
function diagnostic_diagnostic(file, at, severity, code, message) {
    return { file, ...at, severity, code, message };
}
function countBySeverity(diagnostics) {
    let errors = 0;
    let warnings = 0;
    for (const d of diagnostics) {
        if (d.severity === "error")
            errors++;
        else if (d.severity === "warning")
            warnings++;
    }
    return { errors, warnings };
}
/** Sort by file, then position, so output is stable whatever order files were read in. */
function diagnostic_compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

;// CONCATENATED MODULE: ./src/core/element/size-limit.ts

/** The one `limit/file-size` finding, whoever measured the size: the parser, the disk reader or a git tree. */
function fileSizeDiagnostic(file, size, maxFileSize) {
    return diagnostic_diagnostic(file, diagnostic_FILE_START, "error", "limit/file-size", `the file has ${size} bytes, more than the limit of ${maxFileSize}; split the element or raise max-file-size`);
}

;// CONCATENATED MODULE: ./src/core/element/read-tree.ts
// Reads element files from disk: the only file-system access of the element core. Directory entries are
// classified by their lstat type (readdir's d_type), so symlinks, FIFOs, sockets and devices are never opened;
// regular files are opened with O_NOFOLLOW | O_NONBLOCK so that a swap between listing and opening cannot make
// us follow a link or hang on a FIFO. Synchronous calls: for thousands of ~1 KB files they are several times
// faster than fs/promises, and nothing else runs while a validation reads its input.




const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
function isElementFileName(name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
}
/** The names a NEXS MCP collection manifest has (the server reads collection.yaml at the repository root). */
const MANIFEST_FILE_NAMES = (/* unused pure expression or super */ null && (["collection.yaml", "collection.yml"]));
function isManifestFileName(path) {
    return MANIFEST_FILE_NAMES.includes(path.slice(path.lastIndexOf(sep) + 1));
}
async function readElementTree(paths, options) {
    const listing = listElementTree(paths, options);
    const sources = [];
    const diagnostics = [...listing.diagnostics];
    for (const listed of listing.files) {
        const read = readListedFile(listed, options);
        if (read.ok)
            sources.push({ file: listed.file, bytes: read.bytes });
        else
            diagnostics.push(read.diagnostic);
    }
    return { sources, diagnostics: diagnostics.sort(compareDiagnostics), ignored: listing.ignored };
}
/** Walks the paths without reading any file, so that a caller can read (and let go of) one file at a time. */
function listElementTree(paths, options) {
    const reader = new TreeReader(options);
    for (const path of paths)
        reader.start(path);
    return reader.finish();
}
/**
 * Reads one listed file, refusing it if it is no longer a regular file or has grown past the size limit.
 * Each call reads the file again: what it holds now, not what it held when listed.
 */
function readListedFile(listed, options) {
    let fd;
    const { absolute, file } = listed;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(absolute, OPEN_FLAGS);
    }
    catch (error) {
        // ELOOP: it became a symlink after it was listed.
        if (errnoOf(error) === "ELOOP")
            return refused(notRegular(file, "symlink", "error"));
        return refused(unreadable(file, error));
    }
    try {
        const stats = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stats.isFile())
            return refused(notRegular(file, kindOf(stats), "error"));
        if (stats.size > options.maxFileSize) {
            return refused(fileSizeDiagnostic(file, stats.size, options.maxFileSize));
        }
        const bytes = new Uint8Array(stats.size);
        let filled = 0;
        while (filled < bytes.length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, filled, bytes.length - filled, filled);
            if (n === 0)
                break;
            filled += n;
        }
        return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
    }
    catch (error) {
        return refused(unreadable(file, error));
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function refused(diagnostic) {
    return { ok: false, diagnostic };
}
class TreeReader {
    options;
    files = new Map(); // absolute path → display path
    manifests = new Map();
    ignored = new Set();
    diagnostics = [];
    visited = new Set();
    refused = new Set();
    constructor(options) {
        this.options = options;
    }
    start(path) {
        const absolute = resolve(this.options.cwd, path);
        const shown = this.display(absolute);
        // A symlinked directory on the way is not followed either, as the walker would not follow it.
        const link = linkOnTheWay(this.options.cwd, absolute);
        if (link !== undefined) {
            this.error(shown, "file/not-regular", `${shown} is reached through ${this.display(link)}, a symlink; symlinks are not followed, copy the files into the tree instead`);
            return;
        }
        let stats;
        try {
            stats = lstatSync(absolute);
        }
        catch (error) {
            const code = errnoOf(error);
            if (code === "ENOENT" || code === "ENOTDIR") {
                this.error(shown, "file/not-found", `${shown} does not exist; check the path`);
            }
            else
                this.unreadable(shown, error);
            return;
        }
        if (stats.isDirectory())
            this.walk(absolute, shown);
        else if (stats.isFile() && isManifestFileName(absolute))
            this.manifests.set(absolute, shown);
        else if (stats.isFile())
            this.classifyFile(absolute);
        // Named explicitly, a symlink is still not followed: whatever it points at may lie outside the tree.
        else
            this.notRegular(absolute, kindOf(stats), "error");
    }
    walk(root, rootShown) {
        // Below a root that is not above cwd, a display path is its directory's plus the name: no path.relative per file.
        const joinable = rootShown !== ".." && !rootShown.startsWith("../");
        const pending = [[root, rootShown]];
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
            const [dir, dirShown] = next;
            if (this.visited.has(dir))
                continue;
            this.visited.add(dir);
            let entries;
            try {
                entries = readdirSync(dir, { withFileTypes: true });
            }
            catch (error) {
                this.unreadable(dirShown, error);
                continue;
            }
            for (const entry of entries) {
                const absolute = `${dir}${sep}${entry.name}`;
                const shown = !joinable ? this.display(absolute) : dirShown === "." ? entry.name : `${dirShown}/${entry.name}`;
                if (entry.isDirectory())
                    pending.push([absolute, shown]);
                else if (entry.isFile() && dir === root && MANIFEST_FILE_NAMES.includes(entry.name))
                    this.manifests.set(absolute, shown);
                else if (entry.isFile())
                    this.classifyFile(absolute, shown);
                else
                    this.notRegular(absolute, kindOf(entry), isElementFileName(entry.name) ? "error" : "warning");
            }
        }
    }
    classifyFile(absolute, shown = this.display(absolute)) {
        if (isElementFileName(absolute))
            this.files.set(absolute, shown);
        else
            this.ignored.add(shown);
    }
    finish() {
        const files = [...this.files].map(([absolute, file]) => ({ file, absolute }));
        const manifests = [...this.manifests]
            .filter(([absolute]) => !this.files.has(absolute))
            .map(([absolute, file]) => ({ file, absolute }));
        return {
            files: files.sort((a, b) => compareText(a.file, b.file)),
            manifests: manifests.sort((a, b) => compareText(a.file, b.file)),
            diagnostics: this.diagnostics.sort(compareDiagnostics),
            ignored: [...this.ignored].sort(compareText),
        };
    }
    notRegular(absolute, kind, severity) {
        if (this.refused.has(absolute))
            return;
        this.refused.add(absolute);
        this.diagnostics.push(notRegular(this.display(absolute), kind, severity));
    }
    unreadable(shown, error) {
        this.diagnostics.push(unreadable(shown, error));
    }
    error(shown, code, message) {
        this.diagnostics.push(diagnostic(shown, FILE_START, "error", code, message));
    }
    display(absolute) {
        const rel = relative(this.options.cwd, absolute);
        if (rel === "")
            return ".";
        return sep === "/" ? rel : rel.split(sep).join("/");
    }
}
function notRegular(shown, kind, severity) {
    const hint = kind === "symlink"
        ? "symlinks are not followed; copy the file into the tree instead"
        : "only regular files are read";
    return diagnostic_diagnostic(shown, diagnostic_FILE_START, severity, "file/not-regular", `${shown} is a ${kind}, not a regular file; ${hint}`);
}
// What an error code means for the user; any other code is only named.
const UNREADABLE_HINTS = {
    EACCES: "check its permissions",
    EPERM: "check its permissions",
    ENAMETOOLONG: "its name (or its path) is too long for the file system; shorten it",
    ELOOP: "it is reached through too many symlinks",
    EISDIR: "it is a directory",
    EIO: "the disk reported an I/O error",
};
function unreadable(shown, error) {
    const code = errnoOf(error) ?? "error";
    const hint = UNREADABLE_HINTS[code];
    return diagnostic_diagnostic(shown, diagnostic_FILE_START, "error", "file/unreadable", `${shown} could not be read (${code})${hint ? `; ${hint}` : ""}`);
}
/**
 * The first symlink among the directories between `cwd` and `absolute` (the last part, the path itself, is for
 * the caller to classify). Directories above cwd reached by `..` are where cwd is, not links followed on the way.
 */
function linkOnTheWay(cwd, absolute) {
    const parts = relative(cwd, absolute).split(sep);
    let at = cwd;
    let i = 0;
    for (; i < parts.length && parts[i] === ".."; i++)
        at = dirname(at);
    for (; i < parts.length - 1; i++) {
        at = join(at, parts[i] ?? "");
        try {
            if (lstatSync(at).isSymbolicLink())
                return at;
        }
        catch {
            return undefined; // missing or unreadable: the path's own lstat tells which
        }
    }
    return undefined;
}
function kindOf(entry) {
    if (entry.isSymbolicLink())
        return "symlink";
    if (entry.isFIFO())
        return "FIFO";
    if (entry.isSocket())
        return "socket";
    if (entry.isBlockDevice() || entry.isCharacterDevice())
        return "device";
    return "special file";
}
function errnoOf(error) {
    if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string")
        return error.code;
    return undefined;
}
/** Code-unit order, the same on every machine and locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/core/common/plain-object.ts
/** An object that is neither null nor an array: a JSON object, a YAML mapping, an API error's body. */
function plain_object_isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/threads/validate-question.ts
// What the main thread asks a validation thread (a batch of listed files and the options to check or read them
// with), and the roles those threads serve. Shared by the checking workers (validate-workers.ts) and the reader's
// own small bundle (reader-main.ts), which must not load the checker.

const CHECKER = "nexs-publish validate worker";
const READER = "nexs-publish validate reader";
/** The question as sent, or undefined for anything else: a thread answers only what it can read. */
function parseQuestion(question) {
    if (!plain_object_isPlainObject(question) || !Array.isArray(question.batch) || !plain_object_isPlainObject(question.options))
        return undefined;
    const batch = [];
    for (const entry of question.batch) {
        if (!plain_object_isPlainObject(entry) || typeof entry.file !== "string" || typeof entry.absolute !== "string")
            return undefined;
        batch.push({ file: entry.file, absolute: entry.absolute });
    }
    const { strict, maxFileSize, cwd, keepElements } = question.options;
    if (typeof strict !== "boolean" ||
        typeof maxFileSize !== "number" ||
        typeof cwd !== "string" ||
        typeof keepElements !== "boolean")
        return undefined;
    return { batch, options: { strict, maxFileSize, cwd, keepElements } };
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/threads/worker-thread.ts
// A worker thread that runs a bundle in a role and answers questions by id: the plumbing the validation workers
// (which check batches) and the reader (which reads batches ahead) share. This module is bundled into the CLI's and
// the Action's entries, so by default `import.meta.url` is the entry and the thread starts that whole bundle, which
// sees its role (serveRole) and serves instead of running a command; the reader starts a smaller bundle of its own.
// An answer is parsed before it is trusted; a thread that fails or stops fails every question still open and
// every later one.


class WorkerThread {
    name;
    #worker;
    #pending = new Map();
    #nextId = 0;
    #failure;
    /** `name` is how errors speak of the thread ("the validation worker"); `bundle` what it runs (this one by default). */
    constructor(role, name, bundle = new URL(import.meta.url)) {
        this.name = name;
        this.#worker = new Worker(bundle, { workerData: { role } });
        this.#worker.on("message", (message) => this.#answer(message));
        this.#worker.on("error", (error) => this.#fail(error));
        this.#worker.on("exit", (code) => this.#fail(new Error(`${this.name} stopped (exit code ${code})`)));
    }
    /** The answer to `question`, as `parse` reads it; rejected when the thread fails or `parse` refuses it. */
    ask(question, parse) {
        if (this.#failure)
            return Promise.reject(this.#failure);
        const id = this.#nextId++;
        return new Promise((resolve, reject) => {
            const settle = (answer) => {
                const parsed = parse(answer);
                if (parsed === undefined)
                    reject(new Error(`${this.name} sent an answer that is not one to its question`));
                else
                    resolve(parsed);
            };
            this.#pending.set(id, { settle, reject });
            this.#worker.postMessage({ id, question });
        });
    }
    close() {
        this.#failure ??= new Error(`${this.name} was closed`);
        void this.#worker.terminate();
    }
    #answer(message) {
        const id = isPlainObject(message) && typeof message.id === "number" ? message.id : undefined;
        const waiting = id === undefined ? undefined : this.#pending.get(id);
        if (id === undefined || !waiting || !isPlainObject(message)) {
            this.#fail(new Error(`${this.name} answered a question it was not asked`));
            return;
        }
        this.#pending.delete(id);
        waiting.settle(message.answer);
    }
    #fail(error) {
        this.#failure ??= error;
        for (const waiting of this.#pending.values())
            waiting.reject(error);
        this.#pending.clear();
    }
}
/**
 * In a worker started by WorkerThread with one of these roles, answer its questions until the main thread
 * terminates it, and return true; anywhere else return false. The CLI's and the Action's entries call this first.
 */
function serveRole(roles) {
    const role = !external_node_worker_threads_namespaceObject.isMainThread && plain_object_isPlainObject(external_node_worker_threads_namespaceObject.workerData) ? external_node_worker_threads_namespaceObject.workerData.role : undefined;
    const serve = typeof role === "string" && Object.hasOwn(roles, role) ? roles[role] : undefined;
    if (!serve || !external_node_worker_threads_namespaceObject.parentPort)
        return false;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    port.on("message", (message) => {
        if (!plain_object_isPlainObject(message))
            return;
        const { answer, transfer } = serve(message.question);
        port.postMessage({ id: message.id, answer }, transfer ?? []);
    });
    return true;
}

;// CONCATENATED MODULE: ./src/threads/reader-main.ts




/**
 * Each file's bytes, moved to the main thread, with their fingerprint; null where readListedFile refused it (the
 * main thread says why).
 */
function readBatch(question) {
    const asked = parseQuestion(question);
    if (!asked)
        return { answer: null };
    const transfer = [];
    const answer = asked.batch.map((listed) => {
        const read = readListedFile(listed, asked.options);
        if (!read.ok)
            return { file: listed.file, bytes: null };
        const taken = fingerprint(read.bytes);
        // Moved, not copied: each file has a buffer of its own (a shared one would be copied).
        if (read.bytes.buffer instanceof ArrayBuffer)
            transfer.push(read.bytes.buffer);
        return { file: listed.file, bytes: read.bytes, fingerprint: taken };
    });
    return { answer, transfer };
}
if (!serveRole({ [READER]: readBatch })) {
    process.stderr.write("nexs-publish: this file is the reader thread of `nexs-publish validate` and the Action; run those instead\n");
    process.exitCode = 2;
}

var __webpack_exports__readBatch = __webpack_exports__.x;
export { __webpack_exports__readBatch as readBatch };
