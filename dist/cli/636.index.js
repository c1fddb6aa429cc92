export const id = 636;
export const ids = [636];
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

/***/ 9904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ defaultAuthDeps)
});

// UNUSED EXPORTS: REQUEST_TIMEOUT_MS

;// CONCATENATED MODULE: ./src/github/abortable-sleep.ts
// The global setTimeout, not node:timers/promises, so tests can drive it with fake timers.
const abortableSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal.aborted) {
        reject(signal.reason);
        return;
    }
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
    };
    const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
});

// EXTERNAL MODULE: ./src/cli/auth/store-context.ts + 2 modules
var store_context = __webpack_require__(1546);
;// CONCATENATED MODULE: ./src/cli/auth/auth-deps.ts


const REQUEST_TIMEOUT_MS = 30_000;
function defaultAuthDeps() {
    return {
        ...(0,store_context/* defaultStoreDeps */.Jk)(),
        sleep: abortableSleep,
        now: Date.now,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        onInterrupt(handler) {
            // Once: a second Ctrl-C then ends the process the usual way, should anything still be stuck.
            process.once("SIGINT", handler);
            return () => process.off("SIGINT", handler);
        },
    };
}


/***/ }),

/***/ 8816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ removeIfExists),
/* harmony export */   OR: () => (/* binding */ readIfExists),
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   Vg: () => (/* binding */ ensurePrivateDirectory),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1387);
/* harmony import */ var _core_repository_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8848);



/** Creates the folder 0700 (parents too), and tightens an existing one: token files live only in there. */
async function ensurePrivateDirectory(directory) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(directory, { recursive: true, mode: 0o700 });
    const { mode } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(directory);
    if (process.platform !== "win32" && (mode & 0o077) !== 0)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(directory, 0o700);
}
/**
 * Writes atomically (a whole old file or a whole new one, never half a token) and 0600. The temporary file is
 * made 0600 before it takes the target's name, and it only ever exists inside the 0700 folder.
 */
async function writePrivateFile(path, text) {
    await (0,_core_repository_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(path, text, (temporary) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(temporary, 0o600));
}
/** The file's text, or undefined when there is no such file. */
async function readIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
    }
    catch (error) {
        if ((0,_core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .U)(error) === "ENOENT")
            return undefined;
        throw error;
    }
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        return true;
    }
    catch (error) {
        if ((0,_core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .U)(error) === "ENOENT")
            return false;
        throw error;
    }
}
/** True when a file was removed. */
async function removeIfExists(path, directory) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(path);
    }
    catch (error) {
        if ((0,_core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .U)(error) === "ENOENT")
            return false;
        throw error;
    }
    await (0,_core_repository_atomic_file_write_js__WEBPACK_IMPORTED_MODULE_1__/* .syncDirectory */ .z)(directory);
    return true;
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ resolveToken),
/* harmony export */   t: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* harmony import */ var _core_auth_github_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2328);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
// Which token a command uses: `--token` or GITHUB_TOKEN override everything and are never stored; otherwise the
// token `nexs-publish login` stored for the host. The stored-token lookup is the auth module's (token storage).


/**
 * The API root a command talks to: GITHUB_API_URL (GitHub Enterprise, an emulator), else one derived from
 * GITHUB_SERVER_URL, else api.github.com. Login stores tokens under this URL's host.
 */
function apiBaseUrl(env) {
    const url = (0,_core_auth_github_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .apiBaseUrlFromEnv */ .Y_)(env);
    const protocol = URL.canParse(url) ? new URL(url).protocol : undefined;
    if (protocol === "https:" || protocol === "http:")
        return url;
    const name = env["GITHUB_API_URL"] ? "GITHUB_API_URL" : "GITHUB_SERVER_URL";
    const example = name === "GITHUB_API_URL" ? "https://github.example.com/api/v3" : "https://github.example.com";
    throw new _io_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} must be an http(s) URL such as ${example}, not "${env[name] ?? ""}"`);
}
async function resolveToken(flags, env, readStored) {
    if (flags.token)
        return { token: flags.token, source: "flag" };
    const fromEnv = env["GITHUB_TOKEN"];
    if (fromEnv)
        return { token: fromEnv, source: "env" };
    const stored = readStored ? await readStored(new URL(apiBaseUrl(env)).host) : undefined;
    if (stored)
        return stored;
    throw new _io_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("no GitHub token: run `nexs-publish login`, or pass --token or set GITHUB_TOKEN");
}


/***/ }),

/***/ 1546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jk: () => (/* binding */ defaultStoreDeps),
  OW: () => (/* binding */ passphraseOf),
  H$: () => (/* binding */ storeContext),
  vT: () => (/* binding */ tokenPath)
});

// UNUSED EXPORTS: KEYRING_TIMEOUT_MS

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/auth/config-directory.ts

const APP_DIRECTORY = "nexs-publish";
/**
 * nexs-publish's folder in the user's configuration directory: %APPDATA% on Windows, else XDG_CONFIG_HOME or
 * ~/.config (macOS too, as most command-line tools do). A relative XDG_CONFIG_HOME is ignored, as the XDG
 * specification asks. Undefined when no absolute place is known (no home directory).
 */
function configDirectory({ env, platform, home }) {
    const path = platform === "win32" ? external_node_path_.win32 : external_node_path_.posix;
    const chosen = platform === "win32" ? env["APPDATA"] : env["XDG_CONFIG_HOME"];
    if (chosen && path.isAbsolute(chosen))
        return path.join(chosen, APP_DIRECTORY);
    if (!home || !path.isAbsolute(home))
        return undefined;
    const base = platform === "win32" ? path.join(home, "AppData", "Roaming") : path.join(home, ".config");
    return path.join(base, APP_DIRECTORY);
}

;// CONCATENATED MODULE: ./src/core/auth/token-file-names.ts
/** One file per host and store, so a host's token is removed without opening (or decrypting) anyone else's. */
const SUFFIX = {
    keyring: ".keyring.json",
    "encrypted-file": ".token.sealed",
    "plain-file": ".token.json",
};
/**
 * A host as a file name on every platform: letters, digits, dots and hyphens stay, any other character (the `:`
 * of a port, IPv6 brackets) becomes its UTF-8 bytes as %XX, so two hosts never share a name; a leading dot is
 * escaped too, so the file is never hidden.
 */
function hostFileStem(host) {
    if (host.length === 0)
        throw new Error("a token file needs a host name");
    const stem = [...host.toLowerCase()]
        .map((c) => (/[a-z0-9.-]/.test(c) ? c : [...Buffer.from(c, "utf8")].map(percent).join("")))
        .join("");
    return stem.startsWith(".") ? `%2E${stem.slice(1)}` : stem;
}
function percent(byte) {
    return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}
function tokenFileName(host, kind) {
    return `${hostFileStem(host)}${SUFFIX[kind]}`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/auth/keyring.ts
var keyring = __webpack_require__(7532);
;// CONCATENATED MODULE: ./src/cli/auth/store-context.ts






const KEYRING_TIMEOUT_MS = 3_000;
function defaultStoreDeps() {
    return {
        platform: process.platform,
        home: (0,external_node_os_.homedir)(),
        keyring: keyring/* loadNativeKeyring */.r,
        keyringTimeoutMs: KEYRING_TIMEOUT_MS,
    };
}
function storeContext(env, deps) {
    const directory = configDirectory({ env, platform: deps.platform, home: deps.home });
    if (!directory)
        throw new io/* UsageError */.eb("no configuration directory for the token: set XDG_CONFIG_HOME (APPDATA on Windows) to an absolute path");
    // NEXS_KEYRING=off: where the keyring misbehaves (or must not be touched, as in tests), skip it, said as its reason.
    const keyring = env["NEXS_KEYRING"] === "off" ? keyringTurnedOff : deps.keyring;
    return { ...deps, keyring, env, directory };
}
const keyringTurnedOff = () => Promise.reject(new keyring/* KeyringError */.Wy("it is turned off by NEXS_KEYRING=off"));
function tokenPath(context, host, kind) {
    return (0,external_node_path_.join)(context.directory, tokenFileName(host, kind));
}
/** NEXS_TOKEN_PASSPHRASE; an empty value counts as unset. */
function passphraseOf(env) {
    return env["NEXS_TOKEN_PASSPHRASE"] || undefined;
}


/***/ }),

/***/ 5850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _2: () => (/* binding */ existingLocations),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   uu: () => (/* binding */ locateToken)
/* harmony export */ });
/* harmony import */ var _core_auth_store_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6682);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7532);
/* harmony import */ var _private_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _store_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1546);





/** Every store holding something for the host; normally one at most. */
async function existingLocations(context, host) {
    const found = [];
    for (const kind of _core_auth_store_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .STORE_KINDS */ .i) {
        const path = (0,_store_context_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenPath */ .vT)(context, host, kind);
        if (await (0,_private_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)(path))
            found.push({ kind, path });
    }
    return found;
}
/** The one place the host's token is; two places (an interrupted login) is an error, not a guess. */
async function locateToken(context, host) {
    const found = await existingLocations(context, host);
    if (found.length > 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`two tokens are stored for ${host} (${found.map(describeLocation).join("; ")}): ` +
            "run `nexs-publish logout`, then `nexs-publish login`");
    return found[0];
}
/** For whoami, login and errors: where the token lives, and that a plain file is not encrypted. */
function describeLocation(location) {
    switch (location.kind) {
        case "keyring":
            return `the OS keyring (service "${_keyring_js__WEBPACK_IMPORTED_MODULE_1__/* .KEYRING_SERVICE */ .a$}"; recorded in ${location.path})`;
        case "encrypted-file":
            return `the encrypted file ${location.path} (AES-256-GCM, key from NEXS_TOKEN_PASSPHRASE)`;
        case "plain-file":
            return `the PLAIN, UNENCRYPTED file ${location.path}`;
    }
}


/***/ }),

/***/ 3636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  help: () => (/* binding */ help),
  logout: () => (/* binding */ logout),
  run: () => (/* binding */ run),
  summary: () => (/* binding */ summary)
});

// EXTERNAL MODULE: ./src/core/auth/github-endpoints.ts
var github_endpoints = __webpack_require__(2328);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/auth/auth-deps.ts + 1 modules
var auth_deps = __webpack_require__(9904);
// EXTERNAL MODULE: ./src/cli/auth/resolve-token.ts
var resolve_token = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/cli/auth/store-context.ts + 2 modules
var store_context = __webpack_require__(1546);
// EXTERNAL MODULE: ./src/cli/auth/token-location.ts
var token_location = __webpack_require__(5850);
// EXTERNAL MODULE: ./src/core/auth/token-file-error.ts
var token_file_error = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/core/auth/token-file-format.ts
var token_file_format = __webpack_require__(3172);
// EXTERNAL MODULE: ./src/cli/auth/keyring.ts
var keyring = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/cli/auth/private-files.ts
var private_files = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/cli/auth/token-remover.ts





/** Removes the host's token from every store that holds one. Needs no passphrase: a sealed file is just deleted. */
async function removeToken(context, host) {
    const removal = { removed: [], failed: [] };
    for (const location of await (0,token_location/* existingLocations */._2)(context, host)) {
        if (location.kind === "keyring") {
            const reason = await deleteKeyringEntry(context, host, location);
            if (reason) {
                removal.failed.push({ location, reason });
                continue;
            }
        }
        if (await (0,private_files/* removeIfExists */.GR)(location.path, context.directory))
            removal.removed.push(location);
    }
    return removal;
}
/** Undefined when the entry is gone; else why it could not be deleted. */
async function deleteKeyringEntry(context, host, marker) {
    let account = host;
    try {
        account = (0,token_file_format/* parseKeyringMarker */.Nb)((await (0,private_files/* readIfExists */.OR)(marker.path)) ?? "", host).account;
    }
    catch (error) {
        // A damaged marker still names this host's entry: its file name is the host.
        if (!(error instanceof token_file_error/* TokenFileError */.O))
            throw error;
    }
    try {
        await new keyring/* BoundedKeyring */.Hw(await context.keyring(), context.keyringTimeoutMs).delete(account);
        return undefined;
    }
    catch (error) {
        return error instanceof keyring/* KeyringError */.Wy ? error.message : `no keyring module (${String(error)})`;
    }
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/logout.ts








const summary = "Remove the stored GitHub token from everywhere it was stored";
const help = `Usage: nexs-publish logout [options]

Removes the token \`nexs-publish login\` stored for the GitHub host (GITHUB_API_URL or GITHUB_SERVER_URL;
default github.com): from the OS keyring and from nexs-publish's token files. No passphrase is needed.
GitHub keeps honouring the token until it expires or you revoke it there.

Options:
  -h, --help  show this help

Exit status: 0 removed (or nothing was stored), 2 a store could not be emptied, or a usage problem.
`;
function run(args, io) {
    return logout(args, io, (0,auth_deps/* defaultAuthDeps */.i)());
}
async function logout(args, io, deps) {
    const { values } = (0,cli_args/* parseArgsOrExplain */.R)({
        args: [...args],
        strict: true,
        allowPositionals: false,
        options: { help: { type: "boolean", short: "h", default: false } },
    });
    if (values.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    const apiUrl = (0,resolve_token/* apiBaseUrl */.t)(io.env);
    const host = new URL(apiUrl).host;
    const { removed, failed } = await removeToken((0,store_context/* storeContext */.H$)(io.env, deps), host);
    for (const location of removed)
        io.stdout.write(`Removed the token for ${host} from ${(0,token_location/* describeLocation */.lR)(location)}.\n`);
    if (removed.length === 0 && failed.length === 0)
        io.stdout.write(`No token was stored for ${host}.\n`);
    if (removed.length > 0)
        io.stdout.write(`GitHub still honours it until it expires or you revoke it: ${(0,github_endpoints/* serverUrlForApi */.C7)(apiUrl)}/settings/applications\n`);
    if (io.env["GITHUB_TOKEN"])
        io.stderr.write("Note: GITHUB_TOKEN is set in this environment; logout does not touch it.\n");
    for (const { location, reason } of failed)
        io.stderr.write(`nexs-publish: could not remove the token from ${(0,token_location/* describeLocation */.lR)(location)}: ${reason}\n`);
    return failed.length > 0 ? cli_io/* EXIT_USAGE */.Ri : cli_io/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 2328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ serverUrlForApi),
/* harmony export */   Y_: () => (/* binding */ apiBaseUrlFromEnv)
/* harmony export */ });
/* unused harmony export apiUrlForServer */
/**
 * The REST API root a command talks to: GITHUB_API_URL (GitHub Enterprise, an emulator; set by Actions runners),
 * else derived from GITHUB_SERVER_URL, else api.github.com. Stored tokens are keyed by this URL's host.
 */
function apiBaseUrlFromEnv(env) {
    const api = env["GITHUB_API_URL"];
    if (api)
        return trimSlashes(api);
    const server = env["GITHUB_SERVER_URL"];
    return server ? apiUrlForServer(server) : "https://api.github.com";
}
/** github.com → api.github.com; a GHE.com tenant X.ghe.com → api.X.ghe.com; GitHub Enterprise Server → /api/v3. */
function apiUrlForServer(serverUrl) {
    const server = trimSlashes(serverUrl);
    if (/^https:\/\/(www\.)?github\.com$/i.test(server))
        return "https://api.github.com";
    const tenant = /^https:\/\/([^/]+\.ghe\.com)$/i.exec(server);
    if (tenant)
        return `https://api.${tenant[1]}`;
    return `${server}/api/v3`;
}
/** The web host users log in on, the way @octokit/oauth-methods derives it from the API root. */
function serverUrlForApi(apiUrl) {
    const api = trimSlashes(apiUrl);
    if (/^https:\/\/(api\.)?github\.com$/.test(api))
        return "https://github.com";
    if (/^https:\/\/api\..*\.ghe\.com$/.test(api))
        return api.replace("api.", "");
    return api.replace("/api/v3", "");
}
function trimSlashes(url) {
    return url.replace(/\/+$/, "");
}


/***/ }),

/***/ 5429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Text from a server (an error description, a verification URL) shown on a terminal: control characters and
 * line separators become visible escapes, so it cannot forge output lines or repaint the screen; long text is cut.
 */
function printable(text, maxLength = 300) {
    const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}…` : escaped;
}


/***/ }),

/***/ 6682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ storeStrength),
/* harmony export */   i: () => (/* binding */ STORE_KINDS)
/* harmony export */ });
const STORE_KINDS = ["keyring", "encrypted-file", "plain-file"];
/** Higher is stronger: a token is never moved to a weaker store without the user removing it first. */
function storeStrength(kind) {
    return STORE_KINDS.length - STORE_KINDS.indexOf(kind);
}


/***/ }),

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ TokenFileError)
/* harmony export */ });
const WHAT = {
    malformed: "is not a nexs-publish token file",
    "other-host": "holds the token of another host",
    unsupported: "was written by a newer nexs-publish (upgrade nexs-publish to read it)",
    truncated: "is cut short (an interrupted copy, or a full disk)",
    tampered: "was altered or damaged after it was written (its checksum does not match), so it cannot be trusted",
    "wrong-passphrase": "does not open with this NEXS_TOKEN_PASSPHRASE (the file itself is intact)",
};
class TokenFileError extends Error {
    reason;
    name = "TokenFileError";
    constructor(reason, detail) {
        super(`${WHAT[reason]}${detail ? ` (${detail})` : ""}`);
        this.reason = reason;
    }
}


/***/ }),

/***/ 3172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ parseKeyringMarker),
/* harmony export */   WS: () => (/* binding */ serializeKeyringMarker),
/* harmony export */   gc: () => (/* binding */ serializeToken),
/* harmony export */   pI: () => (/* binding */ parseToken),
/* harmony export */   vX: () => (/* binding */ isPlausibleToken)
/* harmony export */ });
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5429);
/* harmony import */ var _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4489);



/**
 * The two JSON token files: the token itself (the plain file, and the plaintext inside a sealed one) and the
 * keyring marker, which records that the token is in the OS keyring (the keyring cannot be listed reliably, and
 * an empty answer from it does not prove there is nothing: the marker says where to look, and what logout removes).
 */
const TOKEN_FORMAT = "nexs-publish/token";
const MARKER_FORMAT = "nexs-publish/keyring-entry";
const VERSION = 1;
/** A token as GitHub issues it: printable ASCII without spaces. Anything else is a damaged file or a paste. */
function isPlausibleToken(token) {
    return /^[\x21-\x7e]{1,4096}$/.test(token);
}
function serializeToken(host, token) {
    if (!isPlausibleToken(token))
        throw new Error("refusing to store a token with spaces or non-ASCII characters");
    return `${JSON.stringify({ format: TOKEN_FORMAT, version: VERSION, host, token }, null, 2)}\n`;
}
function parseToken(text, host) {
    const document = parseDocument(text, TOKEN_FORMAT, host, ["token"]);
    const token = document["token"];
    if (typeof token !== "string" || !isPlausibleToken(token))
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O("malformed", "bad token");
    return token;
}
function serializeKeyringMarker(host, marker) {
    const document = { format: MARKER_FORMAT, version: VERSION, host, ...marker };
    return `${JSON.stringify(document, null, 2)}\n`;
}
function parseKeyringMarker(text, host) {
    const document = parseDocument(text, MARKER_FORMAT, host, ["service", "account"]);
    const { service, account } = document;
    if (typeof service !== "string" || typeof account !== "string" || !service || !account)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O("malformed", "bad keyring entry name");
    return { service, account };
}
function parseDocument(text, format, host, fields) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O(text.trim().length === 0 ? "truncated" : "malformed", "not JSON");
    }
    if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(data) || data["format"] !== format)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O("malformed", `expected ${format}`);
    const version = data["version"];
    if (typeof version === "number" && version > VERSION)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O("unsupported", `version ${version}`);
    if (version !== VERSION)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O("malformed", "bad version");
    const expected = ["format", "version", "host", ...fields];
    const unknown = Object.keys(data).find((key) => !expected.includes(key));
    if (unknown !== undefined)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O("malformed", `unknown field ${(0,_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(unknown, 40)}`);
    if (data["host"] !== host)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenFileError */ .O("other-host", typeof data["host"] === "string" ? (0,_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(data["host"], 100) : undefined);
    return data;
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


/***/ })

};
