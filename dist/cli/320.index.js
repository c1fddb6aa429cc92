export const id = 320;
export const ids = [320];
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

/***/ 5320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  help: () => (/* binding */ help),
  login: () => (/* binding */ login),
  parseLoginArgs: () => (/* binding */ parseLoginArgs),
  run: () => (/* binding */ run),
  summary: () => (/* binding */ summary)
});

// EXTERNAL MODULE: ./src/core/auth/printable.ts
var printable = __webpack_require__(5429);
// EXTERNAL MODULE: ./src/github/authenticated-user.ts
var authenticated_user = __webpack_require__(5486);
// EXTERNAL MODULE: ./node_modules/universal-user-agent/index.js
var universal_user_agent = __webpack_require__(6396);
// EXTERNAL MODULE: ./node_modules/@octokit/request/dist-bundle/index.js + 3 modules
var dist_bundle = __webpack_require__(7561);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
;// CONCATENATED MODULE: ./node_modules/@octokit/oauth-methods/dist-bundle/index.js
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/get-web-flow-authorization-url.js



// pkg/dist-src/utils.js

function requestToOAuthBaseUrl(request) {
  const endpointDefaults = request.endpoint.DEFAULTS;
  if (/^https:\/\/(api\.)?github\.com$/.test(endpointDefaults.baseUrl)) {
    return "https://github.com";
  }
  if (/^https:\/\/api\..*\.ghe\.com$/.test(endpointDefaults.baseUrl)) {
    return endpointDefaults.baseUrl.replace("api.", "");
  }
  return endpointDefaults.baseUrl.replace("/api/v3", "");
}
async function oauthRequest(request, route, parameters) {
  const withOAuthParameters = {
    baseUrl: requestToOAuthBaseUrl(request),
    headers: {
      accept: "application/json"
    },
    ...parameters
  };
  const response = await request(route, withOAuthParameters);
  if ("error" in response.data) {
    const error = new dist_src/* RequestError */.G(
      `${response.data.error_description} (${response.data.error}, ${response.data.error_uri})`,
      400,
      {
        request: request.endpoint.merge(
          route,
          withOAuthParameters
        )
      }
    );
    error.response = response;
    throw error;
  }
  return response;
}

// pkg/dist-src/get-web-flow-authorization-url.js
function getWebFlowAuthorizationUrl({
  request = defaultRequest,
  ...options
}) {
  const baseUrl = requestToOAuthBaseUrl(request);
  return oauthAuthorizationUrl({
    ...options,
    baseUrl
  });
}

// pkg/dist-src/exchange-web-flow-code.js

async function exchangeWebFlowCode(options) {
  const request = options.request || defaultRequest2;
  const response = await oauthRequest(
    request,
    "POST /login/oauth/access_token",
    {
      client_id: options.clientId,
      client_secret: options.clientSecret,
      code: options.code,
      redirect_uri: options.redirectUrl
    }
  );
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean)
  };
  if (options.clientType === "github-app") {
    if ("refresh_token" in response.data) {
      const apiTimeInMs = new Date(response.headers.date).getTime();
      authentication.refreshToken = response.data.refresh_token, authentication.expiresAt = toTimestamp(
        apiTimeInMs,
        response.data.expires_in
      ), authentication.refreshTokenExpiresAt = toTimestamp(
        apiTimeInMs,
        response.data.refresh_token_expires_in
      );
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}

// pkg/dist-src/create-device-code.js

async function createDeviceCode(options) {
  const request = options.request || dist_bundle/* request */.E;
  const parameters = {
    client_id: options.clientId
  };
  if ("scopes" in options && Array.isArray(options.scopes)) {
    parameters.scope = options.scopes.join(" ");
  }
  return oauthRequest(request, "POST /login/device/code", parameters);
}

// pkg/dist-src/exchange-device-code.js

async function exchangeDeviceCode(options) {
  const request = options.request || dist_bundle/* request */.E;
  const response = await oauthRequest(
    request,
    "POST /login/oauth/access_token",
    {
      client_id: options.clientId,
      device_code: options.code,
      grant_type: "urn:ietf:params:oauth:grant-type:device_code"
    }
  );
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean)
  };
  if ("clientSecret" in options) {
    authentication.clientSecret = options.clientSecret;
  }
  if (options.clientType === "github-app") {
    if ("refresh_token" in response.data) {
      const apiTimeInMs = new Date(response.headers.date).getTime();
      authentication.refreshToken = response.data.refresh_token, authentication.expiresAt = toTimestamp2(
        apiTimeInMs,
        response.data.expires_in
      ), authentication.refreshTokenExpiresAt = toTimestamp2(
        apiTimeInMs,
        response.data.refresh_token_expires_in
      );
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp2(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}

// pkg/dist-src/check-token.js

async function checkToken(options) {
  const request = options.request || defaultRequest5;
  const response = await request("POST /applications/{client_id}/token", {
    headers: {
      authorization: `basic ${btoa(
        `${options.clientId}:${options.clientSecret}`
      )}`
    },
    client_id: options.clientId,
    access_token: options.token
  });
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: options.token,
    scopes: response.data.scopes
  };
  if (response.data.expires_at)
    authentication.expiresAt = response.data.expires_at;
  if (options.clientType === "github-app") {
    delete authentication.scopes;
  }
  return { ...response, authentication };
}

// pkg/dist-src/refresh-token.js

async function refreshToken(options) {
  const request = options.request || defaultRequest6;
  const response = await oauthRequest(
    request,
    "POST /login/oauth/access_token",
    {
      client_id: options.clientId,
      client_secret: options.clientSecret,
      grant_type: "refresh_token",
      refresh_token: options.refreshToken
    }
  );
  const apiTimeInMs = new Date(response.headers.date).getTime();
  const authentication = {
    clientType: "github-app",
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.access_token,
    refreshToken: response.data.refresh_token,
    expiresAt: toTimestamp3(apiTimeInMs, response.data.expires_in),
    refreshTokenExpiresAt: toTimestamp3(
      apiTimeInMs,
      response.data.refresh_token_expires_in
    )
  };
  return { ...response, authentication };
}
function toTimestamp3(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}

// pkg/dist-src/scope-token.js

async function scopeToken(options) {
  const {
    request: optionsRequest,
    clientType,
    clientId,
    clientSecret,
    token,
    ...requestOptions
  } = options;
  const request = options.request || defaultRequest7;
  const response = await request(
    "POST /applications/{client_id}/token/scoped",
    {
      headers: {
        authorization: `basic ${btoa(`${clientId}:${clientSecret}`)}`
      },
      client_id: clientId,
      access_token: token,
      ...requestOptions
    }
  );
  const authentication = Object.assign(
    {
      clientType,
      clientId,
      clientSecret,
      token: response.data.token
    },
    response.data.expires_at ? { expiresAt: response.data.expires_at } : {}
  );
  return { ...response, authentication };
}

// pkg/dist-src/reset-token.js

async function resetToken(options) {
  const request = options.request || defaultRequest8;
  const auth = btoa(`${options.clientId}:${options.clientSecret}`);
  const response = await request(
    "PATCH /applications/{client_id}/token",
    {
      headers: {
        authorization: `basic ${auth}`
      },
      client_id: options.clientId,
      access_token: options.token
    }
  );
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.token,
    scopes: response.data.scopes
  };
  if (response.data.expires_at)
    authentication.expiresAt = response.data.expires_at;
  if (options.clientType === "github-app") {
    delete authentication.scopes;
  }
  return { ...response, authentication };
}

// pkg/dist-src/delete-token.js

async function deleteToken(options) {
  const request = options.request || defaultRequest9;
  const auth = btoa(`${options.clientId}:${options.clientSecret}`);
  return request(
    "DELETE /applications/{client_id}/token",
    {
      headers: {
        authorization: `basic ${auth}`
      },
      client_id: options.clientId,
      access_token: options.token
    }
  );
}

// pkg/dist-src/delete-authorization.js

async function deleteAuthorization(options) {
  const request = options.request || defaultRequest10;
  const auth = btoa(`${options.clientId}:${options.clientSecret}`);
  return request(
    "DELETE /applications/{client_id}/grant",
    {
      headers: {
        authorization: `basic ${auth}`
      },
      client_id: options.clientId,
      access_token: options.token
    }
  );
}

/* v8 ignore next: we always pass a custom request in tests -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-oauth-device/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/get-oauth-access-token.js

async function getOAuthAccessToken(state, options) {
  const cachedAuthentication = getCachedAuthentication(state, options.auth);
  if (cachedAuthentication) return cachedAuthentication;
  const { data: verification } = await createDeviceCode({
    clientType: state.clientType,
    clientId: state.clientId,
    request: options.request || state.request,
    // @ts-expect-error the extra code to make TS happy is not worth it
    scopes: options.auth.scopes || state.scopes
  });
  await state.onVerification(verification);
  const authentication = await waitForAccessToken(
    options.request || state.request,
    state.clientId,
    state.clientType,
    verification
  );
  state.authentication = authentication;
  return authentication;
}
function getCachedAuthentication(state, auth2) {
  if (auth2.refresh === true) return false;
  if (!state.authentication) return false;
  if (state.clientType === "github-app") {
    return state.authentication;
  }
  const authentication = state.authentication;
  const newScope = ("scopes" in auth2 && auth2.scopes || state.scopes).join(
    " "
  );
  const currentScope = authentication.scopes.join(" ");
  return newScope === currentScope ? authentication : false;
}
async function wait(seconds) {
  await new Promise((resolve) => setTimeout(resolve, seconds * 1e3));
}
async function waitForAccessToken(request, clientId, clientType, verification) {
  try {
    const options = {
      clientId,
      request,
      code: verification.device_code
    };
    const { authentication } = clientType === "oauth-app" ? await exchangeDeviceCode({
      ...options,
      clientType: "oauth-app"
    }) : await exchangeDeviceCode({
      ...options,
      clientType: "github-app"
    });
    return {
      type: "token",
      tokenType: "oauth",
      ...authentication
    };
  } catch (error) {
    if (!error.response) throw error;
    const errorType = error.response.data.error;
    if (errorType === "authorization_pending") {
      await wait(verification.interval);
      return waitForAccessToken(request, clientId, clientType, verification);
    }
    if (errorType === "slow_down") {
      await wait(verification.interval + 7);
      return waitForAccessToken(request, clientId, clientType, verification);
    }
    throw error;
  }
}

// pkg/dist-src/auth.js
async function auth(state, authOptions) {
  return getOAuthAccessToken(state, {
    auth: authOptions
  });
}

// pkg/dist-src/hook.js
async function hook(state, request, route, parameters) {
  let endpoint = request.endpoint.merge(
    route,
    parameters
  );
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint.url)) {
    return request(endpoint);
  }
  const { token } = await getOAuthAccessToken(state, {
    request,
    auth: { type: "oauth" }
  });
  endpoint.headers.authorization = `token ${token}`;
  return request(endpoint);
}

// pkg/dist-src/version.js
var dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/index.js
function createOAuthDeviceAuth(options) {
  const requestWithDefaults = options.request || dist_bundle/* request */.E.defaults({
    headers: {
      "user-agent": `octokit-auth-oauth-device.js/${dist_bundle_VERSION} ${(0,universal_user_agent/* getUserAgent */.$)()}`
    }
  });
  const { request = requestWithDefaults, ...otherOptions } = options;
  const state = options.clientType === "github-app" ? {
    ...otherOptions,
    clientType: "github-app",
    request
  } : {
    ...otherOptions,
    clientType: "oauth-app",
    request,
    scopes: options.scopes || []
  };
  if (!options.clientId) {
    throw new Error(
      '[@octokit/auth-oauth-device] "clientId" option must be set (https://github.com/octokit/auth-oauth-device.js#usage)'
    );
  }
  if (!options.onVerification) {
    throw new Error(
      '[@octokit/auth-oauth-device] "onVerification" option must be a function (https://github.com/octokit/auth-oauth-device.js#usage)'
    );
  }
  return Object.assign(auth.bind(null, state), {
    hook: hook.bind(null, state)
  });
}

/* v8 ignore next 2 -- @preserve */

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 16 modules
var rest_dist_src = __webpack_require__(7432);
// EXTERNAL MODULE: ./src/core/auth/token-file-format.ts
var token_file_format = __webpack_require__(3172);
;// CONCATENATED MODULE: ./src/core/common/logger.ts
/** For callers that pass no logger. */
const SILENT_LOGGER = { debug() { }, info() { }, warn() { }, error() { } };

// EXTERNAL MODULE: ./src/core/common/plain-object.ts
var plain_object = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/core/auth/device-code.ts

/** RFC 8628: without an interval the client waits 5 s; each slow_down adds 5 s for all later polls. */
const DEFAULT_INTERVAL_S = 5;
const SLOW_DOWN_STEP_MS = 5_000;
const MAX_INTERVAL_S = 600;
const MAX_EXPIRES_IN_S = 24 * 3600;
/** Undefined when the answer is not a device code GitHub would send. `now` is the request time. */
function parseDeviceCode(data, now) {
    if (!(0,plain_object/* isPlainObject */.Q)(data))
        return undefined;
    const { user_code: userCode, verification_uri: uri, expires_in: expiresIn, interval } = data;
    if (typeof userCode !== "string" || !/^[A-Za-z0-9-]{4,32}$/.test(userCode))
        return undefined;
    if (typeof uri !== "string" || !isWebUrl(uri))
        return undefined;
    if (!isWholeSeconds(expiresIn, MAX_EXPIRES_IN_S))
        return undefined;
    if (interval !== undefined && !isWholeSeconds(interval, MAX_INTERVAL_S))
        return undefined;
    const seconds = typeof interval === "number" ? interval : DEFAULT_INTERVAL_S;
    return { userCode, verificationUri: uri, expiresAt: now + expiresIn * 1000, intervalMs: seconds * 1000 };
}
/** The wait after a `slow_down`: GitHub's new `interval` when it sends a longer one, else 5 s more. */
function slowedInterval(currentMs, answer) {
    const interval = (0,plain_object/* isPlainObject */.Q)(answer) ? answer["interval"] : undefined;
    const asked = isWholeSeconds(interval, MAX_INTERVAL_S) ? interval * 1000 : 0;
    return Math.max(asked, currentMs + SLOW_DOWN_STEP_MS);
}
/** The OAuth `error` of a token-endpoint answer (GitHub sends these with status 200), if any. */
function oauthErrorOf(answer) {
    if (!(0,plain_object/* isPlainObject */.Q)(answer))
        return undefined;
    const error = answer["error"];
    return typeof error === "string" ? error : undefined;
}
function isWholeSeconds(value, max) {
    return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= max;
}
function isWebUrl(text) {
    if (/[\u0000-\u0020\u007f-\u009f]/.test(text) || !URL.canParse(text))
        return false;
    const { protocol } = new URL(text);
    return protocol === "https:" || protocol === "http:";
}

// EXTERNAL MODULE: ./src/github/login-error.ts
var login_error = __webpack_require__(6729);
;// CONCATENATED MODULE: ./src/github/device-flow-pacing.ts


/**
 * An Octokit `request` wrap hook that does the device flow's waiting itself. @octokit/auth-oauth-device polls
 * with its own timer, ignores the longer interval GitHub asks for after `slow_down` and cannot be cancelled;
 * so this hook answers its token request only once GitHub says something other than "pending" or "slow
 * down", waiting as GitHub asks in between (sleep and clock injected), bounded by the code's lifetime, each
 * request by a timeout, and all of it by the abort signal. The library's own timer is then never started.
 */
class DeviceFlowPacing {
    options;
    /** The device code GitHub issued, once it has. */
    code;
    constructor(options) {
        this.options = options;
    }
    hook = async (send, endpoint) => {
        if (endpoint.method === "POST" && endpoint.url === "/login/oauth/access_token")
            return this.poll(send, endpoint);
        const answer = await this.send(send, endpoint);
        if (endpoint.method === "POST" &&
            endpoint.url === "/login/device/code" &&
            oauthErrorOf(answer.data) === undefined) {
            this.code = parseDeviceCode(answer.data, this.options.now());
            if (!this.code)
                throw new login_error/* LoginError */.Q("protocol", `${hostOf(endpoint)} sent a device code nexs-publish cannot read`);
        }
        return answer;
    };
    async poll(send, endpoint) {
        const code = this.code;
        if (!code)
            throw new login_error/* LoginError */.Q("protocol", "asked for a token before a device code was issued");
        let intervalMs = code.intervalMs;
        for (;;) {
            await this.wait(intervalMs);
            if (this.options.now() >= code.expiresAt)
                throw expired();
            const answer = await this.send(send, endpoint);
            const error = oauthErrorOf(answer.data);
            if (error === "authorization_pending")
                continue;
            if (error === "slow_down") {
                intervalMs = slowedInterval(intervalMs, answer.data);
                continue;
            }
            return answer;
        }
    }
    async wait(ms) {
        try {
            await this.options.sleep(ms, this.options.signal);
        }
        catch (error) {
            if (this.options.signal.aborted)
                throw cancelled();
            throw error;
        }
    }
    async send(send, endpoint) {
        const { signal: interrupt, requestTimeoutMs } = this.options;
        if (interrupt.aborted)
            throw cancelled();
        const timeout = AbortSignal.timeout(requestTimeoutMs);
        try {
            // Set on the endpoint itself, not on a copy: before-after-hook binds the original options to the inner
            // wraps (Octokit's request log among them), so a copy's signal would never reach fetch.
            endpoint.request = { ...endpoint.request, signal: AbortSignal.any([interrupt, timeout]) };
            return await send(endpoint);
        }
        catch (error) {
            if (interrupt.aborted)
                throw cancelled();
            if (timeout.aborted)
                throw new login_error/* LoginError */.Q("timeout", `${hostOf(endpoint)} did not answer within ${seconds(requestTimeoutMs)}`);
            if (hasResponse(error))
                throw error;
            const detail = error instanceof Error ? error.message : String(error);
            throw new login_error/* LoginError */.Q("network", `cannot reach ${hostOf(endpoint)} (${detail}); check the network and the URL`);
        }
    }
}
function expired() {
    return new login_error/* LoginError */.Q("expired", "the code expired before it was entered; run `nexs-publish login` again");
}
function cancelled() {
    return new login_error/* LoginError */.Q("cancelled", "login cancelled; nothing was stored");
}
function hasResponse(error) {
    return typeof error === "object" && error !== null && "response" in error && error.response !== undefined;
}
function hostOf(endpoint) {
    return URL.canParse(endpoint.baseUrl) ? new URL(endpoint.baseUrl).host : endpoint.baseUrl;
}
function seconds(ms) {
    return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

;// CONCATENATED MODULE: ./src/github/device-flow.ts









/** GitHub's OAuth device flow through @octokit/auth-oauth-device; resolves to the user's token or a LoginError. */
async function runDeviceFlow(options) {
    const pacing = new DeviceFlowPacing(options);
    const octokit = new rest_dist_src/* Octokit */.E({ baseUrl: options.apiBaseUrl, userAgent: client/* DEFAULT_USER_AGENT */.q, log: SILENT_LOGGER });
    octokit.hook.wrap("request", pacing.hook);
    const auth = createOAuthDeviceAuth({
        // A GitHub App's user token carries the App's permissions; no OAuth scopes are asked for.
        clientType: "github-app",
        clientId: options.clientId,
        request: octokit.request,
        onVerification: () => {
            if (!pacing.code)
                throw new login_error/* LoginError */.Q("protocol", "no device code to show");
            options.onCode(pacing.code);
        },
    });
    let token;
    try {
        ({ token } = await auth({ type: "oauth" }));
    }
    catch (error) {
        throw toLoginError(error, options.clientId);
    }
    if (typeof token !== "string" || !(0,token_file_format/* isPlausibleToken */.vX)(token))
        throw new login_error/* LoginError */.Q("protocol", "GitHub answered without a usable token");
    return token;
}
/** GitHub's OAuth error codes (docs: "Error codes for the device flow") as one line each. */
function toLoginError(error, clientId) {
    if (error instanceof login_error/* LoginError */.Q)
        return error;
    const response = (0,plain_object/* isPlainObject */.Q)(error) && (0,plain_object/* isPlainObject */.Q)(error["response"]) ? error["response"] : undefined;
    if (!response) {
        const detail = error instanceof Error ? error.message : String(error);
        return new login_error/* LoginError */.Q("protocol", `unexpected answer from GitHub (${(0,printable/* printable */.g)(detail, 200)})`);
    }
    const data = (0,plain_object/* isPlainObject */.Q)(response["data"]) ? response["data"] : {};
    const code = typeof data["error"] === "string" ? data["error"] : "";
    const status = typeof response["status"] === "number" ? response["status"] : 0;
    const id = (0,printable/* printable */.g)(clientId, 100);
    switch (code) {
        case "expired_token":
            return expired();
        case "access_denied":
            return new login_error/* LoginError */.Q("denied", "the login was denied in the browser; nothing was stored");
        case "device_flow_disabled":
            return new login_error/* LoginError */.Q("client", `device flow is not enabled for client ${id}: enable it in the App's settings`);
        case "incorrect_client_credentials":
        case "unauthorized_client":
            return new login_error/* LoginError */.Q("client", `GitHub does not accept client id ${id}: check --client-id`);
    }
    if (status === 404)
        return new login_error/* LoginError */.Q("client", `GitHub knows no app with client id ${id}: check --client-id`);
    const description = typeof data["error_description"] === "string" ? `: ${data["error_description"]}` : "";
    const what = code ? `${code}${description}` : `status ${status}`;
    return new login_error/* LoginError */.Q("refused", `GitHub refused the login (${(0,printable/* printable */.g)(what, 200)})`);
}

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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/auth/sealed-token.ts
var sealed_token = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/core/auth/storage-choice.ts
var storage_choice = __webpack_require__(8367);
// EXTERNAL MODULE: ./src/core/auth/token-file-error.ts
var token_file_error = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/auth/keyring.ts
var auth_keyring = __webpack_require__(7532);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cli/auth/keyring-probe.ts



/**
 * Whether the keyring really keeps secrets here: write a random test entry, read it back, delete it. A keyring
 * can refuse a write yet keep it, or answer "nothing" without an error (headless Linux), so neither an error-free
 * write nor an empty read proves anything; only the read-back does.
 */
async function probeKeyring(load, timeoutMs) {
    let keyring;
    try {
        keyring = new auth_keyring/* BoundedKeyring */.Hw(await load(), timeoutMs);
    }
    catch (error) {
        if (error instanceof auth_keyring/* KeyringError */.Wy)
            return { usable: false, reason: describe(error) };
        return { usable: false, reason: `no keyring module could be loaded (${describe(error)})` };
    }
    const account = `probe-${(0,external_node_crypto_.randomBytes)(6).toString("hex")}`;
    const secret = (0,external_node_crypto_.randomBytes)(16).toString("hex");
    let timedOut = false;
    try {
        await keyring.set(account, secret);
        const back = await keyring.get(account);
        if (back === secret)
            return { usable: true, keyring };
        return { usable: false, reason: back === null ? "a test entry was not kept" : "a test entry read back different" };
    }
    catch (error) {
        timedOut = error instanceof auth_keyring/* KeyringError */.Wy && error.timedOut;
        return { usable: false, reason: describe(error) };
    }
    finally {
        // A failed write may still have landed; a keyring that hangs is not asked again.
        if (!timedOut)
            await keyring.delete(account).catch(() => undefined);
    }
}
function describe(error) {
    return (0,printable/* printable */.g)(error instanceof Error ? error.message : String(error), 200);
}

// EXTERNAL MODULE: ./src/cli/auth/private-files.ts
var private_files = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/cli/auth/token-writer.ts











async function planStorage(context, host, options) {
    const existing = await (0,token_location/* existingLocations */._2)(context, host);
    const probe = await probeKeyring(context.keyring, context.keyringTimeoutMs);
    const passphrase = (0,store_context/* passphraseOf */.OW)(context.env);
    const decision = (0,storage_choice/* chooseStorage */.hQ)({
        keyring: probe.usable ? { usable: true } : { usable: false, reason: probe.reason },
        passphrase,
        insecureStorage: options.insecureStorage,
        existing: existing.map((location) => location.kind),
    });
    if (!decision.ok)
        throw new cli_io/* UsageError */.eb(decision.reason);
    const sealed = existing.find((location) => location.kind === "encrypted-file");
    // Replacing a sealed token needs its passphrase: a typo would otherwise seal the new token under it, silently.
    if (decision.kind === "encrypted-file" && sealed && passphrase)
        await requireOpens(sealed, host, passphrase);
    return {
        host,
        kind: decision.kind,
        replaces: existing.filter((location) => decision.replaces.includes(location.kind)),
        notes: decision.notes,
        keyring: probe.usable ? probe.keyring : undefined,
        passphrase,
    };
}
async function requireOpens(location, host, passphrase) {
    try {
        await (0,sealed_token/* unsealToken */.YR)((await (0,private_files/* readIfExists */.OR)(location.path)) ?? "", host, passphrase);
    }
    catch (error) {
        if (!(error instanceof token_file_error/* TokenFileError */.O))
            throw error;
        const remedy = error.reason === "wrong-passphrase"
            ? "set the passphrase it was sealed with, or run `nexs-publish logout` first"
            : "run `nexs-publish logout` first";
        throw new cli_io/* UsageError */.eb(`the existing token file ${location.path} ${error.message}: ${remedy}`);
    }
}
/** Stores the token as planned, then empties the stores it replaces; returns where it now lives. */
async function saveToken(context, plan, token) {
    await (0,private_files/* ensurePrivateDirectory */.Vg)(context.directory);
    const location = { kind: plan.kind, path: (0,store_context/* tokenPath */.vT)(context, plan.host, plan.kind) };
    if (plan.kind === "keyring")
        await saveInKeyring(plan, location.path, token);
    else if (plan.kind === "encrypted-file")
        await (0,private_files/* writePrivateFile */.Pl)(location.path, await (0,sealed_token/* sealToken */.fh)(plan.host, token, plan.passphrase ?? ""));
    else
        await (0,private_files/* writePrivateFile */.Pl)(location.path, (0,token_file_format/* serializeToken */.gc)(plan.host, token));
    for (const old of plan.replaces)
        await (0,private_files/* removeIfExists */.GR)(old.path, context.directory);
    return location;
}
async function saveInKeyring(plan, markerPath, token) {
    const keyring = plan.keyring;
    if (!keyring)
        throw new Error("the storage plan has no keyring");
    const replacing = await (0,private_files/* exists */.t2)(markerPath);
    // The marker first: should the process die after the keyring write, logout still knows what to remove.
    const marker = (0,token_file_format/* serializeKeyringMarker */.WS)(plan.host, { service: auth_keyring/* KEYRING_SERVICE */.a$, account: plan.host });
    await (0,private_files/* writePrivateFile */.Pl)(markerPath, marker);
    try {
        await keyring.set(plan.host, token);
        if ((await keyring.get(plan.host)) !== token)
            throw new Error("the token read back from it differs");
    }
    catch (error) {
        // A first login leaves nothing behind; a repeated one keeps the marker of the entry that may still be there.
        if (!replacing) {
            await keyring.delete(plan.host).catch(() => undefined);
            await (0,private_files/* removeIfExists */.GR)(markerPath, (0,external_node_path_.dirname)(markerPath)).catch(() => undefined);
        }
        const reason = error instanceof Error ? error.message : String(error);
        throw new cli_io/* UsageError */.eb(`the OS keyring did not keep the new token (${reason}); it was not stored`);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/login.ts











const summary = "Log in to GitHub in a browser (device flow) and store the token";
const help = `Usage: nexs-publish login [options]

Logs in with GitHub's device flow: prints a code and a URL, waits while you enter the code in a browser,
then stores the token for the GitHub host (GITHUB_API_URL or GITHUB_SERVER_URL; default github.com).

Options:
  --client-id <id>    client id of the nexs-publish GitHub App, with device flow enabled
                      (default: NEXS_GITHUB_CLIENT_ID)
  --insecure-storage  allow a plain, unencrypted token file when there is no OS keyring and no
                      NEXS_TOKEN_PASSPHRASE
  -h, --help          show this help

The token goes to the OS keyring (NEXS_KEYRING=off skips it); without one, to a file encrypted with
NEXS_TOKEN_PASSPHRASE; without that, only with --insecure-storage, to a plain file. --token and GITHUB_TOKEN
override it and are never stored.

Exit status: 0 logged in, 1 the code expired or the login was denied, 2 usage, storage or network problem,
130 interrupted (Ctrl-C). Nothing is stored unless the login succeeds.
`;
const EXIT_INTERRUPTED = 130;
function parseLoginArgs(args, env) {
    const { values } = (0,cli_args/* parseArgsOrExplain */.R)({
        args: [...args],
        strict: true,
        allowPositionals: false,
        options: {
            "client-id": { type: "string" },
            "insecure-storage": { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    const clientId = values["client-id"] ?? env["NEXS_GITHUB_CLIENT_ID"] ?? "";
    if (!values.help && !clientId)
        throw new cli_io/* UsageError */.eb("no client id: pass --client-id or set NEXS_GITHUB_CLIENT_ID (the nexs-publish GitHub App's)");
    if (!values.help && !/^[A-Za-z0-9._-]{1,100}$/.test(clientId))
        throw new cli_io/* UsageError */.eb(`--client-id must be a GitHub client id (letters, digits, . _ -), not "${(0,printable/* printable */.g)(clientId, 40)}"`);
    return { help: values.help, clientId, insecureStorage: values["insecure-storage"] };
}
function run(args, io) {
    return login(args, io, (0,auth_deps/* defaultAuthDeps */.i)());
}
async function login(args, io, deps) {
    const options = parseLoginArgs(args, io.env);
    if (options.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    const apiUrl = (0,resolve_token/* apiBaseUrl */.t)(io.env);
    const host = new URL(apiUrl).host;
    const context = (0,store_context/* storeContext */.H$)(io.env, deps);
    const interrupt = new AbortController();
    const stopListening = deps.onInterrupt(() => interrupt.abort());
    try {
        const plan = await planStorage(context, host, { insecureStorage: options.insecureStorage });
        for (const note of plan.notes)
            io.stderr.write(`${note}\n`);
        io.stderr.write(`The token will be stored in ${STORE_LABEL[plan.kind]}.\n`);
        if (io.env["GITHUB_TOKEN"])
            io.stderr.write("Note: GITHUB_TOKEN is set; while it is, commands use it instead of the stored token.\n");
        const token = await runDeviceFlow({
            clientId: options.clientId,
            apiBaseUrl: apiUrl,
            onCode: (code) => io.stderr.write(login_prompt(code, deps)),
            sleep: deps.sleep,
            now: deps.now,
            signal: interrupt.signal,
            requestTimeoutMs: deps.requestTimeoutMs,
        });
        const timeoutMs = deps.requestTimeoutMs;
        const user = await (0,authenticated_user/* readAuthenticatedLogin */.x)({ token, apiBaseUrl: apiUrl, timeoutMs, signal: interrupt.signal });
        if (interrupt.signal.aborted)
            throw new login_error/* LoginError */.Q("cancelled", "login cancelled; nothing was stored");
        const location = await saveToken(context, plan, token);
        io.stdout.write(`Logged in to ${host} as ${user}; the token is in ${(0,token_location/* describeLocation */.lR)(location)}.\n`);
        return cli_io/* EXIT_OK */.Ij;
    }
    catch (error) {
        if (!(error instanceof login_error/* LoginError */.Q))
            throw error;
        io.stderr.write(`nexs-publish: ${(0,printable/* printable */.g)(error.message, 400)}\n`);
        return exitStatusFor(error);
    }
    finally {
        stopListening();
    }
}
const STORE_LABEL = {
    keyring: "the OS keyring",
    "encrypted-file": "a file encrypted with NEXS_TOKEN_PASSPHRASE",
    "plain-file": "a PLAIN, UNENCRYPTED file (--insecure-storage)",
};
function login_prompt(code, deps) {
    const minutes = Math.max(1, Math.round((code.expiresAt - deps.now()) / 60_000));
    return (`Open ${(0,printable/* printable */.g)(code.verificationUri, 200)} in a browser and enter the code ${code.userCode}\n` +
        `(it expires in ${minutes} minute${minutes === 1 ? "" : "s"}; Ctrl-C cancels). Waiting...\n`);
}
function exitStatusFor(error) {
    if (error.kind === "cancelled")
        return EXIT_INTERRUPTED;
    if (error.kind === "expired" || error.kind === "denied")
        return cli_io/* EXIT_INVALID */.jL;
    return cli_io/* EXIT_USAGE */.Ri;
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
