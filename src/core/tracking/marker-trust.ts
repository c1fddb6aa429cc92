import { hmacSha256, verifyHmacSha256 } from "../crypto/hmac.js";
import {
  encodePayload,
  formatMarker,
  MARKER_LIST_BUDGET,
  type MarkerContent,
  type MarkerPayload,
  type MarkerProblem,
  markerVersion,
  parseMarker,
} from "./marker.js";
import { digestElements } from "./marker-digest.js";

/**
 * Whether a PR body's marker may move a submission. Anyone can paste a marker into a PR, so a marker counts
 * only when its signature verifies under the shared key, or (no key configured) when the PR comes from the
 * expected branch and author. Every other case is `untrusted` with a reason to log; nothing here throws.
 */
export type MarkerTrust =
  | { trust: "trusted"; payload: MarkerPayload; by: "signature" | "branch-and-author" }
  | { trust: "untrusted"; reason: MarkerProblem | UntrustedReason; detail: string };

export type UntrustedReason =
  | "unsigned"
  | "bad-signature"
  | "source-mismatch"
  | "branch-mismatch"
  | "author-mismatch"
  | "fork";

export type SigningKey = string | Uint8Array;

/** What the caller already knows about the source it expects, to refuse a valid marker copied from another. */
export interface ExpectedSource {
  id?: number;
  name?: string;
}

export function signPayloadText(payloadText: string, key: SigningKey): string {
  return hmacSha256(key, payloadText).toString("base64url");
}

/**
 * A complete marker; without a key the signature is left empty. It lists the elements (v1) when the whole
 * marker fits `listBudget` characters, else it carries their digest (v2): the marker of any submission, however
 * large, fits a PR body.
 */
export function encodeMarker(content: MarkerContent, key?: SigningKey, listBudget = MARKER_LIST_BUDGET): string {
  const { source, commit, issuedAt } = content;
  const listed = signedMarker({ source, commit, issuedAt, form: "list", elements: [...content.elements] }, key);
  if (listed.length <= listBudget) return listed;
  return signedMarker({ source, commit, issuedAt, form: "digest", digest: digestElements(content.elements) }, key);
}

function signedMarker(payload: MarkerPayload, key: SigningKey | undefined): string {
  const payloadText = encodePayload(payload);
  return formatMarker(payloadText, key === undefined ? "" : signPayloadText(payloadText, key), markerVersion(payload));
}

/**
 * A trusted payload says which form it has: `list` carries the elements; `digest` names them by the SHA-256 of
 * the canonical list, to be checked (elementsMatchDigest) against the submission's list in the state document
 * before that list is used.
 */
export function verifyMarker(body: string, key: SigningKey, expected: ExpectedSource = {}): MarkerTrust {
  const parsed = parseMarker(body);
  if (!parsed.ok) return { trust: "untrusted", reason: parsed.problem, detail: parsed.detail };
  const { payloadText, signatureText, payload } = parsed.marker;
  if (signatureText.length === 0)
    return { trust: "untrusted", reason: "unsigned", detail: "the marker carries no signature" };
  if (!verifyHmacSha256(key, payloadText, Buffer.from(signatureText, "base64url"))) {
    return {
      trust: "untrusted",
      reason: "bad-signature",
      detail: "the signature does not match the payload under the configured key",
    };
  }
  const mismatch = sourceMismatch(payload, expected);
  if (mismatch) return { trust: "untrusted", reason: "source-mismatch", detail: mismatch };
  return { trust: "trusted", payload, by: "signature" };
}

export interface PullRequestOrigin {
  /** Head branch name (`head.ref`). */
  headRef: string;
  /** `head.repo.full_name`; a fork's differs from the collection's. */
  headRepository: string;
  /** Login of the PR's author. */
  author: string;
}

export interface ExpectedOrigin extends ExpectedSource {
  branch: string;
  author: string;
  /** The collection's `owner/name`: the head must live there, not in a fork. */
  collection: string;
}

/** The no-key rule: the payload still has to parse, and the PR must come from the publisher's own branch. */
export function trustByOrigin(body: string, pr: PullRequestOrigin, expected: ExpectedOrigin): MarkerTrust {
  const parsed = parseMarker(body);
  if (!parsed.ok) return { trust: "untrusted", reason: parsed.problem, detail: parsed.detail };
  // GitHub compares owner/repository names and logins without regard to case.
  if (pr.headRepository.toLowerCase() !== expected.collection.toLowerCase()) {
    return {
      trust: "untrusted",
      reason: "fork",
      detail: `the head is in ${pr.headRepository}, not ${expected.collection}`,
    };
  }
  if (pr.headRef !== expected.branch)
    return {
      trust: "untrusted",
      reason: "branch-mismatch",
      detail: `head branch "${pr.headRef}" is not "${expected.branch}"`,
    };
  if (pr.author.toLowerCase() !== expected.author.toLowerCase()) {
    return {
      trust: "untrusted",
      reason: "author-mismatch",
      detail: `author "${pr.author}" is not "${expected.author}"`,
    };
  }
  const mismatch = sourceMismatch(parsed.marker.payload, expected);
  if (mismatch) return { trust: "untrusted", reason: "source-mismatch", detail: mismatch };
  return { trust: "trusted", payload: parsed.marker.payload, by: "branch-and-author" };
}

function sourceMismatch(payload: MarkerPayload, expected: ExpectedSource): string | undefined {
  if (expected.id !== undefined && payload.source.id !== expected.id)
    return `the marker names repository id ${payload.source.id}, expected ${expected.id}`;
  if (expected.name !== undefined && payload.source.name.toLowerCase() !== expected.name.toLowerCase()) {
    return `the marker names ${payload.source.name}, expected ${expected.name}`;
  }
  return undefined;
}
