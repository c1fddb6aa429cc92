// Which token a command uses: `--token` or GITHUB_TOKEN override everything and are never stored; otherwise the
// token `nexs-publish login` stored for the host. The stored-token lookup is the auth module's (token storage).
import { apiBaseUrlFromEnv } from "../../core/auth/github-endpoints.js";
import type { Env } from "../../core/common/env.js";
import { UsageError } from "../io.js";

export interface ResolvedToken {
  token: string;
  /** Where it came from, for `whoami` and error messages. */
  source: "flag" | "env" | "keyring" | "encrypted-file" | "plain-file";
}

/** Reads the token stored for a host, if any; provided by the token storage (login). */
export type StoredTokenReader = (host: string) => Promise<ResolvedToken | undefined>;

/**
 * The API root a command talks to: GITHUB_API_URL (GitHub Enterprise, an emulator), else one derived from
 * GITHUB_SERVER_URL, else api.github.com. Login stores tokens under this URL's host.
 */
export function apiBaseUrl(env: Env): string {
  const url = apiBaseUrlFromEnv(env);
  const protocol = URL.canParse(url) ? new URL(url).protocol : undefined;
  if (protocol === "https:" || protocol === "http:") return url;
  const name = env["GITHUB_API_URL"] ? "GITHUB_API_URL" : "GITHUB_SERVER_URL";
  const example = name === "GITHUB_API_URL" ? "https://github.example.com/api/v3" : "https://github.example.com";
  throw new UsageError(`${name} must be an http(s) URL such as ${example}, not "${env[name] ?? ""}"`);
}

export async function resolveToken(
  flags: { token?: string | undefined },
  env: Env,
  readStored: StoredTokenReader | undefined,
): Promise<ResolvedToken> {
  if (flags.token) return { token: flags.token, source: "flag" };
  const fromEnv = env["GITHUB_TOKEN"];
  if (fromEnv) return { token: fromEnv, source: "env" };
  const stored = readStored ? await readStored(new URL(apiBaseUrl(env)).host) : undefined;
  if (stored) return stored;
  throw new UsageError("no GitHub token: run `nexs-publish login`, or pass --token or set GITHUB_TOKEN");
}
