// The one message a failed step ends with (core.setFailed): an input's refusal as it is, anything else prefixed
// with the Action's name, redacted and on one line.
import { InputError } from "./input-parsers.js";
import { safeText } from "./log.js";

export function failureMessage(error: unknown): string {
  if (error instanceof InputError) return safeText(error.message);
  const message = error instanceof Error ? error.message : String(error);
  // GitHub's own words may span lines (a push-protection refusal explains itself there): all of it, on one line.
  return `nexs-publish: ${safeText(message.replace(/\s*\n\s*/g, " "))}`;
}
