// Decides, from the text alone and in one pass, whether js-yaml may parse a file in place of the exact yaml
// path. It answers yes only when none of the refusals of docs/elements.md can be present and the text keeps to the
// plain YAML on which both parsers are shown to agree (parse-fast.property.test.ts). Each rule below is a place
// where they were found to differ, or a refusal the fast path could not locate. A no costs only speed: the file
// then takes the exact path.
import {
  AMPERSAND,
  BANG,
  CLOSE_MAP,
  CLOSE_SEQ,
  COLON,
  COMMA,
  CR,
  DASH,
  DOT,
  DQUOTE,
  GREATER,
  HASH,
  LESS,
  LF,
  OPEN_MAP,
  OPEN_SEQ,
  PERCENT,
  PIPE,
  QUESTION,
  SPACE,
  SQUOTE,
  STAR,
} from "./yaml-char-codes.js";

/** Tabs, control characters, and what YAML or JavaScript treat as extra line breaks. */
const UNUSUAL_CHARACTER = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;
/** The rest of a line that holds only a block scalar header without indentation indicator (`|`, `>-`, `|+ # c`). */
const BLOCK_HEADER = /[|>][-+]?(?:[ ]+#[^\n]*|[ ]*)\r?(?:\n|$)/y;

/**
 * yaml refuses an implicit key whose `:` is more than 1024 characters after the key's start (a YAML 1.2 limit on
 * implicit keys only). A longer line is admitted when the first `:` that can end a key comes within this many
 * characters of the line's start and no flow collection (whose keys could be anywhere) opens on it.
 */
const LONG_LINE = 1000;
/** Bounds that keep js-yaml's recursion shallow; the exact depth limit is checked on its result. */
const MAX_BRACKETS = 500;
const MAX_PREFIX = 200;

/** Whether the text holds a tab, a control character or an extra line break: a superset of what YAML refuses. */
export function hasUnusualCharacter(text: string): boolean {
  return UNUSUAL_CHARACTER.test(text);
}

/** `known.unusual` is hasUnusualCharacter(text), when the caller has asked already. */
export function fastPathEligible(text: string, known?: { unusual: boolean }): boolean {
  if (known?.unusual ?? hasUnusualCharacter(text)) return false;
  if (text.includes("\r") && LONE_CR.test(text)) return false;
  return linesArePlain(text);
}

/**
 * One pass over the structure of the text: block scalar content, quoted scalars and comments are stepped over,
 * as both parsers read them as text. Refuses, where a node may start (after a space, a line start or `[{,:`):
 * `&anchor`, `*alias` and `!tag`, `? ` and ` : ` (explicit and empty keys); anywhere: `<<`; `---`, `...` and `%`
 * at a line start; a `#` glued to a quote, a colon or a flow indicator; a flow collection used as a key
 * (`[a]: x`, `{a, [b]}`); block scalar indentation indicators (`|2`), where the parsers read blank lines
 * differently; compact nested sequences (`- - x`) and empty items (`-` with nothing or a comment after it),
 * where js-yaml lets the next `- ` join the wrong sequence; quoted scalars that do not close on their line or are
 * followed by anything but a space or an indicator; flow collections left open at a line end; lines over
 * LONG_LINE that hold a flow collection or whose first possible key indicator lies past LONG_LINE; line prefixes
 * (indentation and `- `) over MAX_PREFIX; more than MAX_BRACKETS flow collections.
 */
function linesArePlain(text: string): boolean {
  const flow: number[] = []; // open flow collections on this line, by their opening character
  let brackets = 0;
  let lineStart = 0;
  let inPrefix = true;
  let dashes = 0;
  let column = 0; // where the line's node starts: after indentation and `- `
  let previous = LF; // last character that is not a space: what a node may follow
  let indicator = -1; // offset in the line of the first `:` that may end an implicit key, or -1
  let flowOnLine = false;
  const longLineRefused = (end: number): boolean =>
    end - lineStart > LONG_LINE && (flowOnLine || indicator > LONG_LINE);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      if (flow.length > 0 || longLineRefused(i) || (inPrefix && dashes > 0)) return false;
      lineStart = i + 1;
      inPrefix = true;
      dashes = 0;
      previous = LF;
      indicator = -1;
      flowOnLine = false;
      continue;
    }
    if (!inPrefix && (c >= 0x80 || ORDINARY[c] === 1)) {
      // Most characters: nothing below looks at them but `previous`.
      if (c !== SPACE) previous = c;
      continue;
    }
    if (c === CR) continue; // only ever before LF here
    if (inPrefix) {
      if (c === SPACE || c === DASH) {
        if (i - lineStart >= MAX_PREFIX) return false;
        if (c === DASH) {
          if (++dashes > 1) return false; // also `---`
          previous = DASH;
        }
        continue;
      }
      inPrefix = false;
      column = i - lineStart;
      if (c === HASH && dashes > 0) return false;
      if (i === lineStart && (c === DOT || c === PERCENT)) return false; // `...`, `%YAML` (and any plain `.x`, `%x`)
    }
    const before = text.charCodeAt(i - 1);
    const afterSpace = before === SPACE || previous === LF;
    const nodeStart = afterSpace || before === OPEN_SEQ || before === OPEN_MAP || before === COMMA || before === COLON;
    switch (c) {
      case HASH:
        if (afterSpace) {
          // A comment runs to the line end: continue at its LF.
          const end = text.indexOf("\n", i);
          if (end === -1) return flow.length === 0 && !longLineRefused(text.length);
          i = end - 1;
          continue;
        }
        if (before === DQUOTE || before === SQUOTE || before === COLON || before === COMMA || isFlowIndicator(before))
          return false;
        break;
      case AMPERSAND:
      case STAR:
      case BANG:
        if (nodeStart) return false;
        break;
      case QUESTION:
      case COLON:
        if (nodeStart && isSpaceOrEnd(text.charCodeAt(i + 1))) return false;
        // Outside quotes and comments, the first `: ` (or `:` at the line end) is where any implicit key on the line
        // ends: a plain scalar cannot hold one.
        if (c === COLON && indicator < 0 && isSpaceOrEnd(text.charCodeAt(i + 1))) indicator = i - lineStart;
        break;
      case LESS:
        if (text.charCodeAt(i + 1) === LESS) return false;
        break;
      case PIPE:
      case GREATER:
        if ((previous === COLON || previous === DASH || previous === LF) && afterSpace) {
          BLOCK_HEADER.lastIndex = i;
          if (!BLOCK_HEADER.test(text)) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0x30 && next <= 0x39) return false; // `|2`: an indentation indicator
            if ((next === DASH || next === 0x2b) && text.charCodeAt(i + 2) >= 0x30 && text.charCodeAt(i + 2) <= 0x39)
              return false;
            break;
          }
          // Content is indented more than the node that holds the scalar, whose column is at most the line's
          // node column: lines past it are content, never structure.
          const next = blockContentEnd(text, BLOCK_HEADER.lastIndex, column);
          if (longLineRefused(BLOCK_HEADER.lastIndex - 1)) return false; // the header line itself
          if (next >= text.length) return flow.length === 0;
          i = next - 1;
          lineStart = next;
          inPrefix = true;
          dashes = 0;
          previous = LF;
          indicator = -1;
          flowOnLine = false;
          continue;
        }
        break;
      case DQUOTE:
      case SQUOTE:
        if (nodeStart) {
          const end = closingQuote(text, i);
          if (end === -1) return false;
          const after = text.charCodeAt(end + 1);
          if (!isSpaceOrEnd(after) && after !== COMMA && after !== CLOSE_SEQ && after !== CLOSE_MAP && after !== COLON)
            return false;
          if (after === COLON && indicator < 0) indicator = end + 1 - lineStart; // `"key":v` needs no space
          i = end;
          previous = c;
          continue;
        }
        break;
      case OPEN_SEQ:
      case OPEN_MAP:
        if (flow.at(-1) === OPEN_MAP && (previous === OPEN_MAP || previous === COMMA)) return false;
        if (++brackets > MAX_BRACKETS) return false;
        flow.push(c);
        flowOnLine = true;
        break;
      case CLOSE_SEQ:
      case CLOSE_MAP: {
        flow.pop();
        let j = i + 1;
        while (text.charCodeAt(j) === SPACE) j++;
        if (text.charCodeAt(j) === COLON) return false;
        break;
      }
    }
    if (c !== SPACE) previous = c;
  }
  return flow.length === 0 && !longLineRefused(text.length) && !(inPrefix && dashes > 0);
}

/** 1 for the ASCII characters that, past a line's prefix, matter only as `previous`: no rule looks at them. */
const ORDINARY = new Uint8Array(0x80);
for (let c = 0x20; c < 0x7f; c++) ORDINARY[c] = 1;
for (const c of "#&*!?:<|>\"'[{]}") ORDINARY[c.charCodeAt(0)] = 0;

const isFlowIndicator = (c: number): boolean => c === OPEN_SEQ || c === CLOSE_SEQ || c === OPEN_MAP || c === CLOSE_MAP;
/** A space, a line break, or past the end (`charCodeAt` gives NaN there). */
const isSpaceOrEnd = (c: number): boolean => c === SPACE || c === LF || c === CR || Number.isNaN(c);

/**
 * Offset of the first line from `from` on that ends the block scalar: not blank, and indented no more than
 * `parent` or less than the scalar's first content line.
 */
function blockContentEnd(text: string, from: number, parent: number): number {
  let contentIndent = -1;
  let line = from;
  while (line < text.length) {
    let j = line;
    while (text.charCodeAt(j) === SPACE) j++;
    const c = text.charCodeAt(j);
    if (!(c === LF || c === CR || j === text.length)) {
      const indent = j - line;
      if (indent <= parent || indent < contentIndent) return line;
      if (contentIndent < 0) contentIndent = indent;
    }
    const end = text.indexOf("\n", j);
    if (end === -1) return text.length;
    line = end + 1;
  }
  return text.length;
}

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
