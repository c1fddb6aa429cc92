// Every code the validation emits is listed, with its meaning, in DIAGNOSTIC_CODES (the README table's source).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../../src/core/element/codes.js";
import { redactText } from "../../../src/core/redact/redactor.js";
import { knownSecretCodes } from "../../../src/core/scan/secret-labels.js";

const SRC = join(import.meta.dirname, "../../../src/core");
const files = [
  ...readdirSync(join(SRC, "element/rules")).map((f) => join(SRC, "element/rules", f)),
  join(SRC, "element/schema-diagnostics.ts"),
  join(SRC, "element/validate-sources.ts"),
  join(SRC, "scan/secrets.ts"),
  join(SRC, "check/conflict-rules.ts"),
];

describe("diagnostic codes", () => {
  it("every code literal in the validation sources is documented", () => {
    const literals = files.flatMap((f) =>
      [
        ...readFileSync(f, "utf8").matchAll(
          /"((?:schema|metadata|persona|skill|template|memory|ensemble|id|ref|secret|check)\/[a-z0-9-]+)"/g,
        ),
      ].map((m) => m[1]),
    );
    expect(literals.length).toBeGreaterThan(30);
    for (const code of literals) expect(Object.keys(DIAGNOSTIC_CODES), code).toContain(code);
  });
  it("every secret code is documented", () => {
    for (const code of knownSecretCodes()) expect(Object.keys(DIAGNOSTIC_CODES), code).toContain(code);
  });
});

describe("the codes' meanings", () => {
  // They are SARIF rule texts and README rows: an example that looks like a secret would be masked in both.
  it("hold nothing the redaction step masks", () => {
    const masked = Object.entries(DIAGNOSTIC_CODES).filter(([, text]) => redactText(text) !== text);
    expect(masked.map(([code]) => code)).toEqual([]);
  });
});
