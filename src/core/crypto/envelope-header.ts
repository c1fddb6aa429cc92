import { GCM_NONCE_LENGTH, GCM_TAG_LENGTH } from "./aes-gcm.js";
import { DecryptionError } from "./errors.js";
import { isAcceptedPbkdf2Iterations, isAcceptedScryptCost, type ScryptCost } from "./kdf.js";

/**
 * Binary header of an envelope, all of it authenticated as GCM associated data:
 *
 *   "NXSE" | version u8 | algorithm u8 | kdf u8 | kdf parameters | salt length u8 | salt | nonce length u8 | nonce | tag length u8
 *
 * kdf parameters: raw → none; scrypt → log2(N) u8, r u8, p u8; pbkdf2-sha256 → iterations u32 big-endian.
 * The ciphertext follows the header and the 16-byte tag ends the envelope.
 */
export const ENVELOPE_MAGIC = Buffer.from("NXSE", "ascii");
export const ENVELOPE_VERSION = 1;
const ALGORITHM_AES_256_GCM = 1;
const KDF_IDS = { raw: 0, scrypt: 1, "pbkdf2-sha256": 2 } as const;

export const SALT_LENGTH = 16;
const MIN_SALT_LENGTH = 16;
const MAX_SALT_LENGTH = 64;

export type KdfHeader =
  | { id: "raw" }
  | { id: "scrypt"; cost: ScryptCost; salt: Buffer }
  | { id: "pbkdf2-sha256"; iterations: number; salt: Buffer };

export interface EnvelopeHeader {
  version: typeof ENVELOPE_VERSION;
  algorithm: "aes-256-gcm";
  kdf: KdfHeader;
  nonce: Buffer;
}

export function encodeHeader(header: EnvelopeHeader): Buffer {
  const parts: Buffer[] = [
    ENVELOPE_MAGIC,
    Buffer.from([header.version, ALGORITHM_AES_256_GCM, KDF_IDS[header.kdf.id]]),
  ];
  const kdf = header.kdf;
  let salt: Buffer = Buffer.alloc(0);
  if (kdf.id === "scrypt") {
    parts.push(Buffer.from([Math.log2(kdf.cost.N), kdf.cost.r, kdf.cost.p]));
    salt = kdf.salt;
  } else if (kdf.id === "pbkdf2-sha256") {
    const iterations = Buffer.alloc(4);
    iterations.writeUInt32BE(kdf.iterations);
    parts.push(iterations);
    salt = kdf.salt;
  }
  parts.push(
    Buffer.from([salt.length]),
    salt,
    Buffer.from([header.nonce.length]),
    header.nonce,
    Buffer.from([GCM_TAG_LENGTH]),
  );
  return Buffer.concat(parts);
}

/** Reads bytes in order; running past the end means the envelope was cut short. */
class Cursor {
  offset = 0;
  constructor(private readonly bytes: Buffer) {}
  take(length: number): Buffer {
    if (this.offset + length > this.bytes.length) throw new DecryptionError("truncated");
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  u8(): number {
    return this.take(1).readUInt8(0);
  }
  u32(): number {
    return this.take(4).readUInt32BE(0);
  }
}

/** Parses and bounds-checks a header; every refusal is a DecryptionError, before any key derivation. */
export function parseHeader(bytes: Buffer): { header: EnvelopeHeader; length: number } {
  const cursor = new Cursor(bytes);
  const magic = bytes.subarray(0, ENVELOPE_MAGIC.length);
  if (!ENVELOPE_MAGIC.subarray(0, magic.length).equals(magic)) throw new DecryptionError("format", "magic");
  cursor.take(ENVELOPE_MAGIC.length);
  const version = cursor.u8();
  if (version !== ENVELOPE_VERSION) throw new DecryptionError("unsupported", `version ${version}`);
  const algorithm = cursor.u8();
  if (algorithm !== ALGORITHM_AES_256_GCM) throw new DecryptionError("unsupported", `algorithm ${algorithm}`);
  const kdfId = cursor.u8();
  let kdf: KdfHeader;
  if (kdfId === KDF_IDS.raw) {
    if (cursor.u8() !== 0) throw new DecryptionError("parameters", "a raw key takes no salt");
    kdf = { id: "raw" };
  } else if (kdfId === KDF_IDS.scrypt) {
    const logN = cursor.u8();
    const cost = { N: 2 ** logN, r: cursor.u8(), p: cursor.u8() };
    if (!isAcceptedScryptCost(cost))
      throw new DecryptionError("parameters", `scrypt N=2^${logN} r=${cost.r} p=${cost.p}`);
    kdf = { id: "scrypt", cost, salt: readSalt(cursor) };
  } else if (kdfId === KDF_IDS["pbkdf2-sha256"]) {
    const iterations = cursor.u32();
    if (!isAcceptedPbkdf2Iterations(iterations))
      throw new DecryptionError("parameters", `pbkdf2 iterations ${iterations}`);
    kdf = { id: "pbkdf2-sha256", iterations, salt: readSalt(cursor) };
  } else {
    throw new DecryptionError("unsupported", `key derivation ${kdfId}`);
  }
  const nonceLength = cursor.u8();
  if (nonceLength !== GCM_NONCE_LENGTH) throw new DecryptionError("parameters", `nonce length ${nonceLength}`);
  const nonce = Buffer.from(cursor.take(nonceLength));
  const tagLength = cursor.u8();
  if (tagLength !== GCM_TAG_LENGTH) throw new DecryptionError("parameters", `tag length ${tagLength}`);
  return { header: { version: ENVELOPE_VERSION, algorithm: "aes-256-gcm", kdf, nonce }, length: cursor.offset };
}

function readSalt(cursor: Cursor): Buffer {
  const length = cursor.u8();
  if (length < MIN_SALT_LENGTH || length > MAX_SALT_LENGTH)
    throw new DecryptionError("parameters", `salt length ${length}`);
  return Buffer.from(cursor.take(length));
}
