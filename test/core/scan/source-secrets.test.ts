// Secrets found wherever they are written: before parsing (so a broken file still reports them), through YAML
// escapes and continuations, in comments and paths, and the three codes secretlint's defaults never raise.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { formatHuman } from "../../../src/core/report/human.js";
import { formatJson } from "../../../src/core/report/json.js";
import { sarifText } from "../../../src/core/report/sarif.js";
import { quotedSpans, unescapeDoubleQuoted } from "../../../src/core/scan/double-quoted.js";
import { skill } from "../../leak/corpus.js";
import {
  awsAccessKeyId,
  awsAccountId,
  awsSecretKey,
  continued,
  githubToken,
  hexEscaped,
  serviceAccountJson,
  unicodeEscaped,
} from "../../leak/fake-secrets.js";

function check(files: Record<string, string>) {
  const sources = Object.entries(files).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  const report = validateSources(sources, { strict: false, maxFileSize: 262_144 });
  return { report, codes: report.diagnostics.map((d) => d.code), everything: JSON.stringify(report) };
}

describe("secrets the preset's defaults miss", () => {
  it("an AWS access key id in a comment is secret/aws-access-key-id", () => {
    const key = awsAccessKeyId(1).written;
    const { codes, everything } = check({ "a.yaml": skill("probe", { top: `# deploy with ${key}\n` }) });
    expect(codes).toContain("secret/aws-access-key-id");
    expect(everything).not.toContain(key);
  });

  it("an AWS secret access key ending in / or + is found before a quote or the line's end", () => {
    for (const seed of [8, 4]) {
      const key = awsSecretKey(seed);
      expect(key.values[0]).toMatch(/[/+]$/);
      const { codes, everything } = check({
        "a.yaml": skill("probe", { data: `  inputs:\n    k: "${key.written}"\n    j: ${key.written}\n` }),
      });
      expect(codes.filter((c) => c === "secret/aws-secret-access-key")).toHaveLength(2);
      expect(everything).not.toContain(key.values[0]);
    }
  });

  it("an AWS account id after its label is secret/aws-account-id", () => {
    const account = awsAccountId(2);
    const { codes, everything } = check({ "a.yaml": skill("probe", { data: `  inputs:\n    ${account.written}\n` }) });
    expect(codes).toContain("secret/aws-account-id");
    for (const value of account.values) expect(everything).not.toContain(value);
  });

  it("a GCP service account JSON is secret/gcp-service-account-key, pasted as JSON or written as YAML keys", () => {
    const pasted = serviceAccountJson(3);
    const asKeys = serviceAccountJson(4);
    const yamlKeys = Object.entries(JSON.parse(asKeys.json) as Record<string, string>)
      .map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)
      .join("\n");
    const { report, everything } = check({
      "a.yaml": skill("probe-a", { data: `  inputs:\n    credentials: |\n      ${pasted.json}\n` }),
      "b.yaml": skill("probe-b", { data: `  inputs:\n${yamlKeys}\n` }),
    });
    for (const file of ["a.yaml", "b.yaml"])
      expect(report.diagnostics.filter((d) => d.file === file).map((d) => d.code)).toContain(
        "secret/gcp-service-account-key",
      );
    for (const value of [...pasted.values, ...asKeys.values]) expect(everything).not.toContain(value);
  });
});

describe("secrets wherever they are written", () => {
  const token = (seed: number) => githubToken(seed).written;

  it("are reported in a file whose YAML does not parse, or whose structure is wrong", () => {
    const { report } = check({
      "syntax.yaml": `${skill("probe-a", { description: token(5) })}  broken: [unclosed\n`,
      "structure.yaml": `${skill("probe-b", { description: token(6) })}extra: 1\n`,
    });
    for (const file of ["syntax.yaml", "structure.yaml"]) {
      const codes = report.diagnostics.filter((d) => d.file === file).map((d) => d.code);
      expect(codes).toContain("secret/github-token");
    }
  });

  it.each([
    ["a \\x escape", (t: string) => `"${hexEscaped(t)}"`],
    ["a \\u escape", (t: string) => `"${unicodeEscaped(t)}"`],
    ["a line continuation", (t: string) => `"${continued(t, "    ")}"`],
  ])("are found through %s, and the unescaped value is not echoed by the schema", (_, write) => {
    const secret = token(7);
    const text = skill("probe").replace("type: skill", `type: ${write(secret)}`);
    const { codes, everything } = check({ "a.yaml": text });
    expect(codes).toEqual(expect.arrayContaining(["secret/github-token", "schema/enum"]));
    expect(everything).not.toContain(secret);
  });

  it("are found in a path, which every report shows redacted; the file is not valid", () => {
    const secret = githubToken(8, true).written;
    const file = `elements/${secret}/a.yaml`;
    const { report } = check({ [file]: skill("probe") });
    expect(report.diagnostics.map((d) => [d.file, d.code])).toContainEqual([file, "secret/github-token"]);
    expect(report.elements).toEqual([]);
    const human = formatHuman(report.files, report.diagnostics, { color: false });
    expect(human).toContain("elements/[redacted]/a.yaml");
    for (const output of [human, formatJson(report.files, report.diagnostics), sarifText(report.diagnostics)])
      expect(output).not.toContain(secret);
  });

  it("in one file are masked in the cross-file findings of another", () => {
    const id = githubToken(9, true).written;
    const { report } = check({ "a.yaml": skill(id), "b.yaml": skill(id) });
    expect(report.diagnostics.map((d) => d.code)).toContain("id/duplicate");
    expect(JSON.stringify(report.diagnostics)).not.toContain(id);
  });

  it("in a PEM block commented out line by line are found", () => {
    const { codes } = check({
      "a.yaml": skill("probe", {
        top: `# -----BEGIN RSA ${"PRIVATE"} KEY-----\n# MII${"Ab1".repeat(30)}\n# ${"Cd2".repeat(30)}\n# -----END RSA ${"PRIVATE"} KEY-----\n`,
      }),
    });
    expect(codes).toContain("secret/private-key");
  });
});

describe("double-quoted scalars read without a parser", () => {
  it("unescape as the yaml package reads them (property)", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 4 }).map((s) => s.replace(/[\\"\r\n]/g, "")),
      fc.constantFrom("\\n", "\\t", "\\\\", '\\"', "\\x41", "\\u00e9", "\\U0001F600", "\\/", "\\_", "\\e", "\\0"),
      fc.constantFrom("\\\n    ", "\n  ", " \n\n   ", "\t\n "),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const inner = pieces.join("");
        const text = `k: "${inner}"\n`;
        let expected: unknown;
        try {
          expected = (parse(text) as { k: unknown }).k;
        } catch {
          return; // not valid YAML (a tab or indentation the parser refuses): nothing to compare
        }
        expect(unescapeDoubleQuoted(inner)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("are found in a text, also after a quote in a comment", () => {
    const spans = quotedSpans('a: "x\\x41"\n# it"s\nb: "y\\x42"\n');
    expect(spans.map((s) => s.value)).toContain("xA");
  });
});
