// Decides, from the text alone and in a few linear passes, whether js-yaml may parse a file in place of the
// exact yaml path. It answers yes only when none of the refusals of ELEMENTS.md can be present and the text keeps
// to the plain YAML on which both parsers are proven (parse-fast.property.test.ts) to agree. A no costs nothing
// but speed: the file then takes the exact path.

/** Node properties (`&anchor`, `*alias`, `!tag`) where a node can start: after a line start, space, `[{,:`. */
const NODE_PROPERTY = /(?:^|[\s[{,:])[&*!]/;
/** `---`, `...` or `%` at a line start: documents and directives. */
const DOCUMENT_MARKER = /(?:^|\n)(?:---|\.\.\.|%)/;
/** An explicit key (`? `) or a value indicator with no key before it (` : `). */
const BARE_INDICATOR = /(?:^|[\s[{,])[?:](?:[\s]|$)/;
/** A flow collection used as a key: `[a]: x`, `{a: 1}: x`. */
const COLLECTION_KEY = /[\]}][ \t]*:/;
/** Tabs, control characters, a CR not followed by LF, and what YAML or JavaScript treat as extra line breaks. */
const UNUSUAL_CHARACTER = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
/** A key of a flow mapping or a block line that may sit too far from its line start for yaml's 1024-character rule. */
const LONG_LINE = 1000;
/** Generous bounds that keep js-yaml's recursion shallow; the exact depth limit is checked on the result. */
const MAX_BRACKETS = 500;
const MAX_PREFIX = 200;

export function fastPathEligible(text: string): boolean {
  if (NODE_PROPERTY.test(text)) return false;
  if (text.includes("<<")) return false;
  if (DOCUMENT_MARKER.test(text)) return false;
  if (BARE_INDICATOR.test(text)) return false;
  if (COLLECTION_KEY.test(text)) return false;
  if (UNUSUAL_CHARACTER.test(text)) return false;
  return shapeIsModest(text) && quotesCloseOnTheirLine(text);
}

/**
 * True when every quoted scalar ends on the line it starts on. A multi-line quoted scalar whose continuation is
 * not indented is an error for yaml but accepted by js-yaml, so such text takes the exact path. A quote counts as
 * the start of a scalar where a node may start; comments are skipped. Apostrophes inside words never count.
 */
function quotesCloseOnTheirLine(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const before = i === 0 ? 0x0a : text.charCodeAt(i - 1);
    if (c === 0x23 /* # */ && isSpace(before)) {
      const end = text.indexOf("\n", i);
      if (end === -1) return true;
      i = end + 1;
    } else if ((c === 0x22 /* " */ || c === 0x27) /* ' */ && (isSpace(before) || isFlowIndicatorOrColon(before))) {
      const end = closingQuote(text, i);
      if (end === -1) return false;
      i = end + 1;
    } else i++;
  }
  return true;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isFlowIndicatorOrColon = (c: number): boolean => c === 0x5b || c === 0x7b || c === 0x2c || c === 0x3a; // [ { , :

/** Offset of the quote that closes the scalar opened at `start`, or -1 when a line ends first. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j];
    if (c === "\n" || c === "\r") return -1;
    if (quote === '"' && c === "\\") j++;
    else if (c === quote) {
      if (quote === "'" && text[j + 1] === "'") j++;
      else return j;
    }
  }
  return -1;
}

/**
 * Flow nesting is at most the number of `[`/`{`; block nesting grows by at least one character of line prefix
 * (indentation or a `- `/`: ` indicator) per level. Also refuses lines where an implicit key could exceed 1024
 * characters, flow collections left open at a line end (the parsers differ on their indentation rules) and
 * compact nested sequences.
 */
function shapeIsModest(text: string): boolean {
  let brackets = 0;
  let open = 0;
  let lineStart = 0;
  let prefix = 0;
  let inPrefix = true;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (open > 0 || i - lineStart > LONG_LINE) return false;
      lineStart = i + 1;
      prefix = 0;
      inPrefix = true;
      dashes = 0;
      continue;
    }
    if (inPrefix) {
      if (c === 0x20 || c === 0x2d /* - */) {
        if (++prefix > MAX_PREFIX) return false;
        // `- - x`: js-yaml nests the next `- ` under an empty compact item where yaml does not.
        if (c === 0x2d && ++dashes > 1) return false;
      } else inPrefix = false;
    }
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      open++;
      if (++brackets > MAX_BRACKETS) return false;
    } else if ((c === 0x5d /* ] */ || c === 0x7d) /* } */ && open > 0) open--;
  }
  return open === 0 && text.length - lineStart <= LONG_LINE;
}
