import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendMarker, encodePayload, findMarker, formatMarker, MAX_MARKER_PAYLOAD_CHARS, parseMarker, type MarkerPayload } from "../../../src/core/tracking/marker.js";
import { encodeMarker, signPayloadText, trustByOrigin, verifyMarker } from "../../../src/core/tracking/marker-trust.js";

const KEY = "a shared signing key of reasonable length";
const payload: MarkerPayload = {
  source: { name: "acme/agents", id: 4242 },
  commit: "a".repeat(40),
  elements: [
    { id: "persona-a", path: "elements/persona/persona-a.yaml", blob: "b".repeat(40) },
    { id: "skill-b", path: "elements/skill/skill-b.yaml", blob: "c".repeat(40) },
  ],
  issuedAt: "2026-01-01T00:00:00Z",
};
const body = `Publishes 2 elements from acme/agents.\n\n- persona-a\n- skill-b`;

describe("marker encoding", () => {
  it("round-trips through a PR body and verifies with the key", () => {
    const signed = appendMarker(body, encodeMarker(payload, KEY));
    expect(signed.startsWith(body)).toBe(true);
    expect(signed.trimEnd().endsWith("-->")).toBe(true);
    expect(verifyMarker(signed, KEY)).toEqual({ trust: "trusted", payload, by: "signature" });
    expect(verifyMarker(signed, KEY, { id: 4242, name: "ACME/agents" })).toMatchObject({ trust: "trusted" });
  });

  it("keeps exactly one marker when the body is updated", () => {
    const once = appendMarker(body, encodeMarker(payload, KEY));
    const newer = { ...payload, commit: "d".repeat(40) };
    const twice = appendMarker(once, encodeMarker(newer, KEY));
    expect(twice.split("nexs-publish:submission").length - 1).toBe(1);
    expect(verifyMarker(twice, KEY)).toMatchObject({ trust: "trusted", payload: { commit: "d".repeat(40) } });
  });

  it("the last marker in the body counts", () => {
    const real = encodeMarker(payload, KEY);
    const later = encodeMarker({ ...payload, commit: "e".repeat(40) }, KEY);
    expect(verifyMarker(`${real}\n${later}`, KEY)).toMatchObject({ trust: "trusted", payload: { commit: "e".repeat(40) } });
    // A garbage marker after a valid one makes the body untrusted rather than silently using the earlier one.
    expect(verifyMarker(`${real}\n<!-- nexs-publish:submission v1 !!! -->`, KEY)).toMatchObject({ trust: "untrusted", reason: "malformed" });
    expect(findMarker("no marker here")).toBeUndefined();
  });
});

describe("marker verification refuses", () => {
  const signed = encodeMarker(payload, KEY);
  const payloadText = encodePayload(payload);

  it("a tampered payload", () => {
    const changed = encodePayload({ ...payload, elements: [{ ...payload.elements[0]!, blob: "f".repeat(40) }] });
    const forged = formatMarker(changed, signPayloadText(payloadText, KEY));
    expect(verifyMarker(forged, KEY)).toMatchObject({ trust: "untrusted", reason: "bad-signature" });
  });

  it("a tampered signature, including a truncated one", () => {
    const signature = signPayloadText(payloadText, KEY);
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(verifyMarker(formatMarker(payloadText, flipped), KEY)).toMatchObject({ trust: "untrusted", reason: "bad-signature" });
    expect(verifyMarker(formatMarker(payloadText, signature.slice(0, 22)), KEY)).toMatchObject({ trust: "untrusted", reason: "bad-signature" });
    expect(verifyMarker(formatMarker(payloadText, ""), KEY)).toMatchObject({ trust: "untrusted", reason: "unsigned" });
  });

  it("a marker signed with another key", () => {
    expect(verifyMarker(encodeMarker(payload, "some other key"), KEY)).toMatchObject({ trust: "untrusted", reason: "bad-signature" });
  });

  it("a valid marker copied from another source", () => {
    expect(verifyMarker(signed, KEY, { id: 9999 })).toMatchObject({ trust: "untrusted", reason: "source-mismatch" });
    expect(verifyMarker(signed, KEY, { name: "evil/agents" })).toMatchObject({ trust: "untrusted", reason: "source-mismatch" });
  });

  it("payloads that break the rules: bad SHA, path escaping the collection, duplicate ids, extra fields", () => {
    const bad = (value: unknown) => formatMarker(Buffer.from(JSON.stringify(value)).toString("base64url"), "");
    const cases: unknown[] = [
      { ...payload, commit: "not-a-sha" },
      { ...payload, elements: [{ ...payload.elements[0], path: "../../.github/workflows/x.yml" }] },
      { ...payload, elements: [payload.elements[0], payload.elements[0]] },
      { ...payload, extra: true },
      { ...payload, source: { name: "acme/agents", id: -1 } },
      [],
      "string",
    ];
    for (const value of cases) {
      const parsed = parseMarker(bad(value));
      expect(parsed.ok, JSON.stringify(value)).toBe(false);
      expect(verifyMarker(bad(value), KEY)).toMatchObject({ trust: "untrusted", reason: "malformed" });
    }
  });

  it("an oversized payload, an unknown version and an unclosed marker", () => {
    const huge = formatMarker("A".repeat(MAX_MARKER_PAYLOAD_CHARS + 1), "");
    expect(verifyMarker(huge, KEY)).toMatchObject({ trust: "untrusted", reason: "too-large" });
    expect(verifyMarker(signed.replace(" v1 ", " v2 "), KEY)).toMatchObject({ trust: "untrusted", reason: "unsupported-version" });
    expect(verifyMarker(signed.replace(" -->", ""), KEY)).toMatchObject({ trust: "untrusted", reason: "malformed" });
    expect(verifyMarker("plain body", KEY)).toMatchObject({ trust: "untrusted", reason: "missing" });
  });

  it("garbage of any kind, without throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (junk, prefixed) => {
        const text = prefixed ? `<!-- nexs-publish:submission ${junk}` : junk;
        expect(verifyMarker(text, KEY).trust).toBe("untrusted");
      }),
      { numRuns: 500 },
    );
  });
});

describe("trust without a key: branch and author", () => {
  const unsigned = appendMarker(body, encodeMarker(payload));
  const expected = { branch: "nexs/acme/agents", author: "nexs-publisher[bot]", collection: "acme/collection", id: 4242 };
  const pr = { headRef: "nexs/acme/agents", headRepository: "acme/collection", author: "nexs-publisher[bot]" };

  it("trusts the expected branch and author", () => {
    expect(trustByOrigin(unsigned, pr, expected)).toEqual({ trust: "trusted", payload, by: "branch-and-author" });
    expect(trustByOrigin(unsigned, { ...pr, author: "NEXS-Publisher[bot]" }, expected)).toMatchObject({ trust: "trusted" });
  });

  it("refuses another branch, another author, a fork, another source", () => {
    expect(trustByOrigin(unsigned, { ...pr, headRef: "main" }, expected)).toMatchObject({ trust: "untrusted", reason: "branch-mismatch" });
    expect(trustByOrigin(unsigned, { ...pr, author: "mallory" }, expected)).toMatchObject({ trust: "untrusted", reason: "author-mismatch" });
    expect(trustByOrigin(unsigned, { ...pr, headRepository: "mallory/collection" }, expected)).toMatchObject({ trust: "untrusted", reason: "fork" });
    expect(trustByOrigin(unsigned, pr, { ...expected, id: 1 })).toMatchObject({ trust: "untrusted", reason: "source-mismatch" });
    expect(trustByOrigin("no marker", pr, expected)).toMatchObject({ trust: "untrusted", reason: "missing" });
  });
});
