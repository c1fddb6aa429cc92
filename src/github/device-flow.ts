import { createOAuthDeviceAuth } from "@octokit/auth-oauth-device";
import { Octokit } from "@octokit/rest";
import type { DeviceCode } from "../core/auth/device-code.js";
import { printable } from "../core/auth/printable.js";
import { isPlausibleToken } from "../core/auth/token-file-format.js";
import { SILENT_LOGGER } from "../core/common/logger.js";
import { isPlainObject } from "../core/common/plain-object.js";
import type { Sleep } from "./abortable-sleep.js";
import { DEFAULT_USER_AGENT } from "./client.js";
import { DeviceFlowPacing, expired } from "./device-flow-pacing.js";
import { LoginError } from "./login-error.js";

export interface DeviceFlowOptions {
  /** Client id of the GitHub App (or OAuth App) with device flow enabled. */
  clientId: string;
  /** REST API root; the login host is derived from it (api.github.com → github.com, GHES without /api/v3). */
  apiBaseUrl: string;
  /** Called once with the code to show the user. */
  onCode(code: DeviceCode): void;
  sleep: Sleep;
  now: () => number;
  signal: AbortSignal;
  requestTimeoutMs: number;
}

/** GitHub's OAuth device flow through @octokit/auth-oauth-device; resolves to the user's token or a LoginError. */
export async function runDeviceFlow(options: DeviceFlowOptions): Promise<string> {
  const pacing = new DeviceFlowPacing(options);
  const octokit = new Octokit({ baseUrl: options.apiBaseUrl, userAgent: DEFAULT_USER_AGENT, log: SILENT_LOGGER });
  octokit.hook.wrap("request", pacing.hook);
  const auth = createOAuthDeviceAuth({
    // A GitHub App's user token carries the App's permissions; no OAuth scopes are asked for.
    clientType: "github-app",
    clientId: options.clientId,
    request: octokit.request,
    onVerification: () => {
      if (!pacing.code) throw new LoginError("protocol", "no device code to show");
      options.onCode(pacing.code);
    },
  });
  let token: unknown;
  try {
    ({ token } = await auth({ type: "oauth" }));
  } catch (error) {
    throw toLoginError(error, options.clientId);
  }
  if (typeof token !== "string" || !isPlausibleToken(token))
    throw new LoginError("protocol", "GitHub answered without a usable token");
  return token;
}

/** GitHub's OAuth error codes (docs: "Error codes for the device flow") as one line each. */
function toLoginError(error: unknown, clientId: string): LoginError {
  if (error instanceof LoginError) return error;
  const response = isPlainObject(error) && isPlainObject(error["response"]) ? error["response"] : undefined;
  if (!response) {
    const detail = error instanceof Error ? error.message : String(error);
    return new LoginError("protocol", `unexpected answer from GitHub (${printable(detail, 200)})`);
  }
  const data = isPlainObject(response["data"]) ? response["data"] : {};
  const code = typeof data["error"] === "string" ? data["error"] : "";
  const status = typeof response["status"] === "number" ? response["status"] : 0;
  const id = printable(clientId, 100);
  switch (code) {
    case "expired_token":
      return expired();
    case "access_denied":
      return new LoginError("denied", "the login was denied in the browser; nothing was stored");
    case "device_flow_disabled":
      return new LoginError("client", `device flow is not enabled for client ${id}: enable it in the App's settings`);
    case "incorrect_client_credentials":
    case "unauthorized_client":
      return new LoginError("client", `GitHub does not accept client id ${id}: check --client-id`);
  }
  if (status === 404) return new LoginError("client", `GitHub knows no app with client id ${id}: check --client-id`);
  const description = typeof data["error_description"] === "string" ? `: ${data["error_description"]}` : "";
  const what = code ? `${code}${description}` : `status ${status}`;
  return new LoginError("refused", `GitHub refused the login (${printable(what, 200)})`);
}
