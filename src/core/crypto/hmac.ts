import { createHmac, timingSafeEqual } from "node:crypto";

export const HMAC_SHA256_LENGTH = 32;

export function hmacSha256(key: Uint8Array | string, data: Uint8Array | string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

/** Constant-time check of a full-length HMAC-SHA256; a signature of any other length is simply wrong. */
export function verifyHmacSha256(key: Uint8Array | string, data: Uint8Array | string, signature: Uint8Array): boolean {
  if (signature.length !== HMAC_SHA256_LENGTH) return false;
  return timingSafeEqual(hmacSha256(key, data), signature);
}
