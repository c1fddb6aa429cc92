import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toAnnotation } from "../../src/core/check/annotations.js";
import { REDACTED, Redactor, redactText } from "../../src/core/redact/redactor.js";
import { escapeMarkdownCell } from "../../src/core/report/markdown-escape.js";
import { awsSecretKey, basicAuthUrl, githubToken, npmToken, pemKey } from "./fake-secrets.js";

describe("Redactor", () => {
  it("masks every known value, longest first, and what the rules match", () => {
    const aws = awsSecretKey(1).values[0] ?? "";
    const token = githubToken(2).written;
    const redactor = new Redactor([aws, aws.slice(0, 20)]);
    expect(redactor.text(`key ${aws} and ${token}.`)).toBe(`key ${REDACTED} and ${REDACTED}.`);
  });

  it("masks every stretch that any occurrence of any value covers, as one marker: the same as marking each by hand", () => {
    // Values over a two-letter alphabet overlap and share prefixes all the time; the reference marks every
    // occurrence of every value character by character.
    const value = fc.stringMatching(/^[ab]{6,12}$/);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(value, fc.constantFrom("c", " ", "ab")), { maxLength: 12 }),
        (values, parts) => {
          const text = parts.join("");
          const covered = new Array<boolean>(text.length).fill(false);
          for (const v of values)
            for (let at = text.indexOf(v); at !== -1; at = text.indexOf(v, at + 1))
              covered.fill(true, at, at + v.length);
          let expected = "";
          for (let i = 0; i < text.length; i++) {
            if (!covered[i]) expected += text[i];
            else if (i === 0 || !covered[i - 1]) expected += REDACTED;
          }
          const out = new Redactor(values).text(text);
          // Adjacent occurrences may come out as two markers where the reference has one: compare with runs merged.
          expect(out.replaceAll(`${REDACTED}${REDACTED}`, REDACTED)).toBe(expected);
          for (const v of values) expect(out).not.toContain(v);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds each of 20,000 known values that share a prefix, as secrets of one kind do", () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `s3cr3t_${String(i).padStart(6, "0")}_value`);
    const redactor = new Redactor(values);
    expect(redactor.text(`a ${values[12_345]} b ${values[7]}`)).toBe(`a ${REDACTED} b ${REDACTED}`);
    expect(redactor.text("s3cr3t_0 is not one")).toBe("s3cr3t_0 is not one");
  });

  it("masks a text it has masked before again once it knows more values (no stale answer)", () => {
    const redactor = new Redactor(["first-value"]);
    const text = "holds first-value and second-value";
    expect(redactor.text(text)).toBe(`holds ${REDACTED} and second-value`);
    expect(redactor.text(text)).toBe(`holds ${REDACTED} and second-value`);
    redactor.add(["second-value"]);
    expect(redactor.text(text)).toBe(`holds ${REDACTED} and ${REDACTED}`);
  });

  it("leaves short values to the rules (a short match would blank ordinary words)", () => {
    expect(new Redactor(["abc"]).text("abc abc")).toBe("abc abc");
  });

  it("masks a finding's message but keeps its file name, by which validation pairs findings and files", () => {
    const token = npmToken(3).written;
    const d = {
      file: `${token}.yaml`,
      line: 1,
      column: 1,
      severity: "error" as const,
      code: "x",
      message: `id ${token}`,
    };
    expect(new Redactor([token]).diagnostic(d)).toEqual({ ...d, message: `id ${REDACTED}` });
  });
});

describe("redactText", () => {
  it("masks basic-auth URLs, PEM blocks (in any indentation) and tokens, and nothing else", () => {
    const url = basicAuthUrl(4);
    const pem = pemKey(5);
    const block = [pem.begin, ...pem.body, pem.end].map((l) => `    ${l}`).join("\n");
    const out = redactText(`clone ${url.written}\n${block}\nplain text stays\n`);
    for (const value of [...url.values, ...pem.body]) expect(out).not.toContain(value);
    expect(out).toContain("plain text stays");
    expect(redactText("nothing secret: https://example.com/a?b=c")).toBe("nothing secret: https://example.com/a?b=c");
  });
});

describe("redactText, asked again", () => {
  it("answers a text it has seen, short or long, as it did the first time: masked, never the text itself", () => {
    const token = githubToken(7).written;
    const short = `token ${token} in a message`;
    const long = `${"ordinary report line\n".repeat(400)}${token}\n`;
    const clean = "ordinary report line\n".repeat(400);
    for (const text of [short, long, clean, short, long, clean]) {
      const once = redactText(text);
      expect(once).not.toContain(token);
      expect(redactText(text)).toBe(once);
      expect(redactText(once)).toBe(once);
    }
    expect(redactText(clean)).toBe(clean);
    expect(redactText(short)).toBe(`token ${REDACTED} in a message`);
    // A clean text remembered does not let a different text of the same length through unsearched.
    const same = `${token}\n${clean.slice(token.length + 1)}`;
    expect(same).toHaveLength(clean.length);
    expect(redactText(clean)).toBe(clean);
    expect(redactText(same)).not.toContain(token);
  });
});

describe("the markdown and check-run sinks", () => {
  it("redact before escaping (escaped, a secret no longer looks like one) and in check-run annotations", () => {
    const token = githubToken(31).written;
    expect(escapeMarkdownCell(`id ${token}`)).toBe("id &#91;redacted&#93;");
    const d = { file: "a.yaml", line: 1, column: 1, severity: "error" as const, code: "x", message: `see ${token}` };
    expect(toAnnotation(d).message).toBe(`see ${REDACTED}`);
  });
});
