import type { Env } from "../common/env.js";

/**
 * The REST API root a command talks to: GITHUB_API_URL (GitHub Enterprise, an emulator; set by Actions runners),
 * else derived from GITHUB_SERVER_URL, else api.github.com. Stored tokens are keyed by this URL's host.
 */
export function apiBaseUrlFromEnv(env: Env): string {
  const api = env["GITHUB_API_URL"];
  if (api) return trimSlashes(api);
  const server = env["GITHUB_SERVER_URL"];
  return server ? apiUrlForServer(server) : "https://api.github.com";
}

/** github.com → api.github.com; a GHE.com tenant X.ghe.com → api.X.ghe.com; GitHub Enterprise Server → /api/v3. */
export function apiUrlForServer(serverUrl: string): string {
  const server = trimSlashes(serverUrl);
  if (/^https:\/\/(www\.)?github\.com$/i.test(server)) return "https://api.github.com";
  const tenant = /^https:\/\/([^/]+\.ghe\.com)$/i.exec(server);
  if (tenant) return `https://api.${tenant[1]}`;
  return `${server}/api/v3`;
}

/** The web host users log in on, the way @octokit/oauth-methods derives it from the API root. */
export function serverUrlForApi(apiUrl: string): string {
  const api = trimSlashes(apiUrl);
  if (/^https:\/\/(api\.)?github\.com$/.test(api)) return "https://github.com";
  if (/^https:\/\/api\..*\.ghe\.com$/.test(api)) return api.replace("api.", "");
  return api.replace("/api/v3", "");
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, "");
}
