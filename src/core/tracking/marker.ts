import { readArray, readInteger, readObject, readString } from "../sync/json-decode.js";
import { childPath, StateDocumentError } from "../sync/state-error.js";
import { COLLECTION_PATH_RULE, ELEMENT_ID_RULE, SHA_RULE, TIMESTAMP_RULE } from "../sync/state-rules.js";
import type { SubmissionElement } from "../sync/state-document.js";

/**
 * The hidden marker that ends a submission PR's body:
 *   <!-- nexs-publish:submission v1 PAYLOAD.SIGNATURE -->
 * PAYLOAD is base64url JSON (MarkerPayload); SIGNATURE is base64url HMAC-SHA256 over the PAYLOAD text, or empty
 * when the publisher has no signing key (the App then trusts by branch and author instead).
 */
export const MARKER_OPEN = "<!-- nexs-publish:submission";
const MARKER_VERSION = "v1";
const MARKER_CLOSE = "-->";
/** A PR body holds at most 65,536 characters on GitHub; no honest payload is larger. */
export const MAX_MARKER_PAYLOAD_CHARS = 65_536;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const SOURCE_NAME_RULE = { pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/, meaning: "an owner/repository name" };

export interface MarkerPayload {
  /** The source repository: `owner/name` and GitHub's numeric id (which survives renames). */
  source: { name: string; id: number };
  /** Source commit the submission was built from. */
  commit: string;
  elements: SubmissionElement[];
  issuedAt: string;
}

/** A marker split into its parts; the signature is not checked here. */
export interface MarkerParts {
  payloadText: string;
  signatureText: string;
  payload: MarkerPayload;
}

export type MarkerProblem = "missing" | "malformed" | "too-large" | "unsupported-version";

export type ParsedMarker = { ok: true; marker: MarkerParts } | { ok: false; problem: MarkerProblem; detail: string };

export function encodePayload(payload: MarkerPayload): string {
  const canonical: MarkerPayload = {
    source: { name: payload.source.name, id: payload.source.id },
    commit: payload.commit,
    elements: payload.elements.map((e) => ({ id: e.id, path: e.path, blob: e.blob })),
    issuedAt: payload.issuedAt,
  };
  return Buffer.from(JSON.stringify(canonical), "utf8").toString("base64url");
}

export function formatMarker(payloadText: string, signatureText: string): string {
  return `${MARKER_OPEN} ${MARKER_VERSION} ${payloadText}.${signatureText} ${MARKER_CLOSE}`;
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
  if (inner.length !== 2) return { ok: false, problem: "malformed", detail: "expected a version and PAYLOAD.SIGNATURE" };
  const [version = "", token = ""] = inner;
  if (version !== MARKER_VERSION) return { ok: false, problem: "unsupported-version", detail: `marker version "${version.slice(0, 20)}"` };
  const dot = token.indexOf(".");
  const payloadText = dot === -1 ? token : token.slice(0, dot);
  const signatureText = dot === -1 ? "" : token.slice(dot + 1);
  if (payloadText.length > MAX_MARKER_PAYLOAD_CHARS) return { ok: false, problem: "too-large", detail: `payload of ${payloadText.length} characters` };
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
    return { ok: true, marker: { payloadText, signatureText, payload: readPayload(json) } };
  } catch (error) {
    if (error instanceof StateDocumentError) return { ok: false, problem: "malformed", detail: `payload ${error.path.replace(/^\$/, "")}: ${error.problem}` };
    throw error;
  }
}

function readPayload(value: unknown): MarkerPayload {
  const root = readObject(value, "$", ["source", "commit", "elements", "issuedAt"]);
  const source = readObject(root.source, "$.source", ["name", "id"]);
  const elements = readArray(root.elements, "$.elements").map((raw, i) => {
    const at = childPath("$.elements", i);
    const e = readObject(raw, at, ["id", "path", "blob"]);
    return {
      id: readString(e.id, childPath(at, "id"), ELEMENT_ID_RULE),
      path: readString(e.path, childPath(at, "path"), COLLECTION_PATH_RULE),
      blob: readString(e.blob, childPath(at, "blob"), SHA_RULE),
    };
  });
  const ids = new Set(elements.map((e) => e.id));
  if (ids.size !== elements.length) throw new StateDocumentError("$.elements", "an element id appears twice");
  return {
    source: { name: readString(source.name, "$.source.name", SOURCE_NAME_RULE), id: readInteger(source.id, "$.source.id", 1) },
    commit: readString(root.commit, "$.commit", SHA_RULE),
    elements,
    issuedAt: readString(root.issuedAt, "$.issuedAt", TIMESTAMP_RULE),
  };
}
