// The one escaping step for untrusted text (file names, ids, messages, values) on its way to a terminal, a log,
// a workflow command or a job summary. Control characters (C0 with NUL, ESC and BEL, DEL, C1) could repaint the
// terminal, ring it, forge log lines or cut a workflow command; bidi overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) and the invisible marks could make a name read as another. Each becomes a visible `\uXXXX`.

const ALWAYS =
  "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff";
/** Single-line text: line breaks and tabs are escaped too, so one finding stays one line. */
const SINGLE_LINE = new RegExp(`[${ALWAYS}\\n\\t\\u2028\\u2029]`, "g");
/** Multi-line text (a log block, a help text): `\n` and tab stay, a lone CR and the Unicode separators do not. */
const MULTI_LINE = new RegExp(`[${ALWAYS}\\u2028\\u2029]`, "g");

function escapeOne(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `text` with every control, bidi and invisible formatting character shown as `\uXXXX`; one line. */
export function visibleLine(text: string): string {
  return text.replace(SINGLE_LINE, escapeOne);
}

/** Like visibleLine, but line feeds and tabs are kept (a CR before a LF is dropped, as a terminal would show it). */
export function visibleLines(text: string): string {
  return text.replaceAll("\r\n", "\n").replace(MULTI_LINE, escapeOne);
}
