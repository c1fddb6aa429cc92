import { redactText } from "../core/redact/redactor.js";
import { visibleLines } from "../core/report/visible-text.js";

/**
 * Text from repositories (ids, reasons, URLs, GitHub's messages) redacted, with control and bidi characters shown
 * as `\uXXXX`, so a crafted file name or message cannot move the cursor or retitle the terminal. Newlines and tabs
 * stay.
 */
export function printable(text: string): string {
  return visibleLines(redactText(text));
}

/** `12s`, `5m`, `3h`, `2d`: how long ago, roughly, for a listing. */
export function age(fromIso: string, now: Date): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - Date.parse(fromIso)) / 1000));
  if (Number.isNaN(seconds)) return "?";
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}
