import { readArray, readInteger, readObject, readString } from "../state/json-decode.js";
import type { SubmissionElement } from "../state/state-document.js";
import { childPath, StateDocumentError } from "../state/state-error.js";
import { SHA_RULE, TIMESTAMP_RULE } from "../state/state-rules.js";
import { readSubmissionElement } from "../state/submission-elements.js";
import type { ElementsDigest } from "./marker-digest.js";

/**
 * The hidden marker that ends a submission PR's body:
 *   <!-- nexs-publish:submission VERSION PAYLOAD.SIGNATURE -->
 * PAYLOAD is base64url JSON (MarkerPayload); SIGNATURE is base64url HMAC-SHA256 over the PAYLOAD text, or empty
 * when the publisher has no signing key (the App then trusts by branch and author instead).
 *
 * Two versions, both read: `v1` lists the elements (`elements`); `v2` carries, in place of a list too long for a
 * PR body, the SHA-256 digest of the canonical list and its length (`elementsDigest`; the list is in the state
 * document's submission). The publisher writes the oldest version that can say what it has to say, so a reader
 * that knows only v1 keeps working for every submission whose list fits, and says "unsupported version" rather
 * than "malformed" for the rest. A payload's keys are exact per version, so relabelling one cannot change its
 * meaning.
 */
export const MARKER_OPEN = "<!-- nexs-publish:submission";
const MARKER_CLOSE = "-->";
export type MarkerVersion = "v1" | "v2";
/** A PR body holds at most 65,536 characters on GitHub; no honest payload is larger. */
export const MAX_MARKER_PAYLOAD_CHARS = 65_536;
/**
 * The longest marker that still lists its elements (about 170 typical elements); past it the digest form is
 * written. Half a PR body: the other half stays for the table people read.
 */
export const MARKER_LIST_BUDGET = 32_768;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const SOURCE_NAME_RULE = {
  pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/,
  meaning: "an owner/repository name",
};
const SHA256_RULE = { pattern: /^[0-9a-f]{64}$/, meaning: "a 64-character lowercase hex SHA-256" };

interface PayloadCommon {
  /** The source repository: `owner/name` and GitHub's numeric id (which survives renames). */
  source: { name: string; id: number };
  /** Source commit the submission was built from. */
  commit: string;
  issuedAt: string;
}

/** A marker's payload: the element list itself (v1), or its digest (v2). */
export type MarkerPayload =
  | (PayloadCommon & { form: "list"; elements: SubmissionElement[] })
  | (PayloadCommon & { form: "digest"; digest: ElementsDigest });

/** What a publisher signs: always the whole list; encodeMarker chooses the form. */
export interface MarkerContent extends PayloadCommon {
  elements: readonly SubmissionElement[];
}

/** A marker split into its parts; the signature is not checked here. */
export interface MarkerParts {
  version: MarkerVersion;
  payloadText: string;
  signatureText: string;
  payload: MarkerPayload;
}

export type MarkerProblem = "missing" | "malformed" | "too-large" | "unsupported-version";

export type ParsedMarker = { ok: true; marker: MarkerParts } | { ok: false; problem: MarkerProblem; detail: string };

export function markerVersion(payload: MarkerPayload): MarkerVersion {
  return payload.form === "list" ? "v1" : "v2";
}

/** The payload's JSON, keys in a fixed order, as base64url: the exact text that is signed. */
export function encodePayload(payload: MarkerPayload): string {
  const source = { name: payload.source.name, id: payload.source.id };
  const canonical =
    payload.form === "list"
      ? {
          source,
          commit: payload.commit,
          elements: payload.elements.map((e) => ({ id: e.id, path: e.path, blob: e.blob })),
          issuedAt: payload.issuedAt,
        }
      : {
          source,
          commit: payload.commit,
          elementsDigest: { sha256: payload.digest.sha256, count: payload.digest.count },
          issuedAt: payload.issuedAt,
        };
  return Buffer.from(JSON.stringify(canonical), "utf8").toString("base64url");
}

export function formatMarker(payloadText: string, signatureText: string, version: MarkerVersion = "v1"): string {
  return `${MARKER_OPEN} ${version} ${payloadText}.${signatureText} ${MARKER_CLOSE}`;
}
/** Removes any earlier markers, then ends the body with this one: exactly one marker, always last. */
export function appendMarker(body: string, marker: string): string {
  let rest = body;
  for (let at = rest.indexOf(MARKER_OPEN); at !== -1; at = rest.indexOf(MARKER_OPEN)) {
    const end = rest.indexOf(MARKER_CLOSE, at);
    rest = rest.slice(0, at) + (end === -1 ? "" : rest.slice(end + MARKER_CLOSE.length));
  }
  const trimmed = rest.trimEnd();
  return trimmed.length > 0 ? `${trimmed}\n\n${marker}\n` : `${marker}\n`;
}

/** The text of the LAST marker in the body (a later one always overrides an earlier one), if any. */
export function findMarker(body: string): string | undefined {
  const at = body.lastIndexOf(MARKER_OPEN);
  if (at === -1) return undefined;
  const end = body.indexOf(MARKER_CLOSE, at);
  return end === -1 ? body.slice(at) : body.slice(at, end + MARKER_CLOSE.length);
}

/** Parses the last marker of a body; never throws. */
export function parseMarker(body: string): ParsedMarker {
  const text = findMarker(body);
  if (text === undefined) return { ok: false, problem: "missing", detail: "the body has no nexs-publish marker" };
  if (!text.endsWith(MARKER_CLOSE)) return { ok: false, problem: "malformed", detail: "the marker is not closed" };
  const inner = text.slice(MARKER_OPEN.length, -MARKER_CLOSE.length).trim().split(/\s+/);
  if (inner.length !== 2)
    return { ok: false, problem: "malformed", detail: "expected a version and PAYLOAD.SIGNATURE" };
  const [version = "", token = ""] = inner;
  if (version !== "v1" && version !== "v2")
    return { ok: false, problem: "unsupported-version", detail: `marker version "${version.slice(0, 20)}"` };
  const dot = token.indexOf(".");
  const payloadText = dot === -1 ? token : token.slice(0, dot);
  const signatureText = dot === -1 ? "" : token.slice(dot + 1);
  if (payloadText.length > MAX_MARKER_PAYLOAD_CHARS)
    return { ok: false, problem: "too-large", detail: `payload of ${payloadText.length} characters` };
  if (!BASE64URL.test(payloadText) || !BASE64URL.test(signatureText) || payloadText.length === 0) {
    return { ok: false, problem: "malformed", detail: "payload or signature is not base64url" };
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payloadText, "base64url").toString("utf8"));
  } catch {
    return { ok: false, problem: "malformed", detail: "payload is not JSON" };
  }
  try {
    return { ok: true, marker: { version, payloadText, signatureText, payload: readPayload(json, version) } };
  } catch (error) {
    if (error instanceof StateDocumentError)
      return { ok: false, problem: "malformed", detail: `payload ${error.path.replace(/^\$/, "")}: ${error.problem}` };
    throw error;
  }
}

function readPayload(value: unknown, version: MarkerVersion): MarkerPayload {
  const root = readObject(value, "$", [
    "source",
    "commit",
    version === "v1" ? "elements" : "elementsDigest",
    "issuedAt",
  ]);
  const source = readObject(root.source, "$.source", ["name", "id"]);
  const common: PayloadCommon = {
    source: {
      name: readString(source.name, "$.source.name", SOURCE_NAME_RULE),
      id: readInteger(source.id, "$.source.id", 1),
    },
    commit: readString(root.commit, "$.commit", SHA_RULE),
    issuedAt: readString(root.issuedAt, "$.issuedAt", TIMESTAMP_RULE),
  };
  if (version === "v2") {
    const digest = readObject(root.elementsDigest, "$.elementsDigest", ["sha256", "count"]);
    return {
      ...common,
      form: "digest",
      digest: {
        sha256: readString(digest.sha256, "$.elementsDigest.sha256", SHA256_RULE),
        count: readInteger(digest.count, "$.elementsDigest.count", 0),
      },
    };
  }
  const elements = readArray(root.elements, "$.elements").map((raw, i) =>
    readSubmissionElement(raw, childPath("$.elements", i)),
  );
  const ids = new Set(elements.map((e) => e.id));
  if (ids.size !== elements.length) throw new StateDocumentError("$.elements", "an element id appears twice");
  return { ...common, form: "list", elements };
}
