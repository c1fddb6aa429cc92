// The AWS secret access keys secretlint's AWS rule cannot see: its pattern ends in `\b`, so a key whose last
// character is `/`, `+` or `=` (about one in twenty) is missed when a quote, a space or the line's end follows.
// Same label, connector and key shape as the rule; the range is computed as the rule computes it (the match's
// start, the key's length), so secret-values.ts finds the key the same way for both.
import type { SecretFinding } from "./secrets.js";

const AWS_SECRET_ENDING_IN_SYMBOL =
  /["']?(?:AWS|aws|Aws)?_?(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?\s*(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{39}[/+=])(?![A-Za-z0-9/+=_])/g;

export function findAwsSecretsEndingInSymbol(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const match of text.matchAll(AWS_SECRET_ENDING_IN_SYMBOL)) {
    const key = match[1] ?? "";
    const start = match.index ?? 0;
    found.push({
      ruleId: "@secretlint/secretlint-rule-aws",
      messageId: "AWSSecretAccessKey",
      start,
      end: start + key.length,
      supplement: true,
    });
  }
  return found;
}
