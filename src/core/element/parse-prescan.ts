// Decides, from the text alone and in linear passes, whether js-yaml may parse a file in place of the exact
// yaml path. It answers yes only when none of the refusals of ELEMENTS.md can be present and the text keeps to
// the plain YAML on which both parsers are shown to agree (parse-fast.property.test.ts). Each rule below is a
// place where they were found to differ. A no costs only speed: the file then takes the exact path.

/** Node properties (`&anchor`, `*alias`, `!tag`) where a node can start: after a line start, space, `[{,:`. */
const NODE_PROPERTY = /(?:^|[\s[{,:])[&*!]/;
/** `---`, `...` or `%` at a line start: documents and directives. */
const DOCUMENT_MARKER = /(?:^|\n)(?:---|\.\.\.|%)/;
/** An explicit key (`? `) or a value indicator with no key before it (` : `). */
const BARE_INDICATOR = /(?:^|[\s[{,])[?:](?:\s|$)/;
/** A flow collection used as a key: `[a]: x`, `{a: 1}: x`. */
const COLLECTION_KEY = /[\]}][ ]*:/;
/** A `#` glued to a flow indicator, a quote or a colon: a comment yaml refuses for want of a space before it. */
const GLUED_COMMENT = /[\][{},"':]#/;
/** A block scalar header with an explicit indentation indicator (`|2`, `>-1`): the parsers read blank lines differently. */
const INDENTATION_INDICATOR = /\s[|>](?:[-+]?[1-9]|[1-9][-+])/;
/** Tabs, control characters, a CR not followed by LF, and what YAML or JavaScript treat as extra line breaks. */
const UNUSUAL_CHARACTER = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;

/** yaml refuses implicit keys that end more than 1024 characters after their start; shorter lines cannot. */
const LONG_LINE = 1000;
/** Bounds that keep js-yaml's recursion shallow; the exact depth limit is checked on its result. */
const MAX_BRACKETS = 500;
const MAX_PREFIX = 200;

export function fastPathEligible(text: string): boolean {
  return (
    !NODE_PROPERTY.test(text) &&
    !text.includes("<<") &&
    !DOCUMENT_MARKER.test(text) &&
    !BARE_INDICATOR.test(text) &&
    !COLLECTION_KEY.test(text) &&
    !GLUED_COMMENT.test(text) &&
    !INDENTATION_INDICATOR.test(text) &&
    !UNUSUAL_CHARACTER.test(text) &&
    linesArePlain(text)
  );
}

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const HASH = 0x23;
const COMMA = 0x2c;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const OPEN_SEQ = 0x5b;
const CLOSE_SEQ = 0x5d;
const OPEN_MAP = 0x7b;
const CLOSE_MAP = 0x7d;

/**
 * One pass over the lines. Refuses: lines over LONG_LINE; a line prefix (indentation and `- `) over MAX_PREFIX;
 * compact nested sequences (`- - x`) and empty items (`-` with nothing or a comment after it), where js-yaml
 * lets the next `- ` join the wrong sequence; quoted scalars that do not close on their line or are followed by
 * anything but a space or an indicator; flow collections left open at a line end; a collection as a key of a
 * flow mapping (`{a, [b]}`), which js-yaml turns into a string key; more than MAX_BRACKETS flow collections.
 */
function linesArePlain(text: string): boolean {
  const flow: number[] = []; // open flow collections on this line, by their opening character
  let brackets = 0;
  let lineStart = 0;
  let inPrefix = true;
  let dashes = 0;
  let previous = LF; // last character that is not a space, for "where may a node start"
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      if (flow.length > 0 || i - lineStart > LONG_LINE || (inPrefix && dashes > 0)) return false;
      lineStart = i + 1;
      inPrefix = true;
      dashes = 0;
      previous = LF;
      continue;
    }
    if (c === CR) continue; // only ever before LF here (UNUSUAL_CHARACTER)
    if (inPrefix) {
      if (c === SPACE || c === DASH) {
        if (i - lineStart >= MAX_PREFIX) return false;
        if (c === DASH && ++dashes > 1) return false;
        if (c === DASH) previous = DASH;
        continue;
      }
      inPrefix = false;
      if (c === HASH && dashes > 0) return false;
    }
    const nodeStart = text.charCodeAt(i - 1) === SPACE || previous === LF || isFlowIndicatorOrColon(text.charCodeAt(i - 1));
    if (c === HASH && (text.charCodeAt(i - 1) === SPACE || previous === LF)) {
      // A comment runs to the line end; jump to the LF (or the end) and let it close the line.
      const end = text.indexOf("\n", i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if ((c === DQUOTE || c === SQUOTE) && nodeStart) {
      const end = closingQuote(text, i);
      if (end === -1) return false;
      const after = end + 1 < text.length ? text.charCodeAt(end + 1) : LF;
      if (after !== SPACE && after !== LF && after !== CR && after !== COMMA && after !== CLOSE_SEQ && after !== CLOSE_MAP && after !== COLON) return false;
      i = end;
      previous = c;
      continue;
    }
    if (c === OPEN_SEQ || c === OPEN_MAP) {
      if (flow.at(-1) === OPEN_MAP && (previous === OPEN_MAP || previous === COMMA)) return false;
      if (++brackets > MAX_BRACKETS) return false;
      flow.push(c);
    } else if ((c === CLOSE_SEQ || c === CLOSE_MAP) && flow.length > 0) flow.pop();
    if (c !== SPACE) previous = c;
  }
  return flow.length === 0 && text.length - lineStart <= LONG_LINE && !(inPrefix && dashes > 0);
}

const isFlowIndicatorOrColon = (c: number): boolean => c === OPEN_SEQ || c === OPEN_MAP || c === COMMA || c === COLON;

/** Offset of the quote that closes the scalar opened at `start`, or -1 when a line ends first. */
function closingQuote(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || c === CR) return -1;
    if (quote === DQUOTE && c === 0x5c /* \ */) {
      const next = text.charCodeAt(j + 1);
      if (next === LF || next === CR) return -1; // an escaped line break continues the scalar
      j++;
    } else if (c === quote) {
      if (quote === SQUOTE && text.charCodeAt(j + 1) === SQUOTE) j++;
      else return j;
    }
  }
  return -1;
}
