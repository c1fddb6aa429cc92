export const id = 466;
export const ids = [466];
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

/***/ 7916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YR: () => (/* binding */ unsealToken),
/* harmony export */   fh: () => (/* binding */ sealToken)
/* harmony export */ });
/* unused harmony export TOKEN_FILE_SCRYPT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _crypto_armour_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3913);
/* harmony import */ var _crypto_envelope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _crypto_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(274);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5429);
/* harmony import */ var _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4489);
/* harmony import */ var _token_file_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3172);







/**
 * A token file sealed with a passphrase: the core envelope (AES-256-GCM, key from scrypt) in text armour, after
 * one header line naming the format, the host and the SHA-256 of the envelope:
 *
 *   nexs-publish sealed token v1 host=api.github.com sha256=<64 hex digits>
 *   -----BEGIN NEXS-PUBLISH ENVELOPE-----
 *   ...
 *
 * GCM alone cannot tell a wrong passphrase from altered bytes. The checksum (no key, so no secret) can: bytes
 * that still match it were not changed, so a failing tag means the passphrase is wrong. Security rests on GCM
 * only; whoever rewrites the checksum too just gets "wrong passphrase" for a file that opens for no one.
 * The header line without the checksum is the envelope's associated data, binding host and version.
 */
const PREFIX = "nexs-publish sealed token ";
const HEADER = /^nexs-publish sealed token v(\d+) host=(\S+) sha256=([0-9a-f]{64})$/;
const VERSION = 1;
/** One of OWASP's listed scrypt settings: as costly to guess as N=2^17, r=8, p=1, in 8 MiB instead of 128 MiB. */
const TOKEN_FILE_SCRYPT = { N: 2 ** 13, r: 8, p: 10 };
async function sealToken(host, token, passphrase, options = {}) {
    const plaintext = Buffer.from((0,_token_file_format_js__WEBPACK_IMPORTED_MODULE_5__/* .serializeToken */ .gc)(host, token), "utf8");
    const kdf = { id: "scrypt", cost: TOKEN_FILE_SCRYPT };
    const sealOptions = { associatedData: associatedData(VERSION, host), kdf };
    const envelope = await (0,_crypto_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .encrypt */ .w)(plaintext, { kind: "passphrase", passphrase }, { ...sealOptions, ...options });
    return `${PREFIX}v${VERSION} host=${host} sha256=${sha256(envelope)}\n${(0,_crypto_armour_js__WEBPACK_IMPORTED_MODULE_1__/* .armour */ .Bq)(envelope)}`;
}
/** The token, or a TokenFileError that tells truncation, tampering and a wrong passphrase apart. */
async function unsealToken(text, host, passphrase) {
    const newline = text.indexOf("\n");
    const firstLine = (newline === -1 ? text : text.slice(0, newline)).replace(/\r$/, "");
    if (!text.startsWith(PREFIX))
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O(PREFIX.startsWith(text) ? "truncated" : "malformed");
    if (newline === -1)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("truncated");
    const header = HEADER.exec(firstLine);
    if (!header)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("tampered", "header line");
    const [, versionText = "", fileHost = "", checksum = ""] = header;
    const version = Number(versionText);
    if (version > VERSION)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("unsupported", `version ${version}`);
    if (version !== VERSION)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("tampered", "header line");
    if (fileHost !== host)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("other-host", (0,_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g)(fileHost, 100));
    const body = text.slice(newline + 1);
    if (!body.includes(_crypto_armour_js__WEBPACK_IMPORTED_MODULE_1__/* .ARMOUR_END */ .Zx))
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("truncated");
    const envelope = dearmourOrTampered(body);
    if (sha256(envelope) !== checksum)
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("tampered");
    const plaintext = await openEnvelope(envelope, version, host, passphrase);
    return (0,_token_file_format_js__WEBPACK_IMPORTED_MODULE_5__/* .parseToken */ .pI)(plaintext.toString("utf8"), host);
}
function dearmourOrTampered(body) {
    try {
        return (0,_crypto_armour_js__WEBPACK_IMPORTED_MODULE_1__/* .dearmour */ .eV)(body);
    }
    catch (error) {
        if (error instanceof _crypto_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecryptionError */ .O)
            throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("tampered", "armour");
        throw error;
    }
}
async function openEnvelope(envelope, version, host, passphrase) {
    try {
        return await (0,_crypto_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .decrypt */ .Yc)(envelope, { kind: "passphrase", passphrase }, { associatedData: associatedData(version, host) });
    }
    catch (error) {
        if (!(error instanceof _crypto_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DecryptionError */ .O))
            throw error;
        // The bytes match their checksum: only the key can be wrong, unless the writer itself was not nexs-publish.
        if (error.reason === "authentication")
            throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("wrong-passphrase");
        if (error.reason === "unsupported")
            throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("unsupported", error.message);
        throw new _token_file_error_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenFileError */ .O("tampered", error.reason);
    }
}
function associatedData(version, host) {
    return Buffer.from(`${PREFIX}v${version} host=${host}`, "utf8");
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex");
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

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   q: () => (/* binding */ DEFAULT_USER_AGENT)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7432);



/**
 * The one Octokit factory: REST + throttling + retry, for github.com or GitHub Enterprise (baseUrl).
 * 409 and 422 are never retried here: a stale SHA means "re-read", push protection means "stop"; callers decide.
 */
const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L);
const DEFAULT_USER_AGENT = "nexs-publish";
/** 409: stale SHA or push protection; 422: validation or "already exists". Both are the caller's business. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];
const silent = { debug() { }, info() { }, warn() { }, error() { } };
function redactor(token) {
    if (token.length < 4)
        return (text) => text;
    return (text) => text.split(token).join("***");
}
/** Octokit logs (message, extra?); keep only text and never the token. */
function routeLog(log, token) {
    const clean = redactor(token);
    const format = (message, extra) => {
        const parts = [message, ...extra].map((part) => part instanceof Error ? part.message : typeof part === "string" ? part : "");
        return clean(parts.filter(Boolean).join(" "));
    };
    return {
        debug: (message, ...extra) => log.debug(format(message, extra)),
        info: (message, ...extra) => log.debug(format(message, extra)),
        warn: (message, ...extra) => log.warn(format(message, extra)),
        error: (message, ...extra) => log.error(format(message, extra)),
    };
}
function createGitHubClient(options) {
    const log = options.log ?? silent;
    const throttle = options.throttle === false ? undefined : (options.throttle ?? {});
    const retryTuning = options.retry === false ? undefined : (options.retry ?? {});
    const maxRetries = throttle?.maxRetries ?? 2;
    const maxWait = throttle?.maxWaitSeconds ?? 120;
    const onLimit = (which) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= maxRetries || retryAfter > maxWait) {
            log.warn(`GitHub ${which} rate limit on ${what}: giving up (asked to wait ${retryAfter}s, attempt ${retryCount + 1}).`);
            return false;
        }
        log.warn(`GitHub ${which} rate limit on ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${maxRetries}).`);
        return true;
    };
    return new GitHubOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        log: routeLog(log, options.token),
        throttle: throttle
            ? {
                onRateLimit: onLimit("primary"),
                onSecondaryRateLimit: onLimit("secondary"),
                retryAfterBaseValue: throttle.retryAfterBaseMs ?? 1000,
                fallbackSecondaryRateRetryAfter: throttle.fallbackSecondaryRetryAfterSeconds ?? 60,
            }
            : { enabled: false },
        retry: retryTuning
            ? {
                doNotRetry: DO_NOT_RETRY,
                retries: retryTuning.retries ?? 3,
                retryAfterBaseValue: retryTuning.retryAfterBaseMs ?? 1000,
            }
            : { enabled: false },
    });
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ isPushProtection),
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   tG: () => (/* binding */ httpFailure),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* unused harmony export RERUN_JOB */
/* harmony import */ var _core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8129);

class GitHubError extends Error {
    kind;
    status;
    attempted;
    githubMessage;
    hint;
    name = "GitHubError";
    constructor(kind, 
    /** HTTP status; undefined when no answer came back. */
    status, 
    /** What we were doing, e.g. "create the pull request on nexs/collection". */
    attempted, 
    /** GitHub's own message (and validation details), verbatim. */
    githubMessage, hint) {
        const answer = status === undefined ? "no answer from GitHub" : `GitHub answered ${status}`;
        super(`Could not ${attempted}: ${answer}${githubMessage ? ` (${githubMessage})` : ""}.${hint ? ` ${hint}` : ""}`);
        this.kind = kind;
        this.status = status;
        this.attempted = attempted;
        this.githubMessage = githubMessage;
        this.hint = hint;
    }
    /**
     * The same failure told to try again another way (`again`, e.g. the App's "redeliver the webhook ..."), when
     * its hint is this module's "try again" one; any other hint is kept.
     */
    withRetryAdvice(again) {
        const ours = retryHint(this.kind, RERUN_JOB);
        if (ours === undefined || this.hint !== ours)
            return this;
        return new GitHubError(this.kind, this.status, this.attempted, this.githubMessage, retryHint(this.kind, again));
    }
}
/**
 * How the Action and the CLI say to try again. Where it is said differs by adapter (the App has no job to re-run),
 * so the hints below take it as a parameter and an adapter swaps it with `withRetryAdvice`.
 */
const RERUN_JOB = "re-run the job (publishing is idempotent)";
/** The hint of a failure that trying again later may mend, with `again` saying how; undefined for other kinds. */
function retryHint(kind, again) {
    if (kind === "server")
        return `GitHub had a server error that persisted through retries: ${again}.`;
    if (kind === "rate-limited")
        return `GitHub's rate limit was still exceeded after the allowed retries: wait a few minutes and ${again}.`;
    return undefined;
}
/** Reads status, GitHub's message (plus validation errors) and headers from an Octokit RequestError. */
function httpFailure(error) {
    if (!(0,_core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Q)(error) || typeof error.status !== "number" || error.status < 100)
        return undefined;
    // Octokit reports a request that got no answer (refused, reset, DNS) as status 500 without a response.
    const response = (0,_core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Q)(error.response) ? error.response : undefined;
    if (!response)
        return undefined;
    const data = (0,_core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Q)(response.data) ? response.data : undefined;
    let message = data && typeof data.message === "string" ? data.message : typeof error.message === "string" ? error.message : "";
    const details = data && Array.isArray(data.errors) ? data.errors : [];
    const extra = details
        .map((item) => typeof item === "string" ? item : (0,_core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Q)(item) && typeof item.message === "string" ? item.message : "")
        .filter((text) => text && !message.includes(text));
    if (extra.length)
        message = `${message}: ${extra.join("; ")}`;
    const headers = {};
    if ((0,_core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Q)(response.headers)) {
        for (const [name, value] of Object.entries(response.headers)) {
            if (typeof value === "string" || typeof value === "number")
                headers[name.toLowerCase()] = String(value);
        }
    }
    return { status: error.status, message, headers };
}
function statusOf(error) {
    return httpFailure(error)?.status;
}
const ACTIONS_CANNOT_CREATE_PR = /not permitted to create or approve pull requests/i;
const WORKFLOWS = /\bworkflows?\b.*\bpermission|\.github\/workflows\//i;
const PUSH_PROTECTION = /push protection|secret|GH013|GH009|rule violation/i;
const SECONDARY = /secondary rate limit|abuse/i;
function isPushProtection(failure) {
    return ((failure.status === 409 || failure.status === 422 || failure.status === 403) &&
        PUSH_PROTECTION.test(failure.message));
}
function classify(failure, context) {
    const { status, message, headers } = failure;
    const touchesWorkflow = context.path?.startsWith(".github/workflows/") === true;
    if (status === 401) {
        return {
            kind: "unauthorized",
            hint: "The token is invalid, expired or revoked: check the `token` input and the secret it comes from.",
        };
    }
    if (ACTIONS_CANNOT_CREATE_PR.test(message)) {
        return {
            kind: "actions-cannot-create-pr",
            hint: "Enable \"Allow GitHub Actions to create and approve pull requests\" in the collection's (or its organization's) " +
                "Settings → Actions → General, or pass a GitHub App token (actions/create-github-app-token) as `token`.",
        };
    }
    if (((status === 403 || status === 404 || status === 422) && WORKFLOWS.test(message)) ||
        ((status === 403 || status === 404) && touchesWorkflow)) {
        return {
            kind: "workflows-permission",
            hint: "Changing files under .github/workflows/ needs the `workflows` permission (workflow scope): grant it to the token or keep elements out of .github/.",
        };
    }
    if (isPushProtection(failure)) {
        return {
            kind: "push-protection",
            hint: "GitHub push protection refused the content because it looks like a secret. Remove the secret from the element " +
                "(validate reports it as secret/*); if it is a false positive, allow it in the collection's code security settings. Retrying will not help.",
        };
    }
    if ((status === 403 || status === 429) && (SECONDARY.test(message) || headers["x-ratelimit-remaining"] === "0")) {
        return { kind: "rate-limited", hint: retryHint("rate-limited", RERUN_JOB) };
    }
    if (status === 403) {
        return {
            kind: "forbidden",
            hint: /not accessible by integration/i.test(message)
                ? "The token lacks a permission this step needs (contents: write and pull-requests: write on the collection; issues: write for labels). " +
                    "The workflow's GITHUB_TOKEN cannot write to another repository: use a GitHub App token or a fine-grained token with access to the collection."
                : "The token may not do this: check its permissions on the repository.",
        };
    }
    if (status === 404) {
        return {
            kind: "not-found",
            hint: context.repository
                ? `Either ${context.repository} does not exist (check the name) or the token cannot see it (GitHub answers 404 for private repositories it may not read).`
                : undefined,
        };
    }
    if (status === 409)
        return { kind: "conflict", hint: "Someone changed it at the same time: re-run to start from the new state." };
    if (status === 422)
        return { kind: "validation", hint: undefined };
    if (status >= 500) {
        return { kind: "server", hint: retryHint("server", RERUN_JOB) };
    }
    return { kind: "validation", hint: undefined };
}
/** Turns whatever a GitHub call threw into a GitHubError (already-converted errors pass through). */
function toGitHubError(error, context) {
    if (error instanceof GitHubError)
        return error;
    const failure = httpFailure(error);
    if (!failure) {
        const detail = error instanceof Error ? error.message : String(error);
        return new GitHubError("network", undefined, context.attempted, detail, "Check the GitHub API URL (GITHUB_API_URL for GitHub Enterprise) and the network.");
    }
    const { kind, hint } = classify(failure, context);
    return new GitHubError(kind, failure.status, context.attempted, failure.message, hint);
}
/** Runs one GitHub call, converting its failure into a GitHubError. */
async function attempt(context, call) {
    try {
        return await call();
    }
    catch (error) {
        throw toGitHubError(error, context);
    }
}


/***/ })

};
