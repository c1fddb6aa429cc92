import { isPlainObject } from "../core/common/plain-object.js";
import { gitBlobSha } from "../core/git/object-sha.js";
import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import type { GitHubClient } from "./client.js";
import { attempt } from "./github-error.js";

/**
 * A blob's bytes by SHA (one call, any size up to GitHub's 100 MB). The bytes must hash to the SHA asked for, so
 * what is checked is exactly what the commit holds. `what` names the file in errors.
 */
export async function readBlobBytes(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  what: string,
): Promise<Uint8Array> {
  const where = formatRepoRef(repo);
  const { data } = await attempt({ attempted: `read ${what} (blob ${sha}) of ${where}`, repository: where }, () =>
    client.rest.git.getBlob({ ...repo, file_sha: sha }),
  );
  const content = isPlainObject(data) && data.encoding === "base64" ? data.content : undefined;
  if (typeof content !== "string") throw new Error(`GitHub returned blob ${sha} of ${where} without base64 content`);
  const bytes = new Uint8Array(Buffer.from(content, "base64"));
  if (gitBlobSha(bytes) !== sha) throw new Error(`GitHub returned other bytes than blob ${sha} of ${where} (${what})`);
  return bytes;
}
