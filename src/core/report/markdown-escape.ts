// Element files, ids and messages are untrusted: in a job summary they must render as plain text, never
// as a table break, a link, an image, emphasis, math, a mention or raw HTML.
import { redactText } from "../redact/redactor.js";
import { visibleLine } from "./visible-text.js";

const SPECIAL = /[\\`*_{}[\]()#!|<>&"'~$:@]/g;
// Line breaks would end the table row.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Text for one markdown table cell: redacted first (once escaped, a secret no longer looks like one), control and
 * bidi characters shown as `\uXXXX`, and every character markdown or HTML could read as syntax made an entity.
 */
export function escapeMarkdownCell(text: string, maxLength = 1000): string {
  const shown = visibleLine(redactText(text).replace(LINE_BREAK, " "));
  const clipped = shown.length > maxLength ? `${clip(shown, maxLength)}…` : shown;
  return clipped.replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

/** The first `length` UTF-16 units, without cutting a surrogate pair in half. */
function clip(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
