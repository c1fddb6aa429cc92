// The exact text of a secret, for redaction. A finding's range is where to point a user at; the value is what must
// never be printed. Two of the AWS rule's ranges are not the value: the secret access key's range starts at its
// label and has the key's length, and the account id's covers its label too. Each is found again in its range.
import type { SecretFinding } from "./secrets.js";

const AWS_SECRET_VALUE =
  /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?\s*(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})/;
const AWS_ACCOUNT_VALUE = /[0-9]{4}-?[0-9]{4}-?[0-9]{4}/;
/** Lines of a multi-line secret (a PEM block) shorter than this are its armour, not key material. */
const MIN_LINE = 16;

/** Every form of the secret a finding reports: the value itself and, for a block, each of its lines unindented. */
export function secretValues(text: string, finding: SecretFinding): string[] {
  const range = text.slice(finding.start, finding.end);
  if (finding.messageId === "AWSSecretAccessKey") {
    const found = AWS_SECRET_VALUE.exec(text.slice(finding.start, finding.end + 160))?.[1];
    return found ? [found] : [range];
  }
  if (finding.messageId === "AWSAccountID") {
    const found = AWS_ACCOUNT_VALUE.exec(range)?.[0];
    return found ? [found, found.replaceAll("-", "")] : [range];
  }
  if (!range.includes("\n")) return [range];
  const lines = range.split(/\r?\n|\\n/).map((line) => line.trim());
  return [range, lines.join("\n"), ...lines.filter((line) => line.length >= MIN_LINE)];
}
