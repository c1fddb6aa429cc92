import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import type { GitHubClient } from "./client.js";
import { attempt } from "./github-error.js";

/** GitHub's numeric id of a repository (the marker names the source by it: it survives renames). */
export async function readRepositoryId(client: GitHubClient, repo: RepoRef): Promise<number> {
  const where = formatRepoRef(repo);
  const { data } = await attempt({ attempted: `read ${where}`, repository: where }, () =>
    client.rest.repos.get({ ...repo }),
  );
  return data.id;
}

/** The login the token acts as; undefined for a token that has no user (an App installation's). */
export async function readTokenLogin(client: GitHubClient): Promise<string | undefined> {
  return client.rest.users.getAuthenticated().then(
    ({ data }) => data.login,
    () => undefined,
  );
}
