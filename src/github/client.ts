import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import type { Logger } from "../core/common/logger.js";

/**
 * The one Octokit factory: REST + throttling + retry, for github.com or GitHub Enterprise (baseUrl).
 * 409 and 422 are never retried here: a stale SHA means "re-read", push protection means "stop"; callers decide.
 */
const GitHubOctokit = Octokit.plugin(throttling, retry);
/**
 * What the GitHub layer uses of a client: its REST methods and pagination. Structural, so the App hands in
 * Probot's installation Octokit and the Action and CLI this factory's client, and every call is the same code.
 */
export type GitHubClient = Pick<InstanceType<typeof GitHubOctokit>, "rest" | "paginate">;

export interface ThrottleTuning {
  /** Retries after a primary or secondary rate limit. Default 2. */
  maxRetries?: number;
  /** A limit asking to wait longer than this is not waited for: the error surfaces. Default 120 s. */
  maxWaitSeconds?: number;
  /** Milliseconds per "second" of retry-after; tests pass 1 to wait ms instead of s. Default 1000. */
  retryAfterBaseMs?: number;
  /** Wait after a secondary limit without retry-after. Default 60 (GitHub's advice). */
  fallbackSecondaryRetryAfterSeconds?: number;
}

export interface RetryTuning {
  /** Retries of 5xx and network failures. Default 3. */
  retries?: number;
  /** Backoff is (attempt²) × this. Default 1000 ms. */
  retryAfterBaseMs?: number;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root; the Action passes GITHUB_API_URL. Default https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  log?: Logger;
  /** `false` switches throttling off (tests only: production must space writes). */
  throttle?: false | ThrottleTuning;
  /** `false` switches retries off. */
  retry?: false | RetryTuning;
}

export const DEFAULT_USER_AGENT = "nexs-publish";
/** 409: stale SHA or push protection; 422: validation or "already exists". Both are the caller's business. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function redactor(token: string): (text: string) => string {
  if (token.length < 4) return (text) => text;
  return (text) => text.split(token).join("***");
}

/** Octokit logs (message, extra?); keep only text and never the token. */
function routeLog(log: Logger, token: string) {
  const clean = redactor(token);
  const format = (message: unknown, extra: unknown[]): string => {
    const parts = [message, ...extra].map((part) =>
      part instanceof Error ? part.message : typeof part === "string" ? part : "",
    );
    return clean(parts.filter(Boolean).join(" "));
  };
  return {
    debug: (message: unknown, ...extra: unknown[]) => log.debug(format(message, extra)),
    info: (message: unknown, ...extra: unknown[]) => log.debug(format(message, extra)),
    warn: (message: unknown, ...extra: unknown[]) => log.warn(format(message, extra)),
    error: (message: unknown, ...extra: unknown[]) => log.error(format(message, extra)),
  };
}

interface LimitedRequest {
  method: string;
  url: string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silent;
  const throttle = options.throttle === false ? undefined : (options.throttle ?? {});
  const retryTuning = options.retry === false ? undefined : (options.retry ?? {});
  const maxRetries = throttle?.maxRetries ?? 2;
  const maxWait = throttle?.maxWaitSeconds ?? 120;

  const onLimit =
    (which: string) =>
    (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= maxRetries || retryAfter > maxWait) {
        log.warn(
          `GitHub ${which} rate limit on ${what}: giving up (asked to wait ${retryAfter}s, attempt ${retryCount + 1}).`,
        );
        return false;
      }
      log.warn(
        `GitHub ${which} rate limit on ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${maxRetries}).`,
      );
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
