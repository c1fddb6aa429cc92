/** A repository on GitHub, as the REST API addresses it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** A user or organization: letters, digits and hyphens (underscores for managed users), never a dot. */
const OWNER = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const REPO = /^[A-Za-z0-9_.-]+$/;

/**
 * `owner/repo` → RepoRef; throws one clear message for anything else (an input, never trusted). A path such as
 * `../collection` or `./x` is refused here: its parts would otherwise become segments of an API URL.
 */
export function parseRepoRef(text: string, what = "repository"): RepoRef {
  const parts = text.trim().split("/");
  const [owner, repo] = parts;
  if (
    parts.length !== 2 ||
    !owner ||
    !repo ||
    !OWNER.test(owner) ||
    !REPO.test(repo) ||
    repo === "." ||
    repo === ".."
  ) {
    throw new Error(`${what} must look like owner/repo (got "${text}")`);
  }
  return { owner, repo };
}

export function formatRepoRef(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}
