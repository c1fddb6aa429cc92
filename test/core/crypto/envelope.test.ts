import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { armour, dearmour, isArmoured } from "../../../src/core/crypto/armour.js";
import { decrypt, encrypt, type KeySource } from "../../../src/core/crypto/envelope.js";
import { parseHeader } from "../../../src/core/crypto/envelope-header.js";
import { CryptoInputError, DecryptionError, type DecryptionFailure } from "../../../src/core/crypto/errors.js";
import type { RandomSource } from "../../../src/core/crypto/random.js";

/** Deterministic bytes from a counter, so envelopes are reproducible in tests. */
function seededRandom(seed: string): RandomSource {
  let counter = 0;
  return (size) => {
    const out = Buffer.alloc(size);
    for (let filled = 0; filled < size; filled += 32) {
      createHash("sha256").update(`${seed}:${counter++}`).digest().copy(out, filled);
    }
    return out;
  };
}

const rawKey: KeySource = { kind: "raw", key: Buffer.alloc(32, 7) };
const otherRawKey: KeySource = { kind: "raw", key: Buffer.alloc(32, 8) };
const passphrase: KeySource = { kind: "passphrase", passphrase: "correct horse battery staple" };

async function failure(promise: Promise<unknown>): Promise<DecryptionFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DecryptionError) return error.reason;
    throw new Error(`expected a DecryptionError, got ${String(error)}`);
  }
  throw new Error("expected decryption to fail, it succeeded");
}

describe("envelope with a raw 256-bit key", () => {
  it("round-trips, with and without associated data", async () => {
    const plaintext = Buffer.from("metadata:\n  id: secret-persona\n");
    expect(await decrypt(await encrypt(plaintext, rawKey), rawKey)).toEqual(plaintext);
    const aad = Buffer.from("elements/persona/secret-persona.yaml");
    const sealed = await encrypt(plaintext, rawKey, { associatedData: aad });
    expect(await decrypt(sealed, rawKey, { associatedData: aad })).toEqual(plaintext);
    expect(await failure(decrypt(sealed, rawKey))).toBe("authentication");
    expect(await failure(decrypt(sealed, rawKey, { associatedData: Buffer.from("elements/persona/other.yaml") }))).toBe(
      "authentication",
    );
  });

  it("is deterministic with an injected random source and fresh with the default one", async () => {
    const plaintext = Buffer.from("same");
    const a = await encrypt(plaintext, rawKey, { random: seededRandom("x") });
    const b = await encrypt(plaintext, rawKey, { random: seededRandom("x") });
    expect(a).toEqual(b);
    const c = await encrypt(plaintext, rawKey);
    const d = await encrypt(plaintext, rawKey);
    expect(parseHeader(c).header.nonce).not.toEqual(parseHeader(d).header.nonce);
  });

  it("refuses a wrong key with the typed error", async () => {
    const sealed = await encrypt(Buffer.from("hello"), rawKey);
    expect(await failure(decrypt(sealed, otherRawKey))).toBe("authentication");
    expect(await failure(decrypt(sealed, passphrase))).toBe("key-kind");
  });

  it("fails on every single-byte change and every truncation", async () => {
    const plaintext = Buffer.from("tiny!");
    const sealed = await encrypt(plaintext, rawKey, { random: seededRandom("tamper") });
    let checked = 0;
    for (let i = 0; i < sealed.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const altered = Buffer.from(sealed);
        altered[i] = (altered[i] ?? 0) ^ mask;
        await expect(decrypt(altered, rawKey)).rejects.toBeInstanceOf(DecryptionError);
        checked++;
      }
    }
    for (let length = 0; length < sealed.length; length++) {
      await expect(decrypt(sealed.subarray(0, length), rawKey)).rejects.toBeInstanceOf(DecryptionError);
      checked++;
    }
    await expect(decrypt(Buffer.concat([sealed, Buffer.from([0])]), rawKey)).rejects.toBeInstanceOf(DecryptionError);
    expect(checked).toBe(sealed.length * 4);
    // The untouched envelope still opens: the failures above come from the changes.
    expect(await decrypt(sealed, rawKey)).toEqual(plaintext);
  });

  it("never throws anything but DecryptionError on arbitrary input", async () => {
    const sealed = await encrypt(Buffer.from("x"), rawKey);
    const header = sealed.subarray(0, parseHeader(sealed).length);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 96 }), fc.boolean(), async (tail, keepHeader) => {
        const input = keepHeader ? Buffer.concat([header, tail]) : Buffer.from(tail);
        await expect(decrypt(input, rawKey)).rejects.toBeInstanceOf(DecryptionError);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a key that is not 256 bits before encrypting", async () => {
    await expect(encrypt(Buffer.from("x"), { kind: "raw", key: Buffer.alloc(16) })).rejects.toThrow(CryptoInputError);
    await expect(encrypt(Buffer.from("x"), { kind: "passphrase", passphrase: "" })).rejects.toThrow(
      /passphrase is empty/,
    );
  });

  it("names an unknown version and a foreign file", async () => {
    const sealed = await encrypt(Buffer.from("x"), rawKey);
    const future = Buffer.from(sealed);
    future[4] = 2;
    expect(await failure(decrypt(future, rawKey))).toBe("unsupported");
    expect(await failure(decrypt(Buffer.from("metadata:\n  id: x\n"), rawKey))).toBe("format");
  });
});

describe("envelope with a passphrase", () => {
  it("scrypt at OWASP's parameters: round trip, then a few alterations each fail", async () => {
    const plaintext = Buffer.from("data: private");
    const sealed = await encrypt(plaintext, passphrase, { random: seededRandom("scrypt") });
    const { header, length } = parseHeader(sealed);
    expect(header.kdf).toMatchObject({ id: "scrypt", cost: { N: 2 ** 17, r: 8, p: 1 } });
    expect(await decrypt(sealed, passphrase)).toEqual(plaintext);
    expect(await failure(decrypt(sealed, { kind: "passphrase", passphrase: "correct horse battery stapler" }))).toBe(
      "authentication",
    );
    const saltChanged = Buffer.from(sealed);
    saltChanged[12] = (saltChanged[12] ?? 0) ^ 1; // inside the salt
    expect(await failure(decrypt(saltChanged, passphrase))).toBe("authentication");
    const bodyChanged = Buffer.from(sealed);
    bodyChanged[length] = (bodyChanged[length] ?? 0) ^ 1;
    expect(await failure(decrypt(bodyChanged, passphrase))).toBe("authentication");
    // Truncation is covered exhaustively with a raw key; each scrypt derivation costs 128 MiB and ~0.5 s.
  });

  it("the same passphrase in another Unicode normal form opens the envelope", async () => {
    const composed = { kind: "passphrase", passphrase: "caf\u00e9" } as const;
    const decomposed = { kind: "passphrase", passphrase: "cafe\u0301" } as const;
    const sealed = await encrypt(Buffer.from("ok"), composed, { kdf: { id: "pbkdf2-sha256" } });
    expect((await decrypt(sealed, decomposed)).toString()).toBe("ok");
  });

  it("PBKDF2-HMAC-SHA256 at 600,000 iterations round-trips and refuses fewer", async () => {
    const sealed = await encrypt(Buffer.from("compat"), passphrase, { kdf: { id: "pbkdf2-sha256" } });
    expect(parseHeader(sealed).header.kdf).toMatchObject({ id: "pbkdf2-sha256", iterations: 600_000 });
    expect((await decrypt(sealed, passphrase)).toString()).toBe("compat");
    await expect(
      encrypt(Buffer.from("x"), passphrase, { kdf: { id: "pbkdf2-sha256", iterations: 100_000 } }),
    ).rejects.toThrow(CryptoInputError);
    await expect(
      encrypt(Buffer.from("x"), passphrase, { kdf: { id: "scrypt", cost: { N: 2 ** 10, r: 8, p: 1 } } }),
    ).rejects.toThrow(CryptoInputError);
  });

  it("refuses hostile header parameters before deriving anything", async () => {
    const sealed = await encrypt(Buffer.from("x"), passphrase, {
      kdf: { id: "pbkdf2-sha256" },
      random: seededRandom("p"),
    });
    const huge = Buffer.from(sealed);
    // Iterations 2^32: deriving would spin for hours, so ending at all (within the test timeout) shows it was
    // refused before deriving; no wall-clock bound, which a busy machine could break.
    huge.writeUInt32BE(0xffffffff, 7);
    expect(await failure(decrypt(huge, passphrase))).toBe("parameters");
    const scryptSealed = await encrypt(Buffer.from("x"), rawKey);
    // Hand-built scrypt header asking for N=2^30 (128 GiB): refused by the header check.
    const hostile = Buffer.concat([
      Buffer.from("NXSE"),
      Buffer.from([1, 1, 1, 30, 8, 1, 16]),
      Buffer.alloc(16),
      Buffer.from([12]),
      Buffer.alloc(12),
      Buffer.from([16]),
      scryptSealed.subarray(-20),
    ]);
    expect(await failure(decrypt(hostile, passphrase))).toBe("parameters");
  });
});

describe("armour", () => {
  it("round-trips through text, including CRLF line endings", async () => {
    const sealed = await encrypt(Buffer.alloc(200, 1), rawKey);
    const text = armour(sealed);
    expect(isArmoured(text)).toBe(true);
    expect(text.split("\n").every((line) => line.length <= 64 || line.startsWith("-----"))).toBe(true);
    expect(dearmour(text)).toEqual(sealed);
    expect(dearmour(text.replace(/\n/g, "\r\n"))).toEqual(sealed);
  });

  it("refuses missing markers and characters that are not base64", () => {
    const text = armour(Buffer.from("abc"));
    expect(() => dearmour(text.replace("-----END", "-----FIN"))).toThrow(DecryptionError);
    expect(() => dearmour(text.replace("YWJj", "YW*j"))).toThrow(DecryptionError);
    expect(() => dearmour("metadata: {}")).toThrow(DecryptionError);
    expect(isArmoured("metadata: {}")).toBe(false);
  });
});
