/** A repository on GitHub, as the REST API addresses it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/;

/** `owner/repo` → RepoRef; throws one clear message for anything else (an input, never trusted). */
export function parseRepoRef(text: string, what = "repository"): RepoRef {
  const parts = text.trim().split("/");
  const [owner, repo] = parts;
  if (parts.length !== 2 || !owner || !repo || !NAME.test(owner) || !NAME.test(repo) || repo === "." || repo === "..") {
    throw new Error(`${what} must look like owner/repo (got "${text}")`);
  }
  return { owner, repo };
}

export function formatRepoRef(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}
