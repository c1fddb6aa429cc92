// Published test vectors, copied from the documents named on each block (not produced by the code under test).
import { describe, expect, it } from "vitest";
import { gcmOpen, gcmSeal } from "../../../src/core/crypto/aes-gcm.js";
import { CryptoInputError, DecryptionError } from "../../../src/core/crypto/errors.js";
import { hmacSha256, verifyHmacSha256 } from "../../../src/core/crypto/hmac.js";
import { pbkdf2Sha256Derive, scryptDerive } from "../../../src/core/crypto/kdf.js";

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ""), "hex");

describe("RFC 7914 section 12: scrypt", () => {
  const vectors = [
    {
      P: "",
      S: "",
      N: 16,
      r: 1,
      p: 1,
      DK: `77 d6 57 62 38 65 7b 20 3b 19 ca 42 c1 8a 04 97 f1 6b 48 44 e3 07 4a e8 df df fa 3f ed e2 14 42
           fc d0 06 9d ed 09 48 f8 32 6a 75 3a 0f c8 1f 17 e8 d3 e0 fb 2e 0d 36 28 cf 35 e2 0c 38 d1 89 06`,
    },
    {
      P: "password",
      S: "NaCl",
      N: 1024,
      r: 8,
      p: 16,
      DK: `fd ba be 1c 9d 34 72 00 78 56 e7 19 0d 01 e9 fe 7c 6a d7 cb c8 23 78 30 e7 73 76 63 4b 37 31 62
           2e af 30 d9 2e 22 a3 88 6f f1 09 27 9d 98 30 da c7 27 af b9 4a 83 ee 6d 83 60 cb df a2 cc 06 40`,
    },
    {
      P: "pleaseletmein",
      S: "SodiumChloride",
      N: 16384,
      r: 8,
      p: 1,
      DK: `70 23 bd cb 3a fd 73 48 46 1c 06 cd 81 fd 38 eb fd a8 fb ba 90 4f 8e 3e a9 b5 43 f6 54 5d a1 f2
           d5 43 29 55 61 3f 0f cf 62 d4 97 05 24 2a 9a f9 e6 1e 85 dc 0d 65 1e 40 df cf 01 7b 45 57 58 87`,
    },
  ];
  for (const v of vectors) {
    it(`P="${v.P}" S="${v.S}" N=${v.N} r=${v.r} p=${v.p}`, async () => {
      expect((await scryptDerive(v.P, v.S, { N: v.N, r: v.r, p: v.p }, 64)).toString("hex")).toBe(
        hex(v.DK).toString("hex"),
      );
    });
  }
  // N=1048576 needs 1 GiB and several seconds per run on these 2-core machines: too slow for a suite run twice in CI.
  it.skip("P=pleaseletmein S=SodiumChloride N=1048576 r=8 p=1 (skipped: 1 GiB, several seconds)", () => {});

  it("refuses impossible parameters with a typed error instead of a thrown RangeError", async () => {
    await expect(scryptDerive("x", "y", { N: 3, r: 8, p: 1 }, 32)).rejects.toBeInstanceOf(CryptoInputError);
  });
});

describe("RFC 7914 section 11: PBKDF2-HMAC-SHA256", () => {
  it('P="passwd" S="salt" c=1', async () => {
    const dk = await pbkdf2Sha256Derive("passwd", "salt", 1, 64);
    expect(dk.toString("hex")).toBe(
      hex(`55 ac 04 6e 56 e3 08 9f ec 16 91 c2 25 44 b6 05 f9 41 85 21 6d de 04 65 e6 8b 9d 57 c2 0d ac bc
           49 ca 9c cc f1 79 b6 45 99 16 64 b3 9d 77 ef 31 7c 71 b8 45 b1 e3 0b d5 09 11 20 41 d3 a1 97 83`).toString(
        "hex",
      ),
    );
  });
  it('P="Password" S="NaCl" c=80000', async () => {
    const dk = await pbkdf2Sha256Derive("Password", "NaCl", 80000, 64);
    expect(dk.toString("hex")).toBe(
      hex(`4d dc d8 f6 0b 98 be 21 83 0c ee 5e f2 27 01 f9 64 1a 44 18 d0 4c 04 14 ae ff 08 87 6b 34 ab 56
           a1 d4 25 a1 22 58 33 54 9a db 84 1b 51 c9 b3 17 6a 27 2b de bb a1 d0 78 47 8f 62 b3 97 f3 3c 8d`).toString(
        "hex",
      ),
    );
  });
});

describe("McGrew-Viega GCM specification, AES-256 test cases with 96-bit IVs", () => {
  const K15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
  const P15 =
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
  const cases = [
    { n: 13, K: "00".repeat(32), P: "", A: "", IV: "00".repeat(12), C: "", T: "530f8afbc74536b9a963b4f1c4cb738b" },
    {
      n: 14,
      K: "00".repeat(32),
      P: "00".repeat(16),
      A: "",
      IV: "00".repeat(12),
      C: "cea7403d4d606b6e074ec5d3baf39d18",
      T: "d0d1c8a799996bf0265b98b5d48ab919",
    },
    {
      n: 15,
      K: K15,
      P: P15,
      A: "",
      IV: "cafebabefacedbaddecaf888",
      C: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
      T: "b094dac5d93471bdec1a502270e3cc6c",
    },
    {
      n: 16,
      K: K15,
      P: P15.slice(0, 120),
      A: "feedfacedeadbeeffeedfacedeadbeefabaddad2",
      IV: "cafebabefacedbaddecaf888",
      C: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
      T: "76fc6ece0f4e1768cddf8853bb2d551b",
    },
  ];
  for (const c of cases) {
    it(`test case ${c.n}: seal and open`, () => {
      const sealed = gcmSeal(hex(c.K), hex(c.IV), hex(c.P), hex(c.A));
      expect(sealed.ciphertext.toString("hex")).toBe(c.C);
      expect(sealed.tag.toString("hex")).toBe(c.T);
      expect(gcmOpen(hex(c.K), hex(c.IV), { ciphertext: hex(c.C), tag: hex(c.T) }, hex(c.A)).toString("hex")).toBe(c.P);
    });
    it(`test case ${c.n}: a flipped tag bit or a truncated tag is refused`, () => {
      const tag = hex(c.T);
      tag[0] = (tag[0] ?? 0) ^ 1;
      expect(() => gcmOpen(hex(c.K), hex(c.IV), { ciphertext: hex(c.C), tag }, hex(c.A))).toThrow(DecryptionError);
      // Node alone would accept a 4-byte prefix of the right tag.
      expect(() =>
        gcmOpen(hex(c.K), hex(c.IV), { ciphertext: hex(c.C), tag: hex(c.T).subarray(0, 4) }, hex(c.A)),
      ).toThrow(DecryptionError);
    });
  }
  it("test cases 17 and 18 use 64-bit and 480-bit IVs, which this module refuses by design", () => {
    expect(() => gcmSeal(hex(K15), hex("cafebabefacedbad"), hex(P15), Buffer.alloc(0))).toThrow(CryptoInputError);
    expect(() => gcmSeal(hex(K15), Buffer.alloc(60), hex(P15), Buffer.alloc(0))).toThrow(/12-byte nonce/);
  });
});

describe("RFC 4231: HMAC-SHA256 test cases 1-7", () => {
  const aa131 = "aa".repeat(131);
  const cases = [
    {
      n: 1,
      key: "0b".repeat(20),
      data: Buffer.from("Hi There"),
      mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    },
    {
      n: 2,
      key: Buffer.from("Jefe").toString("hex"),
      data: Buffer.from("what do ya want for nothing?"),
      mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    },
    {
      n: 3,
      key: "aa".repeat(20),
      data: hex("dd".repeat(50)),
      mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    },
    {
      n: 4,
      key: "0102030405060708090a0b0c0d0e0f10111213141516171819",
      data: hex("cd".repeat(50)),
      mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    },
    // Case 5 publishes only the first 128 bits of the output.
    { n: 5, key: "0c".repeat(20), data: Buffer.from("Test With Truncation"), mac: "a3b6167473100ee06e0c796c2955552b" },
    {
      n: 6,
      key: aa131,
      data: Buffer.from("Test Using Larger Than Block-Size Key - Hash Key First"),
      mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    },
    {
      n: 7,
      key: aa131,
      data: Buffer.from(
        "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
      ),
      mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    },
  ];
  for (const c of cases) {
    it(`test case ${c.n}`, () => {
      const mac = hmacSha256(hex(c.key), c.data);
      expect(mac.subarray(0, c.mac.length / 2).toString("hex")).toBe(c.mac);
      if (c.n === 5) {
        // A truncated MAC never verifies: only full-length signatures are accepted.
        expect(verifyHmacSha256(hex(c.key), c.data, hex(c.mac))).toBe(false);
      } else {
        expect(verifyHmacSha256(hex(c.key), c.data, hex(c.mac))).toBe(true);
      }
    });
  }
});
