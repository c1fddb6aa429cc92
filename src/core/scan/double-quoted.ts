// YAML double-quoted scalars, found and unescaped in raw text without parsing it. A secret written with escapes
// (`"\x67hp_…"`, `"\u0067hp_…"`) or split by a `\` line continuation is not in the raw text, so the raw scan misses
// it, and a file whose YAML does not parse has no parsed values to scan. This finds it either way.

/** One double-quoted span that holds an escape or a line break: where it starts (after the quote) and its value. */
export interface QuotedSpan {
  start: number;
  end: number;
  value: string;
}

const SIMPLE: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\u0007",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\u001b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * Spans between a `"` and the next unescaped `"`, scanning the text once from the left. Quotes inside comments or
 * plain scalars can pair wrongly; a wrong pairing only costs a scan of text that is no scalar, and each span is
 * also decoded from its own start, so the next real scalar is still found.
 */
export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = open + 1;
    let special = false;
    while (close < text.length && text[close] !== '"') {
      if (text[close] === "\\") {
        special = true;
        close++;
      } else if (text[close] === "\n") special = true;
      close++;
    }
    if (close >= text.length) break;
    if (special) spans.push({ start: open + 1, end: close, value: unescapeDoubleQuoted(text.slice(open + 1, close)) });
    open = text.indexOf('"', close + 1);
  }
  return spans;
}

/** The value of a double-quoted scalar's inner text, as YAML 1.2 reads it (escapes, continuations, folding). */
export function unescapeDoubleQuoted(inner: string): string {
  let out = "";
  // White space that came from an escape or an earlier fold is content: folding never trims it.
  let escaped = 0;
  let i = 0;
  while (i < inner.length) {
    const c = inner.charAt(i);
    if (c === "\\") {
      const next = inner.charAt(i + 1);
      if (next === "\n" || next === "\r") {
        // An escaped line break joins the lines; the next line's indentation is dropped.
        i += next === "\r" && inner.charAt(i + 2) === "\n" ? 3 : 2;
        while (inner.charAt(i) === " " || inner.charAt(i) === "\t") i++;
        escaped = out.length;
        continue;
      }
      const length = HEX_LENGTH[next];
      if (length !== undefined) {
        const hex = inner.slice(i + 2, i + 2 + length);
        const code = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === length ? Number.parseInt(hex, 16) : Number.NaN;
        out += Number.isNaN(code) || code > 0x10ffff ? next : String.fromCodePoint(code);
        escaped = out.length;
        i += Number.isNaN(code) ? 2 : 2 + length;
        continue;
      }
      out += SIMPLE[next] ?? next;
      escaped = out.length;
      i += 2;
      continue;
    }
    if (c === "\n" || c === "\r") {
      // A line break folds: trailing spaces go, then one break is a space and each further empty line a newline.
      let kept = out.length;
      while (kept > escaped && (out.charAt(kept - 1) === " " || out.charAt(kept - 1) === "\t")) kept--;
      if (kept < out.length) out = out.slice(0, kept);
      let breaks = 0;
      while (i < inner.length && " \t\r\n".includes(inner.charAt(i))) {
        if (inner.charAt(i) === "\n") breaks++;
        i++;
      }
      out += breaks <= 1 ? " " : "\n".repeat(breaks - 1);
      escaped = out.length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
