export const id = 512;
export const ids = [512];
export const modules = {

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

/***/ 7260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readToken),
/* harmony export */   C: () => (/* binding */ storedTokenReader)
/* harmony export */ });
/* harmony import */ var _core_auth_sealed_token_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7916);
/* harmony import */ var _core_auth_token_file_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4489);
/* harmony import */ var _core_auth_token_file_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3172);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1604);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7532);
/* harmony import */ var _private_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8816);
/* harmony import */ var _store_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1546);
/* harmony import */ var _token_location_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5850);








/**
 * The token `nexs-publish login` stored for a host, read from the one store login chose; never a guess among
 * stores and never a silent fallback: a store that cannot give the token back is an error that says why.
 */
async function readToken(context, host) {
    const location = await (0,_token_location_js__WEBPACK_IMPORTED_MODULE_7__/* .locateToken */ .uu)(context, host);
    if (!location)
        return undefined;
    const text = await (0,_private_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readIfExists */ .OR)(location.path);
    if (text === undefined)
        return undefined;
    try {
        return { token: await tokenFrom(context, host, location, text), source: location.kind };
    }
    catch (error) {
        if (error instanceof _core_auth_token_file_error_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenFileError */ .O)
            throw explainFileError(location, error);
        throw error;
    }
}
async function tokenFrom(context, host, location, text) {
    if (location.kind === "plain-file")
        return (0,_core_auth_token_file_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToken */ .pI)(text, host);
    if (location.kind === "encrypted-file") {
        const passphrase = (0,_store_context_js__WEBPACK_IMPORTED_MODULE_6__/* .passphraseOf */ .OW)(context.env);
        if (!passphrase)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`the token for ${host} is in the encrypted file ${location.path}: set NEXS_TOKEN_PASSPHRASE to its passphrase`);
        return (0,_core_auth_sealed_token_js__WEBPACK_IMPORTED_MODULE_0__/* .unsealToken */ .YR)(text, host, passphrase);
    }
    const marker = (0,_core_auth_token_file_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyringMarker */ .Nb)(text, host);
    if (marker.service !== _keyring_js__WEBPACK_IMPORTED_MODULE_4__/* .KEYRING_SERVICE */ .a$)
        throw new _core_auth_token_file_error_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenFileError */ .O("malformed", "unknown keyring service");
    return readFromKeyring(context, host, marker.account);
}
async function readFromKeyring(context, host, account) {
    let secret;
    try {
        secret = await new _keyring_js__WEBPACK_IMPORTED_MODULE_4__/* .BoundedKeyring */ .Hw(await context.keyring(), context.keyringTimeoutMs).get(account);
    }
    catch (error) {
        const reason = error instanceof _keyring_js__WEBPACK_IMPORTED_MODULE_4__/* .KeyringError */ .Wy ? error.message : `no keyring module (${String(error)})`;
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`the token for ${host} is in the OS keyring, which cannot be read now: ${reason}; ` +
            "fix the keyring, or run `nexs-publish logout` and log in again");
    }
    if (secret === null)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`the OS keyring no longer holds the token for ${host} (removed, or a kernel keyring cleared at reboot): ` +
            "run `nexs-publish login`");
    if (!(0,_core_auth_token_file_format_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlausibleToken */ .vX)(secret))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`the OS keyring holds something that is not a token for ${host}: run \`nexs-publish login\``);
    return secret;
}
function explainFileError(location, error) {
    const remedy = error.reason === "wrong-passphrase"
        ? "set the passphrase it was sealed with, or run `nexs-publish logout` and log in again"
        : "run `nexs-publish logout`, then `nexs-publish login`";
    return new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${location.path} ${error.message}: ${remedy}`);
}
/** A StoredTokenReader for `resolveToken`, reading the given environment (XDG_CONFIG_HOME, the passphrase). */
function storedTokenReader(env, deps = (0,_store_context_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultStoreDeps */ .Jk)()) {
    return (host) => readToken((0,_store_context_js__WEBPACK_IMPORTED_MODULE_6__/* .storeContext */ .H$)(env, deps), host);
}


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   help: () => (/* binding */ help),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   summary: () => (/* binding */ summary),
/* harmony export */   whoami: () => (/* binding */ whoami)
/* harmony export */ });
/* harmony import */ var _core_auth_printable_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5429);
/* harmony import */ var _core_auth_storage_choice_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8367);
/* harmony import */ var _github_authenticated_user_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5486);
/* harmony import */ var _github_login_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6729);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _auth_auth_deps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9904);
/* harmony import */ var _auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1693);
/* harmony import */ var _auth_store_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1546);
/* harmony import */ var _auth_token_location_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5850);
/* harmony import */ var _auth_token_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7260);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1604);











const summary = "Show the GitHub login, host and where the token comes from";
const help = `Usage: nexs-publish whoami [options]

Asks GitHub who the token belongs to, and says which host (GITHUB_API_URL or GITHUB_SERVER_URL; default
github.com) and where the token lives: --token, GITHUB_TOKEN, the OS keyring, an encrypted file or a plain file.

Options:
  --token <token>  check this token instead (as every command accepts; never stored)
  -h, --help       show this help

Exit status: 0 logged in, 1 not logged in or the token is refused, 2 usage, storage or network problem.
`;
function run(args, io) {
    return whoami(args, io, (0,_auth_auth_deps_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultAuthDeps */ .i)());
}
async function whoami(args, io, deps) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArgsOrExplain */ .R)({
        args: [...args],
        strict: true,
        allowPositionals: false,
        options: { token: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    });
    if (values.help) {
        io.stdout.write(help);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_OK */ .Ij;
    }
    const apiUrl = (0,_auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_4__/* .apiBaseUrl */ .t)(io.env);
    const host = new URL(apiUrl).host;
    const context = (0,_auth_store_context_js__WEBPACK_IMPORTED_MODULE_5__/* .storeContext */ .H$)(io.env, deps);
    const stored = await (0,_auth_token_location_js__WEBPACK_IMPORTED_MODULE_6__/* .locateToken */ .uu)(context, host);
    if (!values.token && !io.env["GITHUB_TOKEN"] && !stored) {
        io.stderr.write(`nexs-publish: not logged in to ${host}: run \`nexs-publish login\`\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_INVALID */ .jL;
    }
    const resolved = await (0,_auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveToken */ .E)(values, io.env, (h) => (0,_auth_token_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readToken */ .A)(context, h));
    const where = origin(resolved, stored);
    let user;
    try {
        user = await (0,_github_authenticated_user_js__WEBPACK_IMPORTED_MODULE_0__/* .readAuthenticatedLogin */ .x)({
            token: resolved.token,
            apiBaseUrl: apiUrl,
            timeoutMs: deps.requestTimeoutMs,
        });
    }
    catch (error) {
        if (!(error instanceof _github_login_error_js__WEBPACK_IMPORTED_MODULE_1__/* .LoginError */ .Q))
            throw error;
        io.stderr.write(`nexs-publish: ${(0,_core_auth_printable_js__WEBPACK_IMPORTED_MODULE_9__/* .printable */ .g)(error.message, 400)}; the token came from ${where}\n`);
        return error.kind === "unauthorized" ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_INVALID */ .jL : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_USAGE */ .Ri;
    }
    io.stdout.write(`Logged in to ${host} as ${user}\nToken: ${where}\n`);
    if (resolved.source === "plain-file")
        io.stderr.write(`${_core_auth_storage_choice_js__WEBPACK_IMPORTED_MODULE_10__/* .PLAIN_FILE_WARNING */ .Pr}\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_OK */ .Ij;
}
function origin(resolved, stored) {
    const unused = stored ? `; the token stored in ${(0,_auth_token_location_js__WEBPACK_IMPORTED_MODULE_6__/* .describeLocation */ .lR)(stored)} is not used` : "";
    if (resolved.source === "flag")
        return `--token (overrides any stored token; never stored${unused})`;
    if (resolved.source === "env")
        return `the GITHUB_TOKEN environment variable (overrides any stored token${unused})`;
    return stored ? (0,_auth_token_location_js__WEBPACK_IMPORTED_MODULE_6__/* .describeLocation */ .lR)(stored) : resolved.source;
}


/***/ }),

/***/ 8367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ PLAIN_FILE_WARNING),
/* harmony export */   hQ: () => (/* binding */ chooseStorage)
/* harmony export */ });
/* unused harmony export MIN_PASSPHRASE_LENGTH */
/* harmony import */ var _store_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6682);

/** Shorter passphrases are refused when sealing: scrypt slows guessing down, it cannot make 6 letters safe. */
const MIN_PASSPHRASE_LENGTH = 12;
const PLAIN_FILE_WARNING = "WARNING: the token is stored in a PLAIN, UNENCRYPTED file: anyone who can read it can act as you on GitHub. " +
    "Set NEXS_TOKEN_PASSPHRASE and log in again to encrypt it.";
/**
 * The strongest store available (OS keyring, then a passphrase-sealed file, then a plain file only when asked
 * for). Never a silent downgrade: when this host's token already sits in a stronger store than the ones usable
 * now, login refuses and says how to go on, instead of writing a weaker copy.
 */
function chooseStorage(facts) {
    const notes = [];
    if (!facts.keyring.usable)
        notes.push(`The OS keyring is not usable here: ${facts.keyring.reason}.`);
    const kind = availableKind(facts);
    if (typeof kind !== "string")
        return kind;
    const stronger = facts.existing.find((existing) => (0,_store_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .storeStrength */ .X)(existing) > (0,_store_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .storeStrength */ .X)(kind));
    if (stronger)
        return { ok: false, reason: refusalFor(stronger, facts) };
    if (kind === "plain-file")
        notes.push(PLAIN_FILE_WARNING);
    return { ok: true, kind, replaces: facts.existing.filter((existing) => existing !== kind), notes };
}
function availableKind(facts) {
    if (facts.keyring.usable)
        return "keyring";
    const passphrase = facts.passphrase;
    if (passphrase !== undefined) {
        if (passphrase.length < MIN_PASSPHRASE_LENGTH)
            return {
                ok: false,
                reason: `NEXS_TOKEN_PASSPHRASE is too short (${passphrase.length} characters): use ${MIN_PASSPHRASE_LENGTH} or more`,
            };
        return "encrypted-file";
    }
    if (facts.insecureStorage)
        return "plain-file";
    return {
        ok: false,
        reason: `nowhere safe to store the token: the OS keyring is not usable (${keyringReason(facts)}). ` +
            "Set NEXS_TOKEN_PASSPHRASE to keep it in an encrypted file, or pass --insecure-storage to keep it in a " +
            "plain file (not recommended)",
    };
}
function refusalFor(stronger, facts) {
    if (stronger === "keyring")
        return (`the token for this host is in the OS keyring, which is not usable now (${keyringReason(facts)}); ` +
            "it is not moved to a weaker store: fix the keyring, or run `nexs-publish logout` first");
    return ("an encrypted token file exists for this host but NEXS_TOKEN_PASSPHRASE is not set; it is not replaced by a " +
        "plain file: set the passphrase, or run `nexs-publish logout` first");
}
function keyringReason(facts) {
    return facts.keyring.usable ? "usable" : facts.keyring.reason;
}


/***/ }),

/***/ 5486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readAuthenticatedLogin)
/* harmony export */ });
/* harmony import */ var _core_auth_printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5429);
/* harmony import */ var _core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8129);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6419);
/* harmony import */ var _login_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6729);





/** `GET /user`: the login the token acts as. A refused token is a LoginError "unauthorized". */
async function readAuthenticatedLogin(options) {
    const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHubClient */ .L)({ token: options.token, baseUrl: options.apiBaseUrl, retry: false });
    const host = new URL(options.apiBaseUrl).host;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let data;
    try {
        ({ data } = await client.rest.users.getAuthenticated({ request: { signal } }));
    }
    catch (error) {
        if (options.signal?.aborted)
            throw new _login_error_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Q("cancelled", "cancelled; nothing was stored");
        if (timeout.aborted)
            throw new _login_error_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Q("timeout", `${host} did not answer GET /user in time`);
        const status = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
        if (status === 401)
            throw new _login_error_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Q("unauthorized", `${host} refused the token (401: revoked, expired or not a token)`);
        if (status !== undefined)
            throw new _login_error_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Q("refused", `${host} answered GET /user with status ${status}`);
        const detail = error instanceof Error ? error.message : String(error);
        throw new _login_error_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Q("network", `cannot reach ${host} (${(0,_core_auth_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g)(detail, 200)})`);
    }
    const login = (0,_core_common_plain_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Q)(data) ? data["login"] : undefined;
    if (typeof login !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.[\]-]{0,99}$/.test(login))
        throw new _login_error_js__WEBPACK_IMPORTED_MODULE_2__/* .LoginError */ .Q("protocol", `${host} answered GET /user without a login`);
    return login;
}


/***/ }),

/***/ 6729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ LoginError)
/* harmony export */ });
class LoginError extends Error {
    kind;
    name = "LoginError";
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}


/***/ })

};
