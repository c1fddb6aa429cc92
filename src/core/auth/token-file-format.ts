import { isPlainObject, type PlainObject } from "../common/plain-object.js";
import { printable } from "./printable.js";
import { TokenFileError } from "./token-file-error.js";

/**
 * The two JSON token files: the token itself (the plain file, and the plaintext inside a sealed one) and the
 * keyring marker, which records that the token is in the OS keyring (the keyring cannot be listed reliably, and
 * an empty answer from it does not prove there is nothing: the marker says where to look, and what logout removes).
 */
const TOKEN_FORMAT = "nexs-publish/token";
const MARKER_FORMAT = "nexs-publish/keyring-entry";
const VERSION = 1;

export interface KeyringMarker {
  service: string;
  account: string;
}

/** A token as GitHub issues it: printable ASCII without spaces. Anything else is a damaged file or a paste. */
export function isPlausibleToken(token: string): boolean {
  return /^[\x21-\x7e]{1,4096}$/.test(token);
}

export function serializeToken(host: string, token: string): string {
  if (!isPlausibleToken(token)) throw new Error("refusing to store a token with spaces or non-ASCII characters");
  return `${JSON.stringify({ format: TOKEN_FORMAT, version: VERSION, host, token }, null, 2)}\n`;
}

export function parseToken(text: string, host: string): string {
  const document = parseDocument(text, TOKEN_FORMAT, host, ["token"]);
  const token = document["token"];
  if (typeof token !== "string" || !isPlausibleToken(token)) throw new TokenFileError("malformed", "bad token");
  return token;
}

export function serializeKeyringMarker(host: string, marker: KeyringMarker): string {
  const document = { format: MARKER_FORMAT, version: VERSION, host, ...marker };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function parseKeyringMarker(text: string, host: string): KeyringMarker {
  const document = parseDocument(text, MARKER_FORMAT, host, ["service", "account"]);
  const { service, account } = document;
  if (typeof service !== "string" || typeof account !== "string" || !service || !account)
    throw new TokenFileError("malformed", "bad keyring entry name");
  return { service, account };
}

function parseDocument(text: string, format: string, host: string, fields: readonly string[]): PlainObject {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new TokenFileError(text.trim().length === 0 ? "truncated" : "malformed", "not JSON");
  }
  if (!isPlainObject(data) || data["format"] !== format) throw new TokenFileError("malformed", `expected ${format}`);
  const version = data["version"];
  if (typeof version === "number" && version > VERSION) throw new TokenFileError("unsupported", `version ${version}`);
  if (version !== VERSION) throw new TokenFileError("malformed", "bad version");
  const expected = ["format", "version", "host", ...fields];
  const unknown = Object.keys(data).find((key) => !expected.includes(key));
  if (unknown !== undefined) throw new TokenFileError("malformed", `unknown field ${printable(unknown, 40)}`);
  if (data["host"] !== host)
    throw new TokenFileError("other-host", typeof data["host"] === "string" ? printable(data["host"], 100) : undefined);
  return data;
}
