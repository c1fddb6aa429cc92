import { formatRepoRef } from "../names/repo-ref.js";
import { encodeMarker } from "../tracking/marker-trust.js";
import type { ChangeSet } from "./change-set.js";
import { pullRequestBody } from "./pr-body.js";
import type { PublishOptions } from "./types.js";

/**
 * The PR body of a proposal: the table of what it changes, then the signed marker the App trusts. Past the
 * marker's list budget the marker carries the digest of the elements, whose list is the state's submission.
 */
export function proposalBody(
  options: Pick<PublishOptions, "source" | "signingKey">,
  set: Pick<ChangeSet, "rows" | "elements">,
  issuedAt: Date,
): string {
  const source = formatRepoRef(options.source);
  const marker = encodeMarker(
    {
      source: { name: source, id: options.source.id },
      commit: options.source.commit,
      elements: set.elements,
      issuedAt: issuedAt.toISOString(),
    },
    options.signingKey,
  );
  return pullRequestBody({ source, commit: options.source.commit, rows: set.rows, marker });
}
