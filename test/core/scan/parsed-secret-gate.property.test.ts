// The scan of parsed strings is skipped when the raw text holds no backslash and ANY_FOLDED_ANCHOR fails on it.
// That is sound only if parsing cannot make an anchor out of text that has none: checked here on generated files
// whose anchors are cut across the line breaks of every scalar style, through the real parse (both paths).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/core/element/parse.js";
import { mayHoldServiceAccountKey } from "../../../src/core/scan/gcp-service-account.js";
import { ANY_ANCHOR } from "../../../src/core/scan/secret-anchors.js";
import { scanSourceSecrets } from "../../../src/core/scan/source-secrets.js";

// Anchors as secrets contain them, and ordinary words; the generator cuts them at line breaks.
const PIECES = [
  "-----BEGIN RSA PRIVATE KEY-----",
  "private_key_id: 0123456789abcdef0123",
  "private_key: -----BEGIN PRIVATE KEY-----",
  "PRIVATE KEY",
  "ghp_",
  "github_pat_",
  "secret_access_key",
  "AKIA",
  "account",
  "sk-ant-api03",
  "lin_api_",
  "npm_",
  "xoxb-",
  "hooks.slack.com",
  "SG.",
  "T3BlbkFJ",
  "shpat_",
  "ops_ey",
  "https://user:pass@host",
  "_authToken=",
  "x-oauth-basic",
  // Escapes, which a double-quoted scalar turns into an anchor's characters.
  "\\x67hp_",
  "PRIVATE\\x20KEY",
  "\\u0067ithub_pat_",
  "plain",
  "words",
  "-",
  "_",
  ".",
];

const STYLES = ["plain", "folded", "literal", "single", "double", "flow"] as const;

/** One scalar under `data.k` in the given style, its lines at `indent`. */
function scalar(style: (typeof STYLES)[number], lines: string[]): string {
  const at = "\n    ";
  switch (style) {
    case "plain":
      return lines.join(at);
    case "folded":
      return `>${at}${lines.join(at)}`;
    case "literal":
      return `|${at}${lines.join(at)}`;
    case "single":
      return `'${lines.map((l) => l.replaceAll("'", "''")).join(at)}'`;
    case "double":
      return `"${lines.map((l) => l.replaceAll('"', "'")).join(at)}"`;
    case "flow":
      return `[ ${lines.join(at)}, x ]`;
  }
}

/** Lines of text: pieces glued together, each piece cut where the generator chose. */
const linesOf = fc
  .array(
    fc.record({
      piece: fc.constantFrom(...PIECES),
      cut: fc.nat(40),
      // An escaped line break joins two lines of a double-quoted scalar with nothing between them.
      glue: fc.constantFrom("", " ", "\n", "\n\n", " \n", "\t\n", "\\\n"),
      after: fc.constantFrom("", " ", "\n"),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) =>
    parts
      .map(({ piece, cut, glue, after }) => {
        const at = cut % (piece.length + 1);
        return `${piece.slice(0, at)}${glue}${piece.slice(at)}${after}`;
      })
      .join("")
      .split("\n")
      .map((l) => l.trim()),
  );

function file(style: (typeof STYLES)[number], lines: string[]): string {
  return `metadata:\n  id: gate\n  type: skill\ndata:\n  k: ${scalar(style, lines)}\n`;
}

function parsedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) parsedStrings(v, out);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      parsedStrings(v, out);
    }
  return out;
}

describe("the gate on the scan of parsed strings", () => {
  it("never skips a file whose parsed strings could hold an anchor", () => {
    let skipped = 0;
    let parsed = 0;
    fc.assert(
      fc.property(fc.constantFrom(...STYLES), linesOf, (style, lines) => {
        const text = file(style, lines);
        const bytes = new TextEncoder().encode(text);
        const result = parseSource({ file: "gate.yaml", bytes }, { maxFileSize: 65_536 });
        if (!result.ok) return;
        parsed++;
        const scan = scanSourceSecrets({ file: "gate.yaml", bytes }, 65_536);
        if (scan.parsedMayHold) return;
        skipped++;
        for (const s of parsedStrings(result.value)) {
          expect(ANY_ANCHOR.test(s), `${JSON.stringify(s)} from ${JSON.stringify(text)}`).toBe(false);
          expect(mayHoldServiceAccountKey(s)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
    // The generator must reach both sides of the gate, or the property says nothing.
    expect(parsed).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(100);
  });

  it("lets a private key folded across lines through to the parsed scan", () => {
    const text = file("folded", ["-----BEGIN RSA PRIVATE", "KEY-----"]);
    const bytes = new TextEncoder().encode(text);
    const scan = scanSourceSecrets({ file: "gate.yaml", bytes }, 65_536);
    expect(ANY_ANCHOR.test(text)).toBe(false);
    expect(scan.parsedMayHold).toBe(true);
    const result = parseSource({ file: "gate.yaml", bytes }, { maxFileSize: 65_536 });
    if (!result.ok) throw new Error("the folded file must parse");
    expect(parsedStrings(result.value).some((s) => ANY_ANCHOR.test(s))).toBe(true);
  });
});
