import { pbkdf2, scrypt } from "node:crypto";
import { CryptoInputError } from "./errors.js";

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1 (128 MiB), and its listed equivalents. */
export const SCRYPT_OWASP: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
export const SCRYPT_ACCEPTED: readonly ScryptCost[] = [
  SCRYPT_OWASP,
  { N: 2 ** 16, r: 8, p: 2 },
  { N: 2 ** 15, r: 8, p: 3 },
  { N: 2 ** 14, r: 8, p: 5 },
  { N: 2 ** 13, r: 8, p: 10 },
];

/** OWASP's floor for PBKDF2-HMAC-SHA256, and a ceiling so a hostile header cannot make us spin for minutes. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
export const PBKDF2_MAX_ITERATIONS = 2_000_000;

export function isAcceptedScryptCost(cost: ScryptCost): boolean {
  return SCRYPT_ACCEPTED.some((c) => c.N === cost.N && c.r === cost.r && c.p === cost.p);
}

export function isAcceptedPbkdf2Iterations(iterations: number): boolean {
  return Number.isInteger(iterations) && iterations >= PBKDF2_MIN_ITERATIONS && iterations <= PBKDF2_MAX_ITERATIONS;
}

/**
 * scrypt with maxmem raised to what the cost needs (Node's 32 MiB default refuses N=2^17, r=8).
 * No bounds here: callers that read costs from untrusted input check them first.
 */
export function scryptDerive(
  secret: Uint8Array | string,
  salt: Uint8Array | string,
  cost: ScryptCost,
  length: number,
): Promise<Buffer> {
  // OpenSSL needs 128·r·(N + p + 2) bytes; the slack covers its bookkeeping.
  const maxmem = 128 * cost.r * (cost.N + cost.p + 2) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    try {
      scrypt(secret, salt, length, { N: cost.N, r: cost.r, p: cost.p, maxmem }, (error, key) =>
        error ? reject(toInputError(error)) : resolve(key),
      );
    } catch (error) {
      // Invalid parameters throw synchronously.
      reject(toInputError(error));
    }
  });
}

export function pbkdf2Sha256Derive(
  secret: Uint8Array | string,
  salt: Uint8Array | string,
  iterations: number,
  length: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    try {
      pbkdf2(secret, salt, iterations, length, "sha256", (error, key) =>
        error ? reject(toInputError(error)) : resolve(key),
      );
    } catch (error) {
      reject(toInputError(error));
    }
  });
}

function toInputError(error: unknown): CryptoInputError {
  return new CryptoInputError(
    `key derivation refused its parameters: ${error instanceof Error ? error.message : String(error)}`,
  );
}
