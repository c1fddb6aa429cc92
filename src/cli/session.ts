import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../core/common/logger.js";
import type { PublishEnvironment } from "../core/publish/types.js";
import { createGitHubClient, type GitHubClient } from "../github/client.js";
import { apiBaseUrl, resolveToken } from "./auth/resolve-token.js";
import { storedTokenReader } from "./auth/token-store.js";
import type { CliIo } from "./io.js";
import { printable } from "./terminal-text.js";

export interface Session {
  client: GitHubClient;
  log: Logger;
  /** The real clock, waits and randomness, for publish and the state-document retries. */
  env: PublishEnvironment;
}

/**
 * Warnings and errors go to stderr, one line each (the results go to stdout); progress notes only with
 * NEXS_PUBLISH_DEBUG. Text from repositories passes through `printable`, so it cannot drive the terminal.
 */
export function cliLogger(io: CliIo): Logger {
  const debug = Boolean(io.env["NEXS_PUBLISH_DEBUG"]);
  const line = (prefix: string) => (message: string) =>
    io.stderr.write(`nexs-publish: ${prefix}${printable(message)}\n`);
  const note = debug ? line("") : () => {};
  return { debug: note, info: note, warn: line("warning: "), error: line("error: ") };
}

/** A client for the API GITHUB_API_URL names (github.com by default), with the token resolved as login's is. */
export async function connect(flags: { token?: string | undefined }, io: CliIo): Promise<Session> {
  const { token } = await resolveToken(flags, io.env, storedTokenReader(io.env));
  const log = cliLogger(io);
  // Octokit reports expected failures (a 404 for a state document not written yet) as errors: debug only.
  const client = createGitHubClient({ token, baseUrl: apiBaseUrl(io.env), log: { ...log, error: log.debug } });
  return { client, log, env: { now: () => new Date(), sleep: (ms) => sleep(ms), random: Math.random, log } };
}
