import { createHash } from "node:crypto";
import { ARMOUR_END, armour, dearmour } from "../crypto/armour.js";
import { decrypt, encrypt } from "../crypto/envelope.js";
import { DecryptionError } from "../crypto/errors.js";
import type { ScryptCost } from "../crypto/kdf.js";
import type { RandomSource } from "../crypto/random.js";
import { printable } from "./printable.js";
import { TokenFileError } from "./token-file-error.js";
import { parseToken, serializeToken } from "./token-file-format.js";

/**
 * A token file sealed with a passphrase: the core envelope (AES-256-GCM, key from scrypt) in text armour, after
 * one header line naming the format, the host and the SHA-256 of the envelope:
 *
 *   nexs-publish sealed token v1 host=api.github.com sha256=<64 hex digits>
 *   -----BEGIN NEXS-PUBLISH ENVELOPE-----
 *   ...
 *
 * GCM alone cannot tell a wrong passphrase from altered bytes. The checksum (no key, so no secret) can: bytes
 * that still match it were not changed, so a failing tag means the passphrase is wrong. Security rests on GCM
 * only; whoever rewrites the checksum too just gets "wrong passphrase" for a file that opens for no one.
 * The header line without the checksum is the envelope's associated data, binding host and version.
 */
const PREFIX = "nexs-publish sealed token ";
const HEADER = /^nexs-publish sealed token v(\d+) host=(\S+) sha256=([0-9a-f]{64})$/;
const VERSION = 1;

/** One of OWASP's listed scrypt settings: as costly to guess as N=2^17, r=8, p=1, in 8 MiB instead of 128 MiB. */
export const TOKEN_FILE_SCRYPT: ScryptCost = { N: 2 ** 13, r: 8, p: 10 };

export interface SealOptions {
  random?: RandomSource;
}

export async function sealToken(
  host: string,
  token: string,
  passphrase: string,
  options: SealOptions = {},
): Promise<string> {
  const plaintext = Buffer.from(serializeToken(host, token), "utf8");
  const kdf = { id: "scrypt", cost: TOKEN_FILE_SCRYPT } as const;
  const sealOptions = { associatedData: associatedData(VERSION, host), kdf };
  const envelope = await encrypt(plaintext, { kind: "passphrase", passphrase }, { ...sealOptions, ...options });
  return `${PREFIX}v${VERSION} host=${host} sha256=${sha256(envelope)}\n${armour(envelope)}`;
}

/** The token, or a TokenFileError that tells truncation, tampering and a wrong passphrase apart. */
export async function unsealToken(text: string, host: string, passphrase: string): Promise<string> {
  const newline = text.indexOf("\n");
  const firstLine = (newline === -1 ? text : text.slice(0, newline)).replace(/\r$/, "");
  if (!text.startsWith(PREFIX)) throw new TokenFileError(PREFIX.startsWith(text) ? "truncated" : "malformed");
  if (newline === -1) throw new TokenFileError("truncated");
  const header = HEADER.exec(firstLine);
  if (!header) throw new TokenFileError("tampered", "header line");
  const [, versionText = "", fileHost = "", checksum = ""] = header;
  const version = Number(versionText);
  if (version > VERSION) throw new TokenFileError("unsupported", `version ${version}`);
  if (version !== VERSION) throw new TokenFileError("tampered", "header line");
  if (fileHost !== host) throw new TokenFileError("other-host", printable(fileHost, 100));
  const body = text.slice(newline + 1);
  if (!body.includes(ARMOUR_END)) throw new TokenFileError("truncated");
  const envelope = dearmourOrTampered(body);
  if (sha256(envelope) !== checksum) throw new TokenFileError("tampered");
  const plaintext = await openEnvelope(envelope, version, host, passphrase);
  return parseToken(plaintext.toString("utf8"), host);
}

function dearmourOrTampered(body: string): Buffer {
  try {
    return dearmour(body);
  } catch (error) {
    if (error instanceof DecryptionError) throw new TokenFileError("tampered", "armour");
    throw error;
  }
}

async function openEnvelope(envelope: Buffer, version: number, host: string, passphrase: string): Promise<Buffer> {
  try {
    return await decrypt(
      envelope,
      { kind: "passphrase", passphrase },
      { associatedData: associatedData(version, host) },
    );
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    // The bytes match their checksum: only the key can be wrong, unless the writer itself was not nexs-publish.
    if (error.reason === "authentication") throw new TokenFileError("wrong-passphrase");
    if (error.reason === "unsupported") throw new TokenFileError("unsupported", error.message);
    throw new TokenFileError("tampered", error.reason);
  }
}

function associatedData(version: number, host: string): Buffer {
  return Buffer.from(`${PREFIX}v${version} host=${host}`, "utf8");
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
