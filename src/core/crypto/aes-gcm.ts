import { createCipheriv, createDecipheriv } from "node:crypto";
import { CryptoInputError, DecryptionError } from "./errors.js";

export const AES_256_KEY_LENGTH = 32;
export const GCM_NONCE_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;

export interface Sealed {
  ciphertext: Buffer;
  tag: Buffer;
}

function checkKeyAndNonce(key: Uint8Array, nonce: Uint8Array): void {
  if (key.length !== AES_256_KEY_LENGTH)
    throw new CryptoInputError(`AES-256-GCM needs a ${AES_256_KEY_LENGTH}-byte key, got ${key.length} bytes`);
  // 96-bit nonces only: other lengths go through GHASH and weaken the random-nonce bound.
  if (nonce.length !== GCM_NONCE_LENGTH)
    throw new CryptoInputError(`AES-256-GCM needs a ${GCM_NONCE_LENGTH}-byte nonce, got ${nonce.length} bytes`);
}

export function gcmSeal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Sealed {
  checkKeyAndNonce(key, nonce);
  const cipher = createCipheriv("aes-256-gcm", key, nonce, { authTagLength: GCM_TAG_LENGTH });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, tag: cipher.getAuthTag() };
}

/** Returns the plaintext only after the tag verified; any failure is a DecryptionError("authentication"). */
export function gcmOpen(key: Uint8Array, nonce: Uint8Array, sealed: Sealed, aad: Uint8Array): Buffer {
  checkKeyAndNonce(key, nonce);
  // Without authTagLength Node accepts tags as short as 4 bytes: a forgery shortcut.
  if (sealed.tag.length !== GCM_TAG_LENGTH) throw new DecryptionError("authentication", "tag length");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: GCM_TAG_LENGTH });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    const head = decipher.update(sealed.ciphertext);
    return Buffer.concat([head, decipher.final()]);
  } catch {
    throw new DecryptionError("authentication");
  }
}
