import { isPlainObject } from "../core/common/plain-object.js";
/**
 * One clear, typed error for anything GitHub refused: what was attempted, GitHub's status and words, and
 * what to do about it. Octokit's RequestError is recognised by shape so this file needs no Octokit import.
 */
export type GitHubErrorKind =
  | "unauthorized"
  | "forbidden"
  | "actions-cannot-create-pr"
  | "workflows-permission"
  | "push-protection"
  | "rate-limited"
  | "not-found"
  | "conflict"
  | "validation"
  | "server"
  | "network";

export class GitHubError extends Error {
  override readonly name = "GitHubError";
  constructor(
    readonly kind: GitHubErrorKind,
    /** HTTP status; undefined when no answer came back. */
    readonly status: number | undefined,
    /** What we were doing, e.g. "create the pull request on nexs/collection". */
    readonly attempted: string,
    /** GitHub's own message (and validation details), verbatim. */
    readonly githubMessage: string,
    readonly hint: string | undefined,
  ) {
    const answer = status === undefined ? "no answer from GitHub" : `GitHub answered ${status}`;
    super(`Could not ${attempted}: ${answer}${githubMessage ? ` (${githubMessage})` : ""}.${hint ? ` ${hint}` : ""}`);
  }

  /**
   * The same failure told to try again another way (`again`, e.g. the App's "redeliver the webhook ..."), when
   * its hint is this module's "try again" one; any other hint is kept.
   */
  withRetryAdvice(again: string): GitHubError {
    const ours = retryHint(this.kind, RERUN_JOB);
    if (ours === undefined || this.hint !== ours) return this;
    return new GitHubError(this.kind, this.status, this.attempted, this.githubMessage, retryHint(this.kind, again));
  }
}

/**
 * How the Action and the CLI say to try again. Where it is said differs by adapter (the App has no job to re-run),
 * so the hints below take it as a parameter and an adapter swaps it with `withRetryAdvice`.
 */
export const RERUN_JOB = "re-run the job (publishing is idempotent)";

/** The hint of a failure that trying again later may mend, with `again` saying how; undefined for other kinds. */
function retryHint(kind: GitHubErrorKind, again: string): string | undefined {
  if (kind === "server") return `GitHub had a server error that persisted through retries: ${again}.`;
  if (kind === "rate-limited")
    return `GitHub's rate limit was still exceeded after the allowed retries: wait a few minutes and ${again}.`;
  return undefined;
}

/** The parts of an Octokit RequestError we rely on, read without casts. */
export interface HttpFailure {
  status: number;
  message: string;
  headers: Record<string, string>;
}

/** Reads status, GitHub's message (plus validation errors) and headers from an Octokit RequestError. */
export function httpFailure(error: unknown): HttpFailure | undefined {
  if (!isPlainObject(error) || typeof error.status !== "number" || error.status < 100) return undefined;
  // Octokit reports a request that got no answer (refused, reset, DNS) as status 500 without a response.
  const response = isPlainObject(error.response) ? error.response : undefined;
  if (!response) return undefined;
  const data = isPlainObject(response.data) ? response.data : undefined;
  let message =
    data && typeof data.message === "string" ? data.message : typeof error.message === "string" ? error.message : "";
  const details = data && Array.isArray(data.errors) ? data.errors : [];
  const extra = details
    .map((item) =>
      typeof item === "string" ? item : isPlainObject(item) && typeof item.message === "string" ? item.message : "",
    )
    .filter((text) => text && !message.includes(text));
  if (extra.length) message = `${message}: ${extra.join("; ")}`;
  const headers: Record<string, string> = {};
  if (isPlainObject(response.headers)) {
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === "string" || typeof value === "number") headers[name.toLowerCase()] = String(value);
    }
  }
  return { status: error.status, message, headers };
}

export function statusOf(error: unknown): number | undefined {
  return httpFailure(error)?.status;
}

const ACTIONS_CANNOT_CREATE_PR = /not permitted to create or approve pull requests/i;
const WORKFLOWS = /\bworkflows?\b.*\bpermission|\.github\/workflows\//i;
const PUSH_PROTECTION = /push protection|secret|GH013|GH009|rule violation/i;
const SECONDARY = /secondary rate limit|abuse/i;

export function isPushProtection(failure: HttpFailure): boolean {
  return (
    (failure.status === 409 || failure.status === 422 || failure.status === 403) &&
    PUSH_PROTECTION.test(failure.message)
  );
}

interface Context {
  attempted: string;
  /** Set when a 404 most likely means "no such repository / no access" rather than a missing file. */
  repository?: string;
  /** A path being written, to recognise workflow files. */
  path?: string;
}

function classify(failure: HttpFailure, context: Context): { kind: GitHubErrorKind; hint: string | undefined } {
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
      hint:
        "Enable \"Allow GitHub Actions to create and approve pull requests\" in the collection's (or its organization's) " +
        "Settings → Actions → General, or pass a GitHub App token (actions/create-github-app-token) as `token`.",
    };
  }
  if (
    ((status === 403 || status === 404 || status === 422) && WORKFLOWS.test(message)) ||
    ((status === 403 || status === 404) && touchesWorkflow)
  ) {
    return {
      kind: "workflows-permission",
      hint: "Changing files under .github/workflows/ needs the `workflows` permission (workflow scope): grant it to the token or keep elements out of .github/.",
    };
  }
  if (isPushProtection(failure)) {
    return {
      kind: "push-protection",
      hint:
        "GitHub push protection refused the content because it looks like a secret. Remove the secret from the element " +
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
  if (status === 422) return { kind: "validation", hint: undefined };
  if (status >= 500) {
    return { kind: "server", hint: retryHint("server", RERUN_JOB) };
  }
  return { kind: "validation", hint: undefined };
}

/** Turns whatever a GitHub call threw into a GitHubError (already-converted errors pass through). */
export function toGitHubError(error: unknown, context: Context): GitHubError {
  if (error instanceof GitHubError) return error;
  const failure = httpFailure(error);
  if (!failure) {
    const detail = error instanceof Error ? error.message : String(error);
    return new GitHubError(
      "network",
      undefined,
      context.attempted,
      detail,
      "Check the GitHub API URL (GITHUB_API_URL for GitHub Enterprise) and the network.",
    );
  }
  const { kind, hint } = classify(failure, context);
  return new GitHubError(kind, failure.status, context.attempted, failure.message, hint);
}

/** Runs one GitHub call, converting its failure into a GitHubError. */
export async function attempt<T>(context: Context, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, context);
  }
}
