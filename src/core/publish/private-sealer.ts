// Private elements travel to the collection as core crypto envelopes in text armour, never as plain text.
//
// Idempotency: the three-way plan compares git blob SHAs computed locally, without downloading anything. A random
// nonce would give a new ciphertext, hence a new blob, on every run: every re-run would rewrite every private
// element and "nothing new" would never cost zero writes. So the nonce (and, for a passphrase, the salt) is
// derived from the key and the content instead (SIV-style): equal (path, plaintext) → equal envelope → equal
// blob. GCM's one rule, never reuse a nonce for different plaintexts under one key, still holds: the nonce is
// HMAC-SHA256(nonce key, path ‖ plaintext), so different inputs give different nonces (a collision is 2^-96).
// What leaks is only that two runs published the same plaintext, which the unchanged blob says anyway.
// The nonce key comes from the AES key itself (raw key, or the passphrase stretched by scrypt), never from the
// bare passphrase: a public nonce keyed by the passphrase would allow fast offline guessing, bypassing scrypt.
import { createHash } from "node:crypto";
import { GCM_NONCE_LENGTH } from "../crypto/aes-gcm.js";
import { armour } from "../crypto/armour.js";
import { type KeySource, prepareSealingKey, sealWithKey } from "../crypto/envelope.js";
import { SALT_LENGTH } from "../crypto/envelope-header.js";
import { hmacSha256 } from "../crypto/hmac.js";
import type { RandomSource } from "../crypto/random.js";

export class EncryptionKeyError extends Error {
  override readonly name = "EncryptionKeyError";
}

/** Shortest passphrase accepted; a 256-bit key (64 hex digits or 44 base64 characters) is better. */
export const MIN_PASSPHRASE_LENGTH = 16;

/**
 * The `encryption-key` input: 64 hex digits or base64 of exactly 32 bytes is a raw AES-256 key; anything else
 * is a passphrase (scrypt). Refuses short passphrases with a message that says how to make a good key.
 */
export function parseEncryptionKey(text: string): KeySource {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return { kind: "raw", key: Buffer.from(trimmed, "hex") };
  if (/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed, "base64");
    if (bytes.length === 32) return { kind: "raw", key: bytes };
  }
  if (trimmed.length < MIN_PASSPHRASE_LENGTH) {
    throw new EncryptionKeyError(
      `encryption-key is neither a 256-bit key nor a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters; ` +
        "create one with `openssl rand -base64 32` and store it as a secret",
    );
  }
  return { kind: "passphrase", passphrase: trimmed };
}

export interface PrivateSealer {
  /** The armoured envelope of `plaintext`, bound to `path` (associated data): the same inputs give the same text. */
  seal(path: string, plaintext: Uint8Array): Promise<string>;
}

const LABEL = "nexs-publish/v1/private-element";

/**
 * A sealer for one run. `scope` (the source repository's name) salts the passphrase derivation, so two sources
 * with the same passphrase derive different keys; the one derivation of the run gives the AES key of every
 * envelope and the nonce key.
 */
export async function createPrivateSealer(key: KeySource, scope: string): Promise<PrivateSealer> {
  const salt =
    key.kind === "passphrase"
      ? createHash("sha256").update(`${LABEL}/salt\0${scope}`).digest().subarray(0, SALT_LENGTH)
      : undefined;
  const sealingKey = await prepareSealingKey(key, { random: scripted(salt ? [salt] : []) });
  const nonceKey = hmacSha256(sealingKey.aesKey, `${LABEL}/nonce-key`);
  return {
    async seal(path, plaintext) {
      const pathBytes = Buffer.from(path, "utf8");
      const nonce = hmacSha256(
        nonceKey,
        Buffer.concat([lengthPrefix(pathBytes.length), pathBytes, plaintext]),
      ).subarray(0, GCM_NONCE_LENGTH);
      return armour(sealWithKey(plaintext, sealingKey, { associatedData: pathBytes, random: scripted([nonce]) }));
    },
  };
}

function lengthPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(length);
  return prefix;
}

/** A RandomSource that hands out the given values in order, refusing any request of another size. */
function scripted(values: readonly Uint8Array[]): RandomSource {
  const queue = [...values];
  return (size) => {
    const next = queue.shift();
    if (!next || next.length !== size)
      throw new Error(`private element sealing: unexpected request for ${size} random bytes`);
    return next;
  };
}
