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

describe("the markdown and check-run sinks", () => {
  it("redact before escaping (escaped, a secret no longer looks like one) and in check-run annotations", () => {
    const token = githubToken(31).written;
    expect(escapeMarkdownCell(`id ${token}`)).toBe("id &#91;redacted&#93;");
    const d = { file: "a.yaml", line: 1, column: 1, severity: "error" as const, code: "x", message: `see ${token}` };
    expect(toAnnotation(d).message).toBe(`see ${REDACTED}`);
  });
});
