import { describe, expect, it } from "vitest";
import { hmacSha256, verifyHmacSha256 } from "../../../src/core/crypto/hmac.js";

describe("HMAC-SHA256 verification", () => {
  const key = "k";
  const data = "payload";
  const mac = hmacSha256(key, data);

  it("accepts the exact signature only", () => {
    expect(verifyHmacSha256(key, data, mac)).toBe(true);
    expect(verifyHmacSha256("other", data, mac)).toBe(false);
    expect(verifyHmacSha256(key, "payloaD", mac)).toBe(false);
    for (let i = 0; i < mac.length; i++) {
      const altered = Buffer.from(mac);
      altered[i] = (altered[i] ?? 0) ^ 0x01;
      expect(verifyHmacSha256(key, data, altered)).toBe(false);
    }
  });

  it("checks the length before comparing, so short, long and empty signatures are false, not errors", () => {
    expect(verifyHmacSha256(key, data, mac.subarray(0, 31))).toBe(false);
    expect(verifyHmacSha256(key, data, Buffer.concat([mac, Buffer.from([0])]))).toBe(false);
    expect(verifyHmacSha256(key, data, Buffer.alloc(0))).toBe(false);
  });
});
