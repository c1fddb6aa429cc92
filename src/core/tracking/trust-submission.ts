import { fillSourceTemplate } from "../names/source-template.js";
import { findMarker, parseMarker } from "./marker.js";
import { type MarkerTrust, trustByOrigin, verifyMarker } from "./marker-trust.js";
import type { PullRequestView } from "./read-pull-request.js";

/** Who may move a submission: the shared key, or without one the publisher's own branch and login. */
export interface TrustPolicy {
  /** NEXS_SIGNING_KEY / the `signing-key` input. */
  signingKey?: string;
  /** The publisher's login, for trust by origin when no key is set. */
  publisher?: string;
  /** The head-branch template of submissions (`nexs/{owner}/{repo}`), filled with the marker's source. */
  branchTemplate: string;
  /** The collection's `owner/name`. */
  collection: string;
}

export type SubmissionTrust = MarkerTrust | { trust: "untrusted"; reason: "not-last" | "no-policy"; detail: string };

/**
 * Whether this PR's marker may move a submission. A marker counts only as the last thing in the body (where
 * publish puts it): one quoted in the middle of a discussion is text, not a claim. With a key the signature must
 * verify and the head must be the source's branch (a fork's branch has the same name: fork mode); without one,
 * the head must be that branch in the collection itself and the author the configured publisher.
 */
export function trustSubmission(
  pr: Pick<PullRequestView, "body" | "headRef" | "headRepository" | "author">,
  policy: TrustPolicy,
): SubmissionTrust {
  const parsed = parseMarker(pr.body);
  if (!parsed.ok) return { trust: "untrusted", reason: parsed.problem, detail: parsed.detail };
  if (!pr.body.trimEnd().endsWith(findMarker(pr.body) ?? "")) {
    return { trust: "untrusted", reason: "not-last", detail: "the marker is not the end of the body" };
  }
  const source = parsed.marker.payload.source;
  const [owner = "", repo = ""] = source.name.split("/");
  const branch = fillSourceTemplate(policy.branchTemplate, { owner, repo });
  if (policy.signingKey !== undefined) {
    const verified = verifyMarker(pr.body, policy.signingKey);
    if (verified.trust !== "trusted") return verified;
    if (pr.headRef !== branch) {
      return {
        trust: "untrusted",
        reason: "branch-mismatch",
        detail: `head branch "${pr.headRef}" is not "${branch}"`,
      };
    }
    return verified;
  }
  if (policy.publisher === undefined) {
    return { trust: "untrusted", reason: "no-policy", detail: "neither a signing key nor a publisher is configured" };
  }
  return trustByOrigin(
    pr.body,
    { headRef: pr.headRef, headRepository: pr.headRepository ?? "", author: pr.author },
    { branch, author: policy.publisher, collection: policy.collection },
  );
}
