// Private elements: refused without a key; with one they travel as armoured envelopes, deterministically, so a
// re-run writes nothing.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dearmour, isArmoured } from "../../src/core/crypto/armour.js";
import { decrypt } from "../../src/core/crypto/envelope.js";
import { gitBlobSha } from "../../src/core/git/object-sha.js";
import { createPrivateSealer, EncryptionKeyError, parseEncryptionKey } from "../../src/core/publish/private-sealer.js";
import { publish } from "../../src/github/publish/publish.js";
import { type Fixture, startFixture } from "../github/fixture.js";
import { readFile } from "../support/emulator.js";
import { BRANCH, instant, publishOk, publishOptions, readState, workspace, writeElement } from "./support.js";

const RAW = randomBytes(32);

describe("the private-element sealer", () => {
  it("reads 64 hex digits and 32 base64 bytes as raw keys, longer text as a passphrase, and refuses short text", () => {
    expect(parseEncryptionKey(RAW.toString("hex"))).toEqual({ kind: "raw", key: RAW });
    expect(parseEncryptionKey(` ${RAW.toString("base64")}\n`)).toEqual({ kind: "raw", key: RAW });
    expect(parseEncryptionKey("a long enough passphrase")).toEqual({
      kind: "passphrase",
      passphrase: "a long enough passphrase",
    });
    expect(() => parseEncryptionKey("short")).toThrow(EncryptionKeyError);
    expect(() => parseEncryptionKey("short")).toThrow(/openssl rand -base64 32/);
  });

  it("property: sealing is deterministic per (path, content), differs across either, and opens to the content", async () => {
    const sealer = await createPrivateSealer({ kind: "raw", key: RAW }, "publisher/source");
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        async (content, other) => {
          const a = await sealer.seal("elements/persona/p.yaml", content);
          expect(isArmoured(a)).toBe(true);
          expect(await sealer.seal("elements/persona/p.yaml", content)).toBe(a);
          expect(await sealer.seal("elements/persona/q.yaml", content)).not.toBe(a);
          if (!Buffer.from(other).equals(Buffer.from(content)))
            expect(await sealer.seal("elements/persona/p.yaml", other)).not.toBe(a);
          const opened = await decrypt(
            dearmour(a),
            { kind: "raw", key: RAW },
            { associatedData: Buffer.from("elements/persona/p.yaml") },
          );
          expect(opened.equals(Buffer.from(content))).toBe(true);
          // Bound to its path: moved elsewhere, it does not open.
          await expect(
            decrypt(dearmour(a), { kind: "raw", key: RAW }, { associatedData: Buffer.from("elsewhere.yaml") }),
          ).rejects.toThrow(/cannot decrypt/);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("a passphrase envelope opens with the passphrase and is the same on every run", async () => {
    // scrypt at OWASP's cost makes each derivation slow on purpose: this test keeps to four of them.
    const key = parseEncryptionKey("correct horse battery staple");
    const plain = Buffer.from("metadata: {}\n");
    const sealer = await createPrivateSealer(key, "publisher/source");
    const first = await sealer.seal("p.yaml", plain);
    expect(await sealer.seal("p.yaml", plain)).toBe(first);
    expect((await decrypt(dearmour(first), key, { associatedData: Buffer.from("p.yaml") })).equals(plain)).toBe(true);
  });
});

describe("publishing a private element", () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await startFixture();
  });
  afterAll(() => fx.close());

  const privatePersona = (ws: string) => {
    const path = join(ws, "elements/persona/persona-technical-expert.yaml");
    const text = readFileSync(path, "utf8").replace("privacy_level: public", "privacy_level: private");
    writeElement(ws, "persona/persona-technical-expert.yaml", text);
    return text;
  };

  it("without an encryption key: refused with a clear problem, before any call to GitHub", async () => {
    const ws = workspace();
    privatePersona(ws);
    fx.proxy.resetCounts();
    const result = await publish(fx.client(), publishOptions(ws), instant);
    expect(result.kind).toBe("refused");
    if (result.kind === "refused") {
      expect(result.problems.join("\n")).toMatch(/persona-technical-expert\.yaml is private .*encryption-key/);
    }
    expect(fx.proxy.requests).toEqual([]);
  });

  it("with a key: the collection gets an envelope, never the plain text, and a re-run writes nothing", async () => {
    const ws = workspace();
    const text = privatePersona(ws);
    const key = RAW.toString("base64");
    const result = await publishOk(fx.client(), publishOptions(ws, { encryptionKey: key }));
    expect(result.operation).toBe("created");
    expect(result.rows.find((r) => r.id === "persona-technical-expert")).toMatchObject({
      private: true,
      proposed: true,
    });

    const path = "elements/persona/persona-technical-expert.yaml";
    const stored = await readFile(fx.emulator.url, fx.emulator.token, fx.emulator.collection, BRANCH, path);
    expect(isArmoured(stored)).toBe(true);
    expect(stored).not.toContain("senior software architect");
    const opened = await decrypt(dearmour(stored), { kind: "raw", key: RAW }, { associatedData: Buffer.from(path) });
    expect(opened.toString("utf8")).toBe(text);
    const state = await readState(fx.emulator);
    const recorded = Object.values(state.submissions)[0]?.elements.find((e) => e.id === "persona-technical-expert");
    expect(recorded?.blob).toBe(gitBlobSha(Buffer.from(stored)));

    fx.proxy.resetCounts();
    const again = await publishOk(fx.client(), publishOptions(ws, { encryptionKey: key }));
    expect(again.operation).toBe("none");
    expect(fx.proxy.writes()).toEqual([]);
  });
});
