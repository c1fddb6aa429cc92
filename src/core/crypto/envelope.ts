import { AES_256_KEY_LENGTH, GCM_NONCE_LENGTH, GCM_TAG_LENGTH, gcmOpen, gcmSeal } from "./aes-gcm.js";
import { ENVELOPE_VERSION, encodeHeader, type KdfHeader, parseHeader, SALT_LENGTH } from "./envelope-header.js";
import { CryptoInputError, DecryptionError } from "./errors.js";
import {
  isAcceptedPbkdf2Iterations,
  isAcceptedScryptCost,
  PBKDF2_MIN_ITERATIONS,
  pbkdf2Sha256Derive,
  SCRYPT_OWASP,
  type ScryptCost,
  scryptDerive,
} from "./kdf.js";
import { type RandomSource, systemRandom } from "./random.js";

/** A 256-bit key as is, or a passphrase stretched by the envelope's key-derivation function. */
export type KeySource = { kind: "raw"; key: Uint8Array } | { kind: "passphrase"; passphrase: string | Uint8Array };

export type KdfChoice = { id: "scrypt"; cost?: ScryptCost } | { id: "pbkdf2-sha256"; iterations?: number };

export interface EncryptOptions {
  /** Bound into the tag but not stored: decrypt must be given the same bytes (e.g. the element's path). */
  associatedData?: Uint8Array;
  /** For passphrases; scrypt at OWASP's parameters unless told otherwise. Ignored for raw keys. */
  kdf?: KdfChoice;
  random?: RandomSource;
}

export interface DecryptOptions {
  associatedData?: Uint8Array;
}

export async function encrypt(plaintext: Uint8Array, key: KeySource, options: EncryptOptions = {}): Promise<Buffer> {
  return sealWithKey(plaintext, await prepareSealingKey(key, options), options);
}

/** An AES key ready to seal with, and the key-derivation header (salt included) each envelope it seals carries. */
export interface SealingKey {
  kdf: KdfHeader;
  aesKey: Buffer;
}

/**
 * Derives the AES key once, for sealing many envelopes: a passphrase then costs one scrypt or PBKDF2 run (and
 * one salt) for all of them instead of one per envelope. Each envelope still gets its own nonce.
 */
export async function prepareSealingKey(
  key: KeySource,
  options: Pick<EncryptOptions, "kdf" | "random"> = {},
): Promise<SealingKey> {
  const kdf = chooseKdf(key, options.kdf, options.random ?? systemRandom);
  return { kdf, aesKey: await deriveKey(key, kdf) };
}

/** One envelope under a prepared key; `encrypt` is prepareSealingKey followed by this. */
export function sealWithKey(
  plaintext: Uint8Array,
  key: SealingKey,
  options: Pick<EncryptOptions, "associatedData" | "random"> = {},
): Buffer {
  const nonce = take(options.random ?? systemRandom, GCM_NONCE_LENGTH);
  const header = encodeHeader({ version: ENVELOPE_VERSION, algorithm: "aes-256-gcm", kdf: key.kdf, nonce });
  const sealed = gcmSeal(key.aesKey, nonce, plaintext, aad(header, options.associatedData));
  return Buffer.concat([header, sealed.ciphertext, sealed.tag]);
}

/** Opens an envelope or throws DecryptionError; never returns unauthenticated bytes. */
export async function decrypt(envelope: Uint8Array, key: KeySource, options: DecryptOptions = {}): Promise<Buffer> {
  const bytes = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
  const { header, length } = parseHeader(bytes);
  if (bytes.length < length + GCM_TAG_LENGTH) throw new DecryptionError("truncated");
  if ((header.kdf.id === "raw") !== (key.kind === "raw")) throw new DecryptionError("key-kind");
  let aesKey: Buffer;
  try {
    aesKey = await deriveKey(key, header.kdf);
  } catch (error) {
    if (error instanceof CryptoInputError) throw new DecryptionError("authentication", "unusable key");
    throw error;
  }
  const headerBytes = bytes.subarray(0, length);
  const ciphertext = bytes.subarray(length, bytes.length - GCM_TAG_LENGTH);
  const tag = bytes.subarray(bytes.length - GCM_TAG_LENGTH);
  return gcmOpen(aesKey, header.nonce, { ciphertext, tag }, aad(headerBytes, options.associatedData));
}

// The header is self-delimiting, so header ‖ associated data is unambiguous.
function aad(header: Buffer, associatedData: Uint8Array | undefined): Buffer {
  return associatedData ? Buffer.concat([header, associatedData]) : header;
}

function chooseKdf(key: KeySource, choice: KdfChoice | undefined, random: RandomSource): KdfHeader {
  if (key.kind === "raw") {
    if (key.key.length !== AES_256_KEY_LENGTH)
      throw new CryptoInputError(
        `a raw key must be exactly ${AES_256_KEY_LENGTH} bytes (256 bits), got ${key.key.length}`,
      );
    return { id: "raw" };
  }
  if (key.passphrase.length === 0) throw new CryptoInputError("the passphrase is empty");
  const salt = take(random, SALT_LENGTH);
  if (choice?.id === "pbkdf2-sha256") {
    const iterations = choice.iterations ?? PBKDF2_MIN_ITERATIONS;
    if (!isAcceptedPbkdf2Iterations(iterations))
      throw new CryptoInputError(
        `PBKDF2 iterations must be an integer from ${PBKDF2_MIN_ITERATIONS}, got ${iterations}`,
      );
    return { id: "pbkdf2-sha256", iterations, salt };
  }
  const cost = choice?.cost ?? SCRYPT_OWASP;
  if (!isAcceptedScryptCost(cost))
    throw new CryptoInputError(`scrypt N=${cost.N} r=${cost.r} p=${cost.p} is not one of OWASP's recommended settings`);
  return { id: "scrypt", cost, salt };
}

function deriveKey(key: KeySource, kdf: KdfHeader): Promise<Buffer> {
  if (key.kind === "raw") {
    if (key.key.length !== AES_256_KEY_LENGTH)
      return Promise.reject(new CryptoInputError(`a raw key must be exactly ${AES_256_KEY_LENGTH} bytes`));
    return Promise.resolve(Buffer.from(key.key));
  }
  // NFC so the same passphrase typed on different systems derives the same key.
  const secret =
    typeof key.passphrase === "string" ? Buffer.from(key.passphrase.normalize("NFC"), "utf8") : key.passphrase;
  if (kdf.id === "scrypt") return scryptDerive(secret, kdf.salt, kdf.cost, AES_256_KEY_LENGTH);
  if (kdf.id === "pbkdf2-sha256") return pbkdf2Sha256Derive(secret, kdf.salt, kdf.iterations, AES_256_KEY_LENGTH);
  return Promise.reject(new CryptoInputError("a passphrase cannot open a raw-key envelope"));
}

function take(random: RandomSource, size: number): Buffer {
  const bytes = random(size);
  if (bytes.length !== size)
    throw new CryptoInputError(`the random source returned ${bytes.length} bytes, ${size} were asked for`);
  return Buffer.from(bytes);
}
