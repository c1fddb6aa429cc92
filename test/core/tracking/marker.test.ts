import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SubmissionElement } from "../../../src/core/state/state-document.js";
import {
  appendMarker,
  encodePayload,
  findMarker,
  formatMarker,
  MARKER_LIST_BUDGET,
  MAX_MARKER_PAYLOAD_CHARS,
  type MarkerContent,
  type MarkerPayload,
  parseMarker,
} from "../../../src/core/tracking/marker.js";
import { canonicalElements, digestElements, elementsMatchDigest } from "../../../src/core/tracking/marker-digest.js";
import { encodeMarker, signPayloadText, trustByOrigin, verifyMarker } from "../../../src/core/tracking/marker-trust.js";

const KEY = "a shared signing key of reasonable length";
const content: MarkerContent = {
  source: { name: "acme/agents", id: 4242 },
  commit: "a".repeat(40),
  elements: [
    { id: "persona-a", path: "elements/persona/persona-a.yaml", blob: "b".repeat(40) },
    { id: "skill-b", path: "elements/skill/skill-b.yaml", blob: "c".repeat(40) },
  ],
  issuedAt: "2026-01-01T00:00:00Z",
};
const payload: MarkerPayload = { ...content, form: "list", elements: [...content.elements] };
const body = `Publishes 2 elements from acme/agents.\n\n- persona-a\n- skill-b`;

describe("marker encoding", () => {
  it("round-trips through a PR body and verifies with the key", () => {
    const signed = appendMarker(body, encodeMarker(content, KEY));
    expect(signed.startsWith(body)).toBe(true);
    expect(signed.trimEnd().endsWith("-->")).toBe(true);
    expect(verifyMarker(signed, KEY)).toEqual({ trust: "trusted", payload, by: "signature" });
    expect(verifyMarker(signed, KEY, { id: 4242, name: "ACME/agents" })).toMatchObject({ trust: "trusted" });
  });

  it("keeps exactly one marker when the body is updated", () => {
    const once = appendMarker(body, encodeMarker(content, KEY));
    const newer = { ...content, commit: "d".repeat(40) };
    const twice = appendMarker(once, encodeMarker(newer, KEY));
    expect(twice.split("nexs-publish:submission").length - 1).toBe(1);
    expect(verifyMarker(twice, KEY)).toMatchObject({ trust: "trusted", payload: { commit: "d".repeat(40) } });
  });

  it("the last marker in the body counts", () => {
    const real = encodeMarker(content, KEY);
    const later = encodeMarker({ ...content, commit: "e".repeat(40) }, KEY);
    expect(verifyMarker(`${real}\n${later}`, KEY)).toMatchObject({
      trust: "trusted",
      payload: { commit: "e".repeat(40) },
    });
    // A garbage marker after a valid one makes the body untrusted rather than silently using the earlier one.
    expect(verifyMarker(`${real}\n<!-- nexs-publish:submission v1 !!! -->`, KEY)).toMatchObject({
      trust: "untrusted",
      reason: "malformed",
    });
    expect(findMarker("no marker here")).toBeUndefined();
  });
});

describe("marker verification refuses", () => {
  const signed = encodeMarker(content, KEY);
  const payloadText = encodePayload(payload);

  it("a tampered payload", () => {
    const [first] = content.elements;
    if (!first) throw new Error("the fixture lists elements");
    const changed = encodePayload({ ...payload, elements: [{ ...first, blob: "f".repeat(40) }] });
    const forged = formatMarker(changed, signPayloadText(payloadText, KEY));
    expect(verifyMarker(forged, KEY)).toMatchObject({ trust: "untrusted", reason: "bad-signature" });
  });

  it("a tampered signature, including a truncated one", () => {
    const signature = signPayloadText(payloadText, KEY);
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(verifyMarker(formatMarker(payloadText, flipped), KEY)).toMatchObject({
      trust: "untrusted",
      reason: "bad-signature",
    });
    expect(verifyMarker(formatMarker(payloadText, signature.slice(0, 22)), KEY)).toMatchObject({
      trust: "untrusted",
      reason: "bad-signature",
    });
    expect(verifyMarker(formatMarker(payloadText, ""), KEY)).toMatchObject({ trust: "untrusted", reason: "unsigned" });
  });

  it("a marker signed with another key", () => {
    expect(verifyMarker(encodeMarker(content, "some other key"), KEY)).toMatchObject({
      trust: "untrusted",
      reason: "bad-signature",
    });
  });

  it("a valid marker copied from another source", () => {
    expect(verifyMarker(signed, KEY, { id: 9999 })).toMatchObject({ trust: "untrusted", reason: "source-mismatch" });
    expect(verifyMarker(signed, KEY, { name: "evil/agents" })).toMatchObject({
      trust: "untrusted",
      reason: "source-mismatch",
    });
  });

  it("payloads that break the rules: bad SHA, path escaping the collection, duplicate ids, extra fields", () => {
    const bad = (value: unknown) => formatMarker(Buffer.from(JSON.stringify(value)).toString("base64url"), "");
    // The helper itself makes a good marker from a good payload: each case below fails for its own reason.
    expect(parseMarker(bad(content))).toMatchObject({ ok: true, marker: { payload } });
    const cases: unknown[] = [
      { ...content, commit: "not-a-sha" },
      { ...content, elements: [{ ...content.elements[0], path: "../../.github/workflows/x.yml" }] },
      { ...content, elements: [content.elements[0], content.elements[0]] },
      { ...content, extra: true },
      { ...content, form: "list" },
      { ...content, source: { name: "acme/agents", id: -1 } },
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
    expect(verifyMarker(signed.replace(" v1 ", " v3 "), KEY)).toMatchObject({
      trust: "untrusted",
      reason: "unsupported-version",
    });
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

/** `count` elements with ids and paths of typical length. */
function manyElements(count: number): SubmissionElement[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `skill-generated-element-${String(i).padStart(5, "0")}`;
    return { id, path: `elements/skill/${id}.yaml`, blob: i.toString(16).padStart(40, "0") };
  });
}

describe("the digest form (v2) for lists too long for a PR body", () => {
  it("lists the elements while the marker fits the budget, and switches to the digest past it", () => {
    const small = encodeMarker({ ...content, elements: manyElements(100) }, KEY);
    expect(small.length).toBeLessThanOrEqual(MARKER_LIST_BUDGET);
    expect(parseMarker(small)).toMatchObject({ ok: true, marker: { version: "v1", payload: { form: "list" } } });

    for (const count of [1000, 5000]) {
      const elements = manyElements(count);
      const marker = encodeMarker({ ...content, elements }, KEY);
      expect(marker.length).toBeLessThan(600);
      expect(parseMarker(marker)).toMatchObject({ ok: true, marker: { version: "v2" } });
      const trust = verifyMarker(marker, KEY, { id: 4242 });
      if (trust.trust !== "trusted" || trust.payload.form !== "digest")
        throw new Error(`expected a trusted digest marker, got ${JSON.stringify(trust)}`);
      expect(trust.payload.digest.count).toBe(count);
      // The state document may hold the list in any order.
      expect(elementsMatchDigest([...elements].reverse(), trust.payload.digest)).toBe(true);
      expect(elementsMatchDigest(elements.slice(1), trust.payload.digest)).toBe(false);
      const swapped = elements.map((e, i) => (i === 7 ? { ...e, blob: "f".repeat(40) } : e));
      expect(elementsMatchDigest(swapped, trust.payload.digest)).toBe(false);
    }
    // A budget of 0 always gives the digest; even an empty list has one.
    expect(parseMarker(encodeMarker({ ...content, elements: [] }, KEY, 0))).toMatchObject({
      ok: true,
      marker: { payload: { form: "digest", digest: { count: 0 } } },
    });
  });

  it("a tampered digest fails the signature; a payload relabelled to the other version is malformed", () => {
    const marker = encodeMarker(content, KEY, 0);
    const parsed = parseMarker(marker);
    if (!parsed.ok) throw new Error(parsed.detail);
    const other = encodePayload({ ...content, form: "digest", digest: digestElements(manyElements(3)) });
    expect(verifyMarker(formatMarker(other, parsed.marker.signatureText, "v2"), KEY)).toMatchObject({
      trust: "untrusted",
      reason: "bad-signature",
    });
    expect(verifyMarker(marker.replace(" v2 ", " v1 "), KEY)).toMatchObject({
      trust: "untrusted",
      reason: "malformed",
    });
    expect(verifyMarker(encodeMarker(content, KEY).replace(" v1 ", " v2 "), KEY)).toMatchObject({
      trust: "untrusted",
      reason: "malformed",
    });
    const badDigest = {
      source: content.source,
      commit: content.commit,
      elementsDigest: { sha256: "ABC", count: 2 },
      issuedAt: content.issuedAt,
    };
    expect(
      parseMarker(formatMarker(Buffer.from(JSON.stringify(badDigest)).toString("base64url"), "", "v2")),
    ).toMatchObject({ ok: false, problem: "malformed" });
  });

  it("property: the canonical list and its digest do not depend on the order of the elements", () => {
    const element = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,12}$/),
      path: fc.stringMatching(/^elements\/[a-z]{1,8}\.yaml$/),
      blob: fc.stringMatching(/^[0-9a-f]{40}$/),
    });
    const listAndShuffle = fc
      .array(element, { maxLength: 40 })
      .chain((elements) =>
        fc.tuple(
          fc.constant(elements),
          fc.shuffledSubarray(elements, { minLength: elements.length, maxLength: elements.length }),
        ),
      );
    fc.assert(
      fc.property(listAndShuffle, ([elements, shuffled]) => {
        expect(canonicalElements(shuffled)).toBe(canonicalElements(elements));
        expect(elementsMatchDigest(shuffled, digestElements(elements))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("trust without a key: branch and author", () => {
  const unsigned = appendMarker(body, encodeMarker(content));
  const expected = {
    branch: "nexs/acme/agents",
    author: "nexs-publisher[bot]",
    collection: "acme/collection",
    id: 4242,
  };
  const pr = { headRef: "nexs/acme/agents", headRepository: "acme/collection", author: "nexs-publisher[bot]" };

  it("trusts the expected branch and author", () => {
    expect(trustByOrigin(unsigned, pr, expected)).toEqual({ trust: "trusted", payload, by: "branch-and-author" });
    expect(trustByOrigin(unsigned, { ...pr, author: "NEXS-Publisher[bot]" }, expected)).toMatchObject({
      trust: "trusted",
    });
  });

  it("refuses another branch, another author, a fork, another source", () => {
    expect(trustByOrigin(unsigned, { ...pr, headRef: "main" }, expected)).toMatchObject({
      trust: "untrusted",
      reason: "branch-mismatch",
    });
    expect(trustByOrigin(unsigned, { ...pr, author: "mallory" }, expected)).toMatchObject({
      trust: "untrusted",
      reason: "author-mismatch",
    });
    expect(trustByOrigin(unsigned, { ...pr, headRepository: "mallory/collection" }, expected)).toMatchObject({
      trust: "untrusted",
      reason: "fork",
    });
    expect(trustByOrigin(unsigned, pr, { ...expected, id: 1 })).toMatchObject({
      trust: "untrusted",
      reason: "source-mismatch",
    });
    expect(trustByOrigin("no marker", pr, expected)).toMatchObject({ trust: "untrusted", reason: "missing" });
  });

  it("trusts an unsigned digest marker the same way", () => {
    expect(trustByOrigin(encodeMarker(content, undefined, 0), pr, expected)).toMatchObject({
      trust: "trusted",
      payload: { form: "digest", digest: digestElements(content.elements) },
    });
  });
});
