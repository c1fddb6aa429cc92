import { readMetadata } from "../../core/element/element-metadata.js";
import { parseSource } from "../../core/element/parse.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../core/element/source.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import type { StateDocument, SubmissionElement } from "../../core/state/state-document.js";
import { DELETED_BLOB } from "../../core/state/submission-elements.js";
import type { GitHubClient } from "../client.js";
import { attempt } from "../github-error.js";

/**
 * A digest marker's element list rebuilt from what the PR changes, when the Action could not record it (fork
 * mode): each changed file's id read from the file itself, a removed file's id from the source's base. Undefined
 * when a file's id cannot be known (an encrypted or unparsable file, a removal the base does not name); the
 * caller then compares the list with the marker's digest before using it.
 */
export async function rebuildElements(
  client: GitHubClient,
  collection: RepoRef,
  changed: ReadonlyMap<string, string>,
  document: StateDocument | undefined,
): Promise<SubmissionElement[] | undefined> {
  const where = formatRepoRef(collection);
  const idByBasePath = new Map(Object.entries(document?.base ?? {}).map(([id, entry]) => [entry.path, id]));
  const elements: SubmissionElement[] = [];
  for (const [path, blob] of changed) {
    if (blob === DELETED_BLOB) {
      const id = idByBasePath.get(path);
      if (id === undefined) return undefined;
      elements.push({ id, path, blob });
      continue;
    }
    const { data } = await attempt({ attempted: `read blob ${blob} of ${where}`, repository: where }, () =>
      client.rest.git.getBlob({ ...collection, file_sha: blob }),
    );
    const parsed = parseSource(
      { file: path, bytes: Buffer.from(data.content, "base64") },
      { maxFileSize: DEFAULT_MAX_FILE_SIZE },
    );
    const metadata = parsed.ok ? readMetadata(parsed.value["metadata"]) : undefined;
    if (!metadata) return undefined;
    elements.push({ id: metadata.id, path, blob });
  }
  return elements;
}
