// The pre-filter may skip a rule only when the rule cannot match: every detection of secretlint's own engine
// must contain its rule's anchor. Checked on the preset's positives and on generated texts built from them.
import { rules as presetRules } from "@secretlint/secretlint-rule-preset-recommend";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANY_ANCHOR, RULE_ANCHORS } from "../../../src/core/scan/secret-anchors.js";
import { COMMENT_FILTER_RULE, findSecrets } from "../../../src/core/scan/secrets.js";
import { embed, lintSourceFindings, NEAR_MISSES, SECRETS } from "./secret-samples.js";

// Our supplements find what the preset cannot; the comparison with secretlint's engine is about the preset.
const ours = (text: string): string[] =>
  findSecrets(text, "element.yaml")
    .filter((f) => !f.supplement)
    .map((f) => `${f.ruleId}@${f.start}-${f.end}`)
    .sort();

function anchorsHold(text: string, findings: string[]): void {
  for (const finding of findings) {
    const ruleId = finding.slice(0, finding.lastIndexOf("@"));
    const anchor = RULE_ANCHORS[ruleId];
    if (anchor) expect(anchor.test(text), `${ruleId} fired without its anchor in ${JSON.stringify(text)}`).toBe(true);
    expect(ANY_ANCHOR.test(text)).toBe(true);
  }
}

describe("secret rule anchors", () => {
  it("cover exactly the preset's rules (an upgrade that adds one fails here: add its anchor)", () => {
    const ids = presetRules
      .map((r) => r.meta.id)
      .filter((id) => id !== COMMENT_FILTER_RULE)
      .sort();
    expect(Object.keys(RULE_ANCHORS).sort()).toEqual(ids);
  });

  it("hold on every positive of the preset", async () => {
    for (const [kind, [, secret]] of Object.entries(SECRETS)) {
      const text = `x: ${embed(kind, secret)}\n`;
      const reference = await lintSourceFindings(text);
      expect(reference.length, kind).toBeGreaterThan(0);
      anchorsHold(text, reference);
    }
  });

  it("hold on generated texts, and the filtered scanner agrees with lintSource", async () => {
    const pieces = [
      ...Object.entries(SECRETS).flatMap(([kind, [, s]]) => [s, embed(kind, s), s.slice(0, 12), s.slice(6)]),
      ...NEAR_MISSES,
      "://",
      "@",
      ":",
      "/",
      " ",
      "\n",
      "_",
      "-",
      ".",
      "=",
      '"',
      "'",
      "AWS_",
      "secret_access_key=",
      "Secret_Key: ",
      "https://",
      "ftp://",
      "mysqlx://",
      "jdbc:mysql://",
      "_authToken=",
      "x-oauth-basic@github.com/",
      "SG.",
      "T3BlbkFJ",
      "AKIA",
      "ASIA",
      "aws_account_id: ",
      "Account: ",
      "1234-5678-9012",
    ];
    const text = fc
      .array(
        fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.stringMatching(/^[A-Za-z0-9]{1,48}$/)),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(""))
      .filter((t) => !t.includes("secretlint-"));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const reference = await lintSourceFindings(t);
        anchorsHold(t, reference);
        expect(ours(t)).toEqual(reference);
      }),
      { numRuns: 400 },
    );
  });
});
