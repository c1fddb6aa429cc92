import { describe, expect, it } from "vitest";
import { findSecrets, SECRET_RULE_IDS, scanSecrets } from "../../../src/core/scan/secrets.js";
import { at, edit, sample, validateWith } from "../element/validate-fixtures.js";
import { embed, lintSourceFindings, NEAR_MISSES, SECRETS } from "./secret-samples.js";

const ours = (text: string, file = "element.yaml"): string[] =>
  findSecrets(text, file)
    .filter((f) => !f.supplement)
    .map((f) => `${f.ruleId}@${f.start}-${f.end}`)
    .sort();

describe("secret detection", () => {
  it.each(Object.entries(SECRETS))(
    "%s: found at its position, an error, the value never shown",
    (kind, [code, secret]) => {
      const base = sample("agent");
      const text = edit(
        base,
        "  fallback_strategy: hand over to a maintainer\n",
        `  fallback_strategy: hand over to a maintainer\n  context:\n    credential: ${embed(kind, secret)}\n`,
      );
      const report = validateWith({ agent: text });
      const found = report.diagnostics.filter((d) => d.file === "agent.yaml" && d.code === code);
      expect(found, JSON.stringify(report.diagnostics)).toHaveLength(1);
      const [d] = found;
      const label = { awsSecret: "AWS_SECRET", awsAccount: "aws_account_id" }[kind];
      const where = at(text, label ?? secret.split("\n")[0] ?? secret);
      expect({ line: d?.line, column: d?.column, severity: d?.severity }).toEqual({ ...where, severity: "error" });
      expect(report.elements.some((e) => e.file === "agent.yaml")).toBe(false);
      // No field of any diagnostic holds the secret or a recognisable piece of it.
      const everything = JSON.stringify(report.diagnostics);
      for (const piece of [secret, secret.slice(0, 16), secret.slice(-16)]) expect(everything).not.toContain(piece);
    },
  );

  it("values are not quoted in other messages of a file that holds a secret", () => {
    const secret = SECRETS.github?.[1] ?? "";
    const text = edit(sample("agent"), "type: tool", `type: "${secret}"`);
    const report = validateWith({ agent: text });
    expect(report.diagnostics.map((d) => d.code)).toContain("schema/enum");
    expect(JSON.stringify(report.diagnostics)).not.toContain(secret.slice(4, 20));
  });

  it("a secretlint-disable comment does not hide a secret", () => {
    const secret = SECRETS.github?.[1] ?? "";
    expect(scanSecrets(`# secretlint-disable\ntoken: ${secret}\n`, "a.yaml").map((d) => d.code)).toEqual([
      "secret/github-token",
    ]);
  });

  it("stays quiet on near misses and on the valid samples", () => {
    for (const text of NEAR_MISSES) expect(scanSecrets(text, "a.yaml"), text).toEqual([]);
    expect(validateWith({}).diagnostics.filter((d) => d.code.startsWith("secret/"))).toEqual([]);
  });

  it("reports the position on CRLF files and after a multi-byte prefix", () => {
    const secret = SECRETS.npm?.[1] ?? "";
    const [d] = scanSecrets(`a: 1\r\nb: "é ${secret}"\r\n`, "a.yaml");
    expect(d).toMatchObject({ line: 2, column: 7 });
  });

  it("agrees with secretlint's lintSource on every sample, embedded, and on the near misses", async () => {
    const corpus = [
      ...Object.entries(SECRETS).map(([kind, [, secret]]) => `data:\n  x: ${embed(kind, secret)}\n`),
      Object.entries(SECRETS)
        .map(([kind, [, secret]]) => `k_${kind}: ${embed(kind, secret)}`)
        .join("\n"),
      ...NEAR_MISSES,
    ];
    for (const text of corpus) {
      const reference = await lintSourceFindings(text);
      expect(ours(text), text).toEqual(reference);
    }
    // The corpus exercises every rule that can fire on an element file.
    const fired = new Set(corpus.flatMap((t) => findSecrets(t, "e.yaml").map((f) => f.ruleId)));
    expect([...fired].sort()).toEqual(
      SECRET_RULE_IDS.filter((id) => !id.endsWith("-gcp"))
        .slice()
        .sort(),
    );
  });

  it("returns quickly on hostile 10 KB inputs", () => {
    for (const unit of ["a", "://", "ghp_", "SG.", "-", "ops_ey", "postgres://a:", "xoxb-1-", "https://a:b@"]) {
      const text = unit.repeat(Math.ceil(10_000 / unit.length));
      expect(Array.isArray(findSecrets(text, "a.yaml"))).toBe(true);
    }
  });
});
