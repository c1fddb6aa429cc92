import { printable } from "../core/auth/printable.js";
import { isPlainObject } from "../core/common/plain-object.js";
import { createGitHubClient } from "./client.js";
import { statusOf } from "./github-error.js";
import { LoginError } from "./login-error.js";

export interface AuthenticatedUserOptions {
  token: string;
  apiBaseUrl: string;
  /** A server that never answers must not hang the command. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** `GET /user`: the login the token acts as. A refused token is a LoginError "unauthorized". */
export async function readAuthenticatedLogin(options: AuthenticatedUserOptions): Promise<string> {
  const client = createGitHubClient({ token: options.token, baseUrl: options.apiBaseUrl, retry: false });
  const host = new URL(options.apiBaseUrl).host;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let data: unknown;
  try {
    ({ data } = await client.rest.users.getAuthenticated({ request: { signal } }));
  } catch (error) {
    if (options.signal?.aborted) throw new LoginError("cancelled", "cancelled; nothing was stored");
    if (timeout.aborted) throw new LoginError("timeout", `${host} did not answer GET /user in time`);
    const status = statusOf(error);
    if (status === 401)
      throw new LoginError("unauthorized", `${host} refused the token (401: revoked, expired or not a token)`);
    if (status !== undefined) throw new LoginError("refused", `${host} answered GET /user with status ${status}`);
    const detail = error instanceof Error ? error.message : String(error);
    throw new LoginError("network", `cannot reach ${host} (${printable(detail, 200)})`);
  }
  const login = isPlainObject(data) ? data["login"] : undefined;
  if (typeof login !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.[\]-]{0,99}$/.test(login))
    throw new LoginError("protocol", `${host} answered GET /user without a login`);
  return login;
}
