// A GCP service account key: the JSON Google hands out, with a `private_key_id` and a PEM `private_key`.
// secretlint's GCP rule looks only at whole `.json` files, so in an element file (the JSON pasted into a block
// scalar, or written out as YAML keys) it never fires. This finds the same key in any text: both keys present,
// the private key a PEM private key. The range is the private key id's value (the PEM is the private-key rule's).
import type { SecretFinding } from "./secrets.js";

export const GCP_RULE = "@secretlint/secretlint-rule-gcp";
const KEY_ID = /["']?private_key_id["']?\s*:\s*["']?([0-9A-Fa-f]{16,64})\b/g;
const PRIVATE_KEY = /["']?private_key["']?\s*:\s*(?:[|>][-+]?\s*)?["']?-----BEGIN[A-Z ]{0,20}PRIVATE KEY/;

/** Cheap pre-check: both key names appear. */
export function mayHoldServiceAccountKey(text: string): boolean {
  return text.includes("private_key_id") && PRIVATE_KEY.test(text);
}

export function findServiceAccountKeys(text: string): SecretFinding[] {
  if (!mayHoldServiceAccountKey(text)) return [];
  const found: SecretFinding[] = [];
  for (const match of text.matchAll(KEY_ID)) {
    const value = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - value.length;
    found.push({ ruleId: GCP_RULE, messageId: "PrivateKeyJSON", start, end: start + value.length, supplement: true });
  }
  return found;
}
