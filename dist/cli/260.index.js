export const id = 260;
export const ids = [260];
export const modules = {

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

/***/ 6094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git),
/* harmony export */   q: () => (/* binding */ gitText)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Runs one read-only git command in `cwd`; never throws (no git, not a repository, no such ref all come back as
 * `ok: false` with git's first line). Bytes, not text: `git show` of a state document must round-trip exactly.
 */
function git(cwd, args, env) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", [...args], { cwd, env: { ...env, GIT_TERMINAL_PROMPT: "0" }, encoding: "buffer", maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (!error)
                resolve({ ok: true, stdout });
            else
                resolve({ ok: false, message: stderr.toString("utf8").trim().split("\n")[0] || error.message });
        });
    });
}
/** The trimmed text output of a git command, or undefined when it failed. */
async function gitText(cwd, args, env) {
    const result = await git(cwd, args, env);
    return result.ok ? result.stdout.toString("utf8").trim() : undefined;
}


/***/ }),

/***/ 2594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ connect)
/* harmony export */ });
/* unused harmony export cliLogger */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1693);
/* harmony import */ var _auth_token_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7260);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5678);





/**
 * Warnings and errors go to stderr, one line each (the results go to stdout); progress notes only with
 * NEXS_PUBLISH_DEBUG. Text from repositories passes through `printable`, so it cannot drive the terminal.
 */
function cliLogger(io) {
    const debug = Boolean(io.env["NEXS_PUBLISH_DEBUG"]);
    const line = (prefix) => (message) => io.stderr.write(`nexs-publish: ${prefix}${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(message)}\n`);
    const note = debug ? line("") : () => { };
    return { debug: note, info: note, warn: line("warning: "), error: line("error: ") };
}
/** A client for the API GITHUB_API_URL names (github.com by default), with the token resolved as login's is. */
async function connect(flags, io) {
    const { token } = await (0,_auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveToken */ .E)(flags, io.env, (0,_auth_token_store_js__WEBPACK_IMPORTED_MODULE_3__/* .storedTokenReader */ .C)(io.env));
    const log = cliLogger(io);
    // Octokit reports expected failures (a 404 for a state document not written yet) as errors: debug only.
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .L)({ token, baseUrl: (0,_auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_2__/* .apiBaseUrl */ .t)(io.env), log: { ...log, error: log.debug } });
    return { client, log, env: { now: () => new Date(), sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms), random: Math.random, log } };
}


/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ resolveSourceName),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   t$: () => (/* binding */ repoFlag)
/* harmony export */ });
/* unused harmony exports parseGitHubRemote, gitHubHosts */
/* harmony import */ var _core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3974);
/* harmony import */ var _auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1693);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6094);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);




/**
 * owner/repo of a GitHub remote URL: `https://HOST/owner/repo(.git)`, `ssh://git@HOST(:port)/owner/repo(.git)`
 * or scp-like `git@HOST:owner/repo(.git)`; undefined for anything else or another host than `hosts`.
 */
function parseGitHubRemote(url, hosts) {
    const text = url.trim();
    const scp = /^[A-Za-z0-9._-]+@([^:/]+):\/?([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(text);
    const full = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(text);
    const match = scp ?? full;
    const [, host, owner, repo] = match ?? [];
    if (!host || !owner || !repo || !hosts.has(host.toLowerCase()))
        return undefined;
    try {
        return (0,_core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepoRef */ .P)(`${owner}/${repo}`);
    }
    catch {
        return undefined;
    }
}
/** The web hosts a remote may name: github.com, and the GitHub Enterprise host GITHUB_API_URL points at. */
function gitHubHosts(env) {
    const api = new URL((0,_auth_resolve_token_js__WEBPACK_IMPORTED_MODULE_0__/* .apiBaseUrl */ .t)(env)).hostname.toLowerCase();
    return new Set(["github.com", api === "api.github.com" ? "github.com" : api]);
}
async function resolveSourceName(flag, cwd, env) {
    if (flag !== undefined)
        return repoFlag("--source", flag);
    const url = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitText */ .q)(cwd, ["config", "--get", "remote.origin.url"], env);
    if (!url)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb("no --source and no origin remote here: pass --source owner/repo");
    const repo = parseGitHubRemote(url, gitHubHosts(env));
    if (!repo)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the origin remote (${url}) is not a GitHub repository: pass --source owner/repo`);
    return repo;
}
async function resolveCommit(flag, cwd, env) {
    if (flag !== undefined) {
        if (!/^[0-9a-f]{40}$/.test(flag))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--commit must be a full 40-digit commit SHA, not "${flag}"`);
        return flag;
    }
    const head = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitText */ .q)(cwd, ["rev-parse", "--verify", "HEAD^{commit}"], env);
    if (!head || !/^[0-9a-f]{40}$/.test(head))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb("no --commit and no Git commit here: commit the elements, or pass --commit SHA");
    return head;
}
/** An owner/repo flag, or one line saying what is wrong with it. */
function repoFlag(name, text) {
    try {
        return (0,_core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepoRef */ .P)(text, name);
    }
    catch (error) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(error instanceof Error ? error.message : String(error));
    }
}


/***/ }),

/***/ 5678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ age),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/* harmony import */ var _core_redact_redactor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7825);
/* harmony import */ var _core_report_visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6182);


/**
 * Text from repositories (ids, reasons, URLs, GitHub's messages) redacted, with control and bidi characters shown
 * as `\uXXXX`, so a crafted file name or message cannot move the cursor or retitle the terminal. Newlines and tabs
 * stay.
 */
function printable(text) {
    return (0,_core_report_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleLines */ .g)((0,_core_redact_redactor_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(text));
}
/** `12s`, `5m`, `3h`, `2d`: how long ago, roughly, for a listing. */
function age(fromIso, now) {
    const seconds = Math.max(0, Math.floor((now.getTime() - Date.parse(fromIso)) / 1000));
    if (Number.isNaN(seconds))
        return "?";
    if (seconds < 60)
        return `${seconds}s`;
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)}m`;
    if (seconds < 86_400)
        return `${Math.floor(seconds / 3600)}h`;
    return `${Math.floor(seconds / 86_400)}d`;
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

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ applyTreeEdits),
/* harmony export */   L1: () => (/* binding */ blobShas),
/* harmony export */   rE: () => (/* binding */ FILE_MODE),
/* harmony export */   tk: () => (/* binding */ TREE_MODE)
/* harmony export */ });
/* unused harmony export gitTreeSha */
/* harmony import */ var _object_sha_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4318);

/** path → blob SHA for the files of a listing. */
function blobShas(listing) {
    const blobs = new Map();
    for (const entry of listing.entries)
        if (entry.type === "blob")
            blobs.set(entry.path, entry.sha);
    return blobs;
}
const FILE_MODE = "100644";
const TREE_MODE = "040000";
/** Git orders tree entries by name bytes, with a directory compared as if its name ended in "/". */
function gitOrder(left, right) {
    const key = ([name, entry]) => Buffer.from(entry.type === "tree" ? `${name}/` : name, "utf8");
    return Buffer.compare(key(left), key(right));
}
function gitTreeSha(entries) {
    const ordered = [...entries].sort(gitOrder);
    const body = Buffer.concat(ordered.flatMap(([name, entry]) => [
        Buffer.from(`${entry.mode.replace(/^0+/, "")} ${name}\0`, "utf8"),
        Buffer.from(entry.sha, "hex"),
    ]));
    return (0,_object_sha_js__WEBPACK_IMPORTED_MODULE_0__/* .gitObjectSha */ .Ms)("tree", body);
}
function parentOf(path) {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? "" : path.slice(0, slash);
}
function nameOf(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/**
 * Applies edits to a recursive listing and hashes the result bottom-up; untouched subtrees keep their SHA.
 * Edits must be effective (deleting only existing blobs); a path under an existing file is refused.
 */
function applyTreeEdits(listing, edits) {
    const dirs = new Map([["", new Map()]]);
    for (const entry of listing.entries) {
        if (entry.type === "tree" && !dirs.has(entry.path))
            dirs.set(entry.path, new Map());
    }
    for (const entry of listing.entries) {
        const parent = dirs.get(parentOf(entry.path));
        if (!parent)
            throw new Error(`tree listing is incomplete: no directory for ${entry.path}`);
        parent.set(nameOf(entry.path), { mode: entry.mode, type: entry.type, sha: entry.sha });
    }
    const dirty = new Set([""]);
    const ensureDir = (path) => {
        const existing = dirs.get(path);
        if (existing)
            return existing;
        const parent = ensureDir(parentOf(path));
        const clash = parent.get(nameOf(path));
        if (clash && clash.type !== "tree")
            throw new Error(`cannot write under ${path}: it is a file in the collection`);
        const created = new Map();
        dirs.set(path, created);
        parent.set(nameOf(path), { mode: TREE_MODE, type: "tree", sha: "" });
        return created;
    };
    for (const edit of edits) {
        const dirPath = parentOf(edit.path);
        const dir = edit.blob ? ensureDir(dirPath) : dirs.get(dirPath);
        const name = nameOf(edit.path);
        if (edit.blob) {
            if (dir?.get(name)?.type === "tree")
                throw new Error(`cannot write ${edit.path}: it is a directory in the collection`);
            dir?.set(name, { mode: edit.blob.mode, type: "blob", sha: edit.blob.sha });
        }
        else {
            dir?.delete(name);
        }
        for (let path = dirPath;; path = parentOf(path)) {
            dirty.add(path);
            if (path === "")
                break;
        }
    }
    // Deepest first, so each directory's children are final before it is hashed.
    const depth = (path) => (path === "" ? 0 : path.split("/").length);
    const order = [...dirty].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
    const emptied = new Set();
    let rootSha = listing.sha;
    for (const path of order) {
        const entries = dirs.get(path) ?? new Map();
        if (path === "") {
            rootSha = gitTreeSha(entries);
            continue;
        }
        const parent = dirs.get(parentOf(path));
        if (entries.size === 0) {
            emptied.add(path);
            parent?.delete(nameOf(path));
        }
        else {
            parent?.set(nameOf(path), { mode: TREE_MODE, type: "tree", sha: gitTreeSha(entries) });
        }
    }
    const emptiedDirs = [...emptied].filter((path) => !emptied.has(parentOf(path))).sort();
    return { sha: rootSha, emptiedDirs };
}


/***/ }),

/***/ 3974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ formatRepoRef),
/* harmony export */   P: () => (/* binding */ parseRepoRef)
/* harmony export */ });
/** A user or organization: letters, digits and hyphens (underscores for managed users), never a dot. */
const OWNER = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const REPO = /^[A-Za-z0-9_.-]+$/;
/**
 * `owner/repo` → RepoRef; throws one clear message for anything else (an input, never trusted). A path such as
 * `../collection` or `./x` is refused here: its parts would otherwise become segments of an API URL.
 */
function parseRepoRef(text, what = "repository") {
    const parts = text.trim().split("/");
    const [owner, repo] = parts;
    if (parts.length !== 2 ||
        !owner ||
        !repo ||
        !OWNER.test(owner) ||
        !REPO.test(repo) ||
        repo === "." ||
        repo === "..") {
        throw new Error(`${what} must look like owner/repo (got "${text}")`);
    }
    return { owner, repo };
}
function formatRepoRef(ref) {
    return `${ref.owner}/${ref.repo}`;
}


/***/ }),

/***/ 5442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ fillSourceTemplate)
/* harmony export */ });
/** A branch or title template with `{owner}` and `{repo}` filled in from the source repository. */
function fillSourceTemplate(template, source) {
    return template.replaceAll("{owner}", source.owner).replaceAll("{repo}", source.repo);
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

/***/ 3498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Qk: () => (/* binding */ readOneOf),
/* harmony export */   l8: () => (/* binding */ readMap),
/* harmony export */   oU: () => (/* binding */ readArray),
/* harmony export */   yK: () => (/* binding */ readNonEmptyString)
/* harmony export */ });
/* unused harmony export fail */
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);
/* harmony import */ var _state_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9299);


/** Small typed readers for JSON values; each failure names the JSON path and what was expected. */
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return value.length > 60 ? "a long string" : JSON.stringify(value);
    if (typeof value === "object")
        return "an object";
    return `${typeof value} ${String(value)}`;
}
function fail(path, expected, got) {
    throw new _state_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StateDocumentError */ .h(path, `expected ${expected}, found ${describe(got)}`);
}
/** An object whose keys are exactly the allowed ones (required ones present, nothing unknown). */
function readObject(value, path, required, optional = []) {
    if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(value))
        fail(path, "an object", value);
    for (const key of required) {
        if (!Object.hasOwn(value, key))
            throw new _state_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StateDocumentError */ .h(path, `missing required field "${key}"`);
    }
    for (const key of Object.keys(value)) {
        if (!required.includes(key) && !optional.includes(key)) {
            throw new _state_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StateDocumentError */ .h((0,_state_error_js__WEBPACK_IMPORTED_MODULE_0__/* .childPath */ .c)(path, key), "unknown field (not part of this schema version)");
        }
    }
    return value;
}
function readMap(value, path) {
    if (!(0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(value))
        fail(path, "an object", value);
    return value;
}
function readArray(value, path) {
    if (!Array.isArray(value))
        fail(path, "an array", value);
    return value;
}
function readString(value, path, rule) {
    if (typeof value !== "string")
        fail(path, rule ? rule.meaning : "a string", value);
    if (rule && !rule.pattern.test(value))
        fail(path, rule.meaning, value);
    return value;
}
function readNonEmptyString(value, path) {
    if (typeof value !== "string" || value.length === 0)
        fail(path, "a non-empty string", value);
    return value;
}
function readInteger(value, path, min) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
        fail(path, `an integer ≥ ${min}`, value);
    }
    return value;
}
function readOneOf(value, path, allowed) {
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined)
        fail(path, `one of ${allowed.join(", ")}`, value);
    return found;
}


/***/ }),

/***/ 9691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tr: () => (/* binding */ STATE_CODEC),
  Cm: () => (/* binding */ parseStoredState),
  bP: () => (/* binding */ stateKey)
});

// EXTERNAL MODULE: ./src/core/state/state-error.ts
var state_error = __webpack_require__(9299);
// EXTERNAL MODULE: ./src/core/state/json-decode.ts
var json_decode = __webpack_require__(3498);
// EXTERNAL MODULE: ./src/core/state/state-document.ts
var state_document = __webpack_require__(1188);
// EXTERNAL MODULE: ./src/core/common/plain-object.ts
var plain_object = __webpack_require__(8129);
;// CONCATENATED MODULE: ./src/core/state/state-migrate.ts



/**
 * Schema 0: the pre-release shape. `source` was "owner/repo", base entries named the blob `sha`,
 * submissions were an array with the PR number in `pr` and GitHub's `state` (open, draft, merged, closed),
 * and there were no stats or history.
 */
function fromV0(document) {
    const { source, base, submissions, schema: _schema, ...rest } = document;
    return {
        ...rest,
        schema: 1,
        source: typeof source === "string" && source.includes("/") ? splitSource(source) : source,
        base: (0,plain_object/* isPlainObject */.Q)(base) ? mapValues(base, renameSha) : base,
        submissions: Array.isArray(submissions) ? submissionsByNumber(submissions) : submissions,
        stats: { total: 0, pending: 0, draft: 0, merged: 0, rejected: 0 },
        history: [],
    };
}
function splitSource(source) {
    const slash = source.indexOf("/");
    return { owner: source.slice(0, slash), repo: source.slice(slash + 1) };
}
function renameSha(entry) {
    if (!(0,plain_object/* isPlainObject */.Q)(entry) || !("sha" in entry))
        return entry;
    const { sha, ...rest } = entry;
    return { ...rest, blob: sha };
}
const V0_STATES = {
    open: "pending",
    draft: "draft",
    merged: "merged",
    closed: "rejected",
};
function submissionsByNumber(list) {
    // Unrecognisable items keep a key the parser will reject, pointing at their index.
    const entries = list.map((item, index) => {
        if (!(0,plain_object/* isPlainObject */.Q)(item))
            return [`#${index}`, item];
        const { pr, state, ...rest } = item;
        const status = typeof state === "string" ? (V0_STATES[state] ?? state) : state;
        return [typeof pr === "number" ? String(pr) : `#${index}`, { number: pr, status, ...rest }];
    });
    return Object.fromEntries(entries);
}
function mapValues(o, f) {
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}
/** version → migration to version + 1. */
const MIGRATIONS = new Map([[0, fromV0]]);
/** Applies migrations until the document is at the current schema; says which version it started from. */
function migrateToCurrent(json, migrations = MIGRATIONS) {
    if (!(0,plain_object/* isPlainObject */.Q)(json))
        throw new state_error/* StateDocumentError */.h("$", "expected an object at the top level");
    if (!("schema" in json))
        throw new state_error/* StateDocumentError */.h("$", 'missing required field "schema"');
    const start = json.schema;
    if (typeof start !== "number" || !Number.isSafeInteger(start) || start < 0) {
        throw new state_error/* StateDocumentError */.h("$.schema", "expected a non-negative integer schema version");
    }
    if (start > state_document/* STATE_SCHEMA_VERSION */.b) {
        throw new state_error/* StateDocumentError */.h("$.schema", `schema ${start} was written by a newer nexs-publish (this one reads up to ${state_document/* STATE_SCHEMA_VERSION */.b}); upgrade nexs-publish`);
    }
    let document = json;
    for (let version = start; version < state_document/* STATE_SCHEMA_VERSION */.b; version++) {
        const migrate = migrations.get(version);
        if (!migrate)
            throw new state_error/* StateDocumentError */.h("$.schema", `no migration from schema ${version}`);
        document = migrate(document);
    }
    return start === state_document/* STATE_SCHEMA_VERSION */.b ? { document } : { document, migratedFrom: start };
}

// EXTERNAL MODULE: ./src/core/state/state-rules.ts
var state_rules = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/core/state/stats.ts
var stats = __webpack_require__(5926);
;// CONCATENATED MODULE: ./src/core/state/status.ts
/** Where a submission's pull request stands (docs/architecture.md, Status). */
const SUBMISSION_STATUSES = ["pending", "draft", "merged", "rejected"];

// EXTERNAL MODULE: ./src/core/state/submission-elements.ts
var submission_elements = __webpack_require__(2383);
;// CONCATENATED MODULE: ./src/core/state/state-parse.ts








/**
 * Parses a state document strictly: JSON syntax, schema version (older versions are migrated), every field's
 * type and shape. Anything wrong throws one StateDocumentError naming the JSON path; nothing is reset or
 * guessed. Stats are recomputed from the submissions, never read.
 */
function parseStateDocument(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof SyntaxError ? error.message : "unreadable JSON";
        throw new state_error/* StateDocumentError */.h("$", `not valid JSON (${detail})`);
    }
    const { document, migratedFrom } = migrateToCurrent(json);
    try {
        return readDocument(document);
    }
    catch (error) {
        if (error instanceof state_error/* StateDocumentError */.h && migratedFrom !== undefined) {
            throw new state_error/* StateDocumentError */.h(error.path, `${error.problem} (after migrating from schema ${migratedFrom})`);
        }
        throw error;
    }
}
function readDocument(value) {
    const root = (0,json_decode/* readObject */.Ag)(value, "$", ["schema", "source", "base", "submissions", "stats", "history"]);
    if (root.schema !== state_document/* STATE_SCHEMA_VERSION */.b)
        throw new state_error/* StateDocumentError */.h("$.schema", "unexpected schema version");
    const submissions = readSubmissions(root.submissions, "$.submissions");
    readStatsShape(root.stats, "$.stats");
    return {
        schema: state_document/* STATE_SCHEMA_VERSION */.b,
        source: readSource(root.source, "$.source"),
        base: readBase(root.base, "$.base"),
        submissions,
        stats: (0,stats/* computeStats */.b)(submissions),
        history: (0,json_decode/* readArray */.oU)(root.history, "$.history").map((entry, i) => readHistory(entry, (0,state_error/* childPath */.c)("$.history", i))),
    };
}
function readSource(value, path) {
    const o = (0,json_decode/* readObject */.Ag)(value, path, ["owner", "repo"], ["id"]);
    const source = {
        owner: (0,json_decode/* readNonEmptyString */.yK)(o.owner, (0,state_error/* childPath */.c)(path, "owner")),
        repo: (0,json_decode/* readNonEmptyString */.yK)(o.repo, (0,state_error/* childPath */.c)(path, "repo")),
    };
    if (o.id !== undefined)
        source.id = (0,json_decode/* readInteger */.JI)(o.id, (0,state_error/* childPath */.c)(path, "id"), 1);
    return source;
}
function readBase(value, path) {
    const base = {};
    for (const [id, raw] of Object.entries((0,json_decode/* readMap */.l8)(value, path))) {
        const at = (0,state_error/* childPath */.c)(path, id);
        if (!state_rules/* ELEMENT_ID_RULE */.ug.pattern.test(id))
            throw new state_error/* StateDocumentError */.h(at, `key is not ${state_rules/* ELEMENT_ID_RULE */.ug.meaning}`);
        const o = (0,json_decode/* readObject */.Ag)(raw, at, ["path", "blob", "commit"]);
        base[id] = {
            path: (0,json_decode/* readString */.E3)(o.path, (0,state_error/* childPath */.c)(at, "path"), state_rules/* COLLECTION_PATH_RULE */.A7),
            blob: (0,json_decode/* readString */.E3)(o.blob, (0,state_error/* childPath */.c)(at, "blob"), state_rules/* SHA_RULE */.g3),
            commit: (0,json_decode/* readString */.E3)(o.commit, (0,state_error/* childPath */.c)(at, "commit"), state_rules/* SHA_RULE */.g3),
        };
    }
    return base;
}
function readSubmissions(value, path) {
    const submissions = {};
    for (const [key, raw] of Object.entries((0,json_decode/* readMap */.l8)(value, path))) {
        const at = (0,state_error/* childPath */.c)(path, key);
        const submission = readSubmission(raw, at);
        if (key !== String(submission.number)) {
            throw new state_error/* StateDocumentError */.h(at, `key does not match its pull-request number ${submission.number}`);
        }
        submissions[key] = submission;
    }
    return submissions;
}
function readSubmission(value, path) {
    const o = (0,json_decode/* readObject */.Ag)(value, path, ["number", "status", "elements", "url", "nodeId", "head", "createdAt", "updatedAt"], ["lastDelivery"]);
    const submission = {
        number: (0,json_decode/* readInteger */.JI)(o.number, (0,state_error/* childPath */.c)(path, "number"), 1),
        status: (0,json_decode/* readOneOf */.Qk)(o.status, (0,state_error/* childPath */.c)(path, "status"), SUBMISSION_STATUSES),
        elements: (0,json_decode/* readArray */.oU)(o.elements, (0,state_error/* childPath */.c)(path, "elements")).map((e, i) => (0,submission_elements/* readSubmissionElement */.zm)(e, (0,state_error/* childPath */.c)((0,state_error/* childPath */.c)(path, "elements"), i))),
        url: (0,json_decode/* readNonEmptyString */.yK)(o.url, (0,state_error/* childPath */.c)(path, "url")),
        nodeId: (0,json_decode/* readNonEmptyString */.yK)(o.nodeId, (0,state_error/* childPath */.c)(path, "nodeId")),
        head: (0,json_decode/* readString */.E3)(o.head, (0,state_error/* childPath */.c)(path, "head"), state_rules/* SHA_RULE */.g3),
        createdAt: (0,json_decode/* readString */.E3)(o.createdAt, (0,state_error/* childPath */.c)(path, "createdAt"), state_rules/* TIMESTAMP_RULE */.gS),
        updatedAt: (0,json_decode/* readString */.E3)(o.updatedAt, (0,state_error/* childPath */.c)(path, "updatedAt"), state_rules/* TIMESTAMP_RULE */.gS),
    };
    if (o.lastDelivery !== undefined)
        submission.lastDelivery = (0,json_decode/* readNonEmptyString */.yK)(o.lastDelivery, (0,state_error/* childPath */.c)(path, "lastDelivery"));
    return submission;
}
/** Stats are derived data, but a wrong shape still means someone edited the file by hand: say so. */
function readStatsShape(value, path) {
    const fields = ["total", "pending", "draft", "merged", "rejected"];
    const o = (0,json_decode/* readObject */.Ag)(value, path, fields);
    for (const field of fields)
        (0,json_decode/* readInteger */.JI)(o[field], (0,state_error/* childPath */.c)(path, field), 0);
}
function readHistory(value, path) {
    const o = (0,json_decode/* readObject */.Ag)(value, path, ["at", "number", "from", "to"], ["delivery"]);
    const entry = {
        at: (0,json_decode/* readString */.E3)(o.at, (0,state_error/* childPath */.c)(path, "at"), state_rules/* TIMESTAMP_RULE */.gS),
        number: (0,json_decode/* readInteger */.JI)(o.number, (0,state_error/* childPath */.c)(path, "number"), 1),
        from: o.from === null ? null : (0,json_decode/* readOneOf */.Qk)(o.from, (0,state_error/* childPath */.c)(path, "from"), SUBMISSION_STATUSES),
        to: (0,json_decode/* readOneOf */.Qk)(o.to, (0,state_error/* childPath */.c)(path, "to"), SUBMISSION_STATUSES),
    };
    if (o.delivery !== undefined)
        entry.delivery = (0,json_decode/* readNonEmptyString */.yK)(o.delivery, (0,state_error/* childPath */.c)(path, "delivery"));
    return entry;
}

;// CONCATENATED MODULE: ./src/core/state/state-serialize.ts


/**
 * The canonical text of a state document: fixed key order, base sorted by id, submissions by number,
 * stats recomputed, history capped to the newest HISTORY_LIMIT entries, two-space JSON, trailing newline.
 * Equal documents therefore give equal bytes, so an unchanged document never causes a write.
 */
function serializeStateDocument(document) {
    const base = Object.fromEntries(Object.entries(document.base)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, e]) => [id, { path: e.path, blob: e.blob, commit: e.commit }]));
    const submissions = Object.fromEntries(Object.values(document.submissions)
        .sort((a, b) => a.number - b.number)
        .map((s) => [String(s.number), canonicalSubmission(s)]));
    const source = {
        owner: document.source.owner,
        repo: document.source.repo,
        ...(document.source.id !== undefined && { id: document.source.id }),
    };
    const canonical = {
        schema: state_document/* STATE_SCHEMA_VERSION */.b,
        source,
        base,
        submissions,
        stats: (0,stats/* computeStats */.b)(submissions),
        history: document.history.slice(-state_document/* HISTORY_LIMIT */.D).map(canonicalHistory),
    };
    return `${JSON.stringify(canonical, null, 2)}\n`;
}
function canonicalSubmission(s) {
    return {
        number: s.number,
        status: s.status,
        elements: s.elements.map((e) => ({ id: e.id, path: e.path, blob: e.blob })),
        url: s.url,
        nodeId: s.nodeId,
        head: s.head,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
        ...(s.lastDelivery !== undefined && { lastDelivery: s.lastDelivery }),
    };
}
function canonicalHistory(h) {
    return {
        at: h.at,
        number: h.number,
        from: h.from,
        to: h.to,
        ...(h.delivery !== undefined && { delivery: h.delivery }),
    };
}

;// CONCATENATED MODULE: ./src/core/state/state-codec.ts



/** The state document as the stores keep it: strict parse, canonical text. */
const STATE_CODEC = {
    parse: parseStateDocument,
    serialize: serializeStateDocument,
};
/** Where a source's document lives in a state store (on GitHub, a path on the state branch). */
function stateKey(source) {
    return `sources/${source.owner}/${source.repo}.json`;
}
/** A stored document, parsed; a broken one is one message that names it and says what to do. */
function parseStoredState(text, key, branch) {
    try {
        return STATE_CODEC.parse(text);
    }
    catch (error) {
        if (!(error instanceof state_error/* StateDocumentError */.h))
            throw error;
        throw new Error(`the state document ${key} on branch ${branch} of the collection is not valid (${error.message}); ` +
            "repair it or delete it to start afresh");
    }
}


/***/ }),

/***/ 1188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ HISTORY_LIMIT),
/* harmony export */   b: () => (/* binding */ STATE_SCHEMA_VERSION)
/* harmony export */ });
/**
 * The per-source state document kept on the collection's state branch at `sources/{owner}/{repo}.json`.
 * Types only; the strict parser, serializer and migrations live beside this file.
 */
const STATE_SCHEMA_VERSION = 1;
const HISTORY_LIMIT = 200;


/***/ }),

/***/ 9299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ childPath),
/* harmony export */   h: () => (/* binding */ StateDocumentError)
/* harmony export */ });
/**
 * The one error a corrupt or unreadable state document produces. `path` is a JSON path into the document
 * (`$` for the whole text) so the person fixing the state branch knows exactly where to look.
 */
class StateDocumentError extends Error {
    path;
    problem;
    name = "StateDocumentError";
    constructor(path, problem) {
        super(`state document is invalid at ${path}: ${problem}. ` +
            "Fix the file on the state branch (or restore an earlier version); it is never reset automatically.");
        this.path = path;
        this.problem = problem;
    }
}
/** Appends a key or index to a JSON path, quoting keys that are not plain identifiers. */
function childPath(path, key) {
    if (typeof key === "number")
        return `${path}[${key}]`;
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ COLLECTION_PATH_RULE),
/* harmony export */   g3: () => (/* binding */ SHA_RULE),
/* harmony export */   gS: () => (/* binding */ TIMESTAMP_RULE),
/* harmony export */   ug: () => (/* binding */ ELEMENT_ID_RULE)
/* harmony export */ });
/** Value rules shared by the state-document parser and its tests. */
const SHA_RULE = { pattern: /^[0-9a-f]{40}$/, meaning: "a 40-character lowercase hex git SHA" };
const ELEMENT_ID_RULE = {
    pattern: /^[a-z0-9](?:[a-z0-9_-]{0,126}[a-z0-9])?$/,
    meaning: "an element id (lowercase letters, digits, - and _)",
};
const TIMESTAMP_RULE = {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
    meaning: "an RFC 3339 timestamp",
};
/** Relative, forward slashes, no `.`/`..` segments, no empty segments: a path inside the collection. */
const COLLECTION_PATH_RULE = {
    pattern: /^(?!\/)(?!.*\/\/)(?!(?:.*\/)?\.\.?(?:\/|$))[^\0\\]+(?<!\/)$/,
    meaning: "a relative path inside the collection",
};


/***/ }),

/***/ 5926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ computeStats)
/* harmony export */ });
/** Stats are derived, never stored as truth: recomputed from the submissions on every write. */
function computeStats(submissions) {
    const stats = { total: 0, pending: 0, draft: 0, merged: 0, rejected: 0 };
    for (const submission of Object.values(submissions)) {
        stats.total++;
        stats[submission.status]++;
    }
    return stats;
}


/***/ }),

/***/ 2383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ DELETED_BLOB),
/* harmony export */   QE: () => (/* binding */ sameElements),
/* harmony export */   zm: () => (/* binding */ readSubmissionElement)
/* harmony export */ });
/* harmony import */ var _json_decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3498);
/* harmony import */ var _state_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9299);
/* harmony import */ var _state_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8698);



/** Git's null object id: a deleted file in a submission's element list. */
const DELETED_BLOB = "0".repeat(40);
/** The same elements in the same order: a record that already says this needs no write. */
function sameElements(a, b) {
    return (a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.path === b[i]?.path && e.blob === b[i]?.blob));
}
/** One `{id, path, blob}` of a submission, as the state document and the marker both write it; strict. */
function readSubmissionElement(value, path) {
    const o = (0,_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readObject */ .Ag)(value, path, ["id", "path", "blob"]);
    return {
        id: (0,_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(o.id, (0,_state_error_js__WEBPACK_IMPORTED_MODULE_1__/* .childPath */ .c)(path, "id"), _state_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ELEMENT_ID_RULE */ .ug),
        path: (0,_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(o.path, (0,_state_error_js__WEBPACK_IMPORTED_MODULE_1__/* .childPath */ .c)(path, "path"), _state_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .COLLECTION_PATH_RULE */ .A7),
        blob: (0,_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(o.blob, (0,_state_error_js__WEBPACK_IMPORTED_MODULE_1__/* .childPath */ .c)(path, "blob"), _state_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA_RULE */ .g3),
    };
}


/***/ }),

/***/ 8419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ readBranchHead),
  Z: () => (/* binding */ readTree)
});

// EXTERNAL MODULE: ./src/core/names/repo-ref.ts
var repo_ref = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/github/github-error.ts
var github_error = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/github/map-limited.ts
/** `work` over every item with at most `limit` calls in flight; results in item order. */
async function mapLimited(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            const item = items[index];
            if (item !== undefined)
                results[index] = await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/github/collection-read.ts



/**
 * The head of a branch in one call: GET /commits/{ref} returns the commit and its tree SHA (per_page=1 keeps
 * the file list it also carries short). `undefined` when the branch does not exist (GitHub answers 404, or 422
 * "No commit found", or 409 for an empty repository).
 */
async function readBranchHead(client, repo, branch) {
    try {
        const { data } = await client.rest.repos.getCommit({ ...repo, ref: branch, per_page: 1 });
        return { commit: data.sha, tree: data.commit.tree.sha };
    }
    catch (error) {
        const status = (0,github_error/* statusOf */.c2)(error);
        if (status === 404 || status === 409 || status === 422)
            return undefined;
        throw (0,github_error/* toGitHubError */.Lg)(error, {
            attempted: `read branch ${branch} of ${(0,repo_ref/* formatRepoRef */.N)(repo)}`,
            repository: (0,repo_ref/* formatRepoRef */.N)(repo),
        });
    }
}
function isEntryType(type) {
    return type === "blob" || type === "tree" || type === "commit";
}
function parseEntries(raw, prefix, where) {
    return raw.map((entry) => {
        const { path, mode, type, sha, size } = entry;
        if (!path || !mode || !sha || !isEntryType(type))
            throw new Error(`GitHub returned a malformed tree entry in ${where}`);
        const parsed = { path: prefix + path, mode, type, sha };
        if (type === "blob" && typeof size === "number" && Number.isSafeInteger(size) && size >= 0)
            parsed.size = size;
        return parsed;
    });
}
/**
 * Every entry of a tree: one recursive call; when GitHub truncates it (very large trees), the directory is
 * listed on its own and each subdirectory read the same way, so only truncated parts cost extra calls.
 */
async function readTree(client, repo, treeSha, options = {}) {
    const where = (0,repo_ref/* formatRepoRef */.N)(repo);
    const get = (sha, recursive) => (0,github_error/* attempt */.CD)({ attempted: `read tree ${sha} of ${where}`, repository: where }, () => client.rest.git.getTree({ ...repo, tree_sha: sha, ...(recursive ? { recursive: "1" } : {}) }));
    const read = async (sha, prefix) => {
        const whole = await get(sha, true);
        if (!whole.data.truncated)
            return parseEntries(whole.data.tree, prefix, where);
        const top = await get(sha, false);
        if (top.data.truncated)
            throw new Error(`a single directory of ${where} has more entries than GitHub lists (tree ${sha})`);
        const entries = parseEntries(top.data.tree, prefix, where);
        const subtrees = entries.filter((entry) => entry.type === "tree");
        const nested = await mapLimited(subtrees, options.concurrency ?? 4, (entry) => read(entry.sha, `${entry.path}/`));
        return [...entries, ...nested.flat()];
    };
    return { sha: treeSha, entries: await read(treeSha, "") };
}


/***/ }),

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ GitHubStateStore)
/* harmony export */ });
/* harmony import */ var _core_git_object_sha_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4318);
/* harmony import */ var _core_git_tree_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9163);
/* harmony import */ var _core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3974);
/* harmony import */ var _core_publish_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3305);
/* harmony import */ var _collection_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8419);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6419);






const README = `# nexs-publish state

This branch holds one JSON document per source repository (\`sources/{owner}/{repo}.json\`), written by
nexs-publish with compare-and-swap on each file's blob SHA. It shares no history with the collection and
must never be merged.
`;
function checkKey(key) {
    const parts = key.split("/");
    if (!key || key.startsWith("/") || parts.some((part) => part === "" || part === "." || part === "..")) {
        throw new Error(`state key must be a relative path without empty, "." or ".." segments (got "${key}")`);
    }
    return key;
}
/** GitHub's words for "the SHA you named is not the file's SHA" (or the file appeared or vanished). */
const STALE = /does not match|is at [0-9a-f]+ but expected|wasn't supplied|already exists|does not exist|\bsha\b/i;
const NO_BRANCH = /branch\b.*\b(not found|does not exist)|no commit found|repository is empty/i;
/** GitHub's 404 for a contents read on a ref that does not exist; a missing path answers "Not Found". */
const NO_REF = /^no commit found for the ref\b/i;
function isMissingBranch(failure) {
    return (failure.status === 404 || ((failure.status === 422 || failure.status === 409) && NO_BRANCH.test(failure.message)));
}
/**
 * The StateStore port on a branch of the collection: GitHub is the database, the Contents API's blob SHA the
 * version. The branch is created by the first write as an orphan commit (a README and that write's document)
 * rather than from the base branch: with no common history it cannot be merged by accident, it carries no copy
 * of the collection, and its creation does not depend on which branch is the base. Creating the ref is the
 * compare-and-swap of that first write: whoever creates it first wins, everyone else re-reads.
 *
 * A read that finds no branch (GitHub says so in the 404's message) lets the next create-only write make the
 * branch at once, without first sending a PUT that would fail. It is only a hint, so it never decides an
 * outcome: a branch created since then makes the ref creation fail with "already exists" (a conflict, re-read),
 * and a read that could not tell leaves the PUT to find out.
 */
class GitHubStateStore {
    client;
    options;
    repo;
    branch;
    where;
    /** The last read found no branch. */
    noBranchOnLastRead = false;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.repo = options.repo;
        this.branch = options.branch ?? _core_publish_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_STATE_BRANCH */ .rF;
        this.where = (0,_core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRepoRef */ .N)(options.repo);
    }
    /** The last read found no branch (GitHub said "No commit found for the ref"): nothing was ever recorded here. */
    get lastReadFoundNoBranch() {
        return this.noBranchOnLastRead;
    }
    /** Every document key under `prefix` (one branch-head read and one tree read); none before the first write. */
    async list(prefix = "sources/") {
        const head = await (0,_collection_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readBranchHead */ .z)(this.client, this.repo, this.branch);
        if (!head)
            return [];
        const tree = await (0,_collection_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readTree */ .Z)(this.client, this.repo, head.tree);
        return tree.entries
            .filter((entry) => entry.type === "blob" && entry.path.startsWith(prefix) && entry.path.endsWith(".json"))
            .map((entry) => entry.path)
            .sort();
    }
    async read(key) {
        const path = checkKey(key);
        const context = { attempted: `read ${path} on branch ${this.branch} of ${this.where}`, repository: this.where };
        const data = await this.client.rest.repos.getContent({ ...this.repo, path, ref: this.branch }).then((response) => response.data, (error) => {
            const failure = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFailure */ .tG)(error);
            if (failure?.status !== 404)
                throw (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .toGitHubError */ .Lg)(error, context);
            this.noBranchOnLastRead = NO_REF.test(failure.message);
            return undefined;
        });
        if (data === undefined)
            return undefined;
        this.noBranchOnLastRead = false;
        if (Array.isArray(data) || data.type !== "file")
            throw new Error(`${path} on branch ${this.branch} of ${this.where} is not a file`);
        // Files over 1 MB come without content: fetch the blob itself.
        const base64 = data.encoding === "base64" && (data.content || data.size === 0)
            ? data.content
            : (await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .attempt */ .CD)(context, () => this.client.rest.git.getBlob({ ...this.repo, file_sha: data.sha }))).data
                .content;
        return { text: Buffer.from(base64, "base64").toString("utf8"), version: data.sha };
    }
    async write(key, text, expected, message) {
        const path = checkKey(key);
        if (expected === null && this.noBranchOnLastRead)
            return this.createBranch(path, text, message);
        const first = await this.put(path, text, expected, message);
        if (first !== "no-branch")
            return first;
        // A document we expected to find cannot exist on a branch that does not.
        if (expected !== null)
            return { ok: false, reason: "conflict" };
        return this.createBranch(path, text, message);
    }
    async put(path, text, expected, message) {
        try {
            const { data } = await this.client.rest.repos.createOrUpdateFileContents({
                ...this.repo,
                path,
                message,
                content: Buffer.from(text, "utf8").toString("base64"),
                branch: this.branch,
                ...(expected !== null ? { sha: expected } : {}),
                ...(this.options.author ? { committer: this.options.author, author: this.options.author } : {}),
            });
            const version = data.content?.sha;
            if (!version)
                throw new Error(`GitHub did not return the new blob SHA of ${path}`);
            return { ok: true, version };
        }
        catch (error) {
            const failure = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFailure */ .tG)(error);
            const context = {
                attempted: `write ${path} on branch ${this.branch} of ${this.where}`,
                repository: this.where,
                path,
            };
            if (!failure || (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .isPushProtection */ .Ak)(failure))
                throw (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .toGitHubError */ .Lg)(error, context);
            if (isMissingBranch(failure))
                return "no-branch";
            if ((failure.status === 409 || failure.status === 422) && STALE.test(failure.message))
                return { ok: false, reason: "conflict" };
            throw (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .toGitHubError */ .Lg)(error, context);
        }
    }
    /** Three calls (tree, commit, ref) where creating an empty branch and then writing would take four. */
    async createBranch(path, text, message) {
        const context = { attempted: `create the state branch ${this.branch} on ${this.where}`, repository: this.where };
        const tree = await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .attempt */ .CD)(context, () => this.client.rest.git.createTree({
            ...this.repo,
            tree: [
                { path: "README.md", mode: _core_git_tree_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_MODE */ .rE, type: "blob", content: README },
                { path, mode: _core_git_tree_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_MODE */ .rE, type: "blob", content: text },
            ],
        }));
        const commit = await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .attempt */ .CD)(context, () => this.client.rest.git.createCommit({
            ...this.repo,
            message: `${message}\n\nnexs-publish: state branch created.`,
            tree: tree.data.sha,
            parents: [],
            ...(this.options.author ? { author: this.options.author } : {}),
        }));
        try {
            await this.client.rest.git.createRef({ ...this.repo, ref: `refs/heads/${this.branch}`, sha: commit.data.sha });
            this.noBranchOnLastRead = false;
            return { ok: true, version: (0,_core_git_object_sha_js__WEBPACK_IMPORTED_MODULE_0__/* .textBlobSha */ .bz)(text) };
        }
        catch (error) {
            const failure = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFailure */ .tG)(error);
            // Another writer created it first, perhaps holding this very document: re-read and re-apply.
            if (failure?.status === 422 && /already exists/i.test(failure.message)) {
                this.noBranchOnLastRead = false;
                return { ok: false, reason: "conflict" };
            }
            throw (0,_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .toGitHubError */ .Lg)(error, context);
        }
    }
}


/***/ })

};
