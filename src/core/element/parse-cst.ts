// First stage of the slow path: yaml's lexer and CST parser, driven token by token so that nesting depth and
// alias count are bounded BEFORE anything is composed. The lexer and parser keep explicit stacks (no recursion),
// so stopping at depth 65 costs a few hundred tokens even for 100,000 nested `[` or `- `; the recursive composer
// (where very deep input exhausts memory on Node 20) never sees such input.
import { CST, Lexer, type LineCounter, Parser } from "yaml";
import { lineCounterOf } from "./text-lines.js";

export const MAX_DEPTH = 64;
export const MAX_ALIASES = 100;

export interface CstScan {
  ok: true;
  tokens: CST.Token[];
  lineCounter: LineCounter;
  /** Offsets of explicit tags (`!x`, `!!str`, `!<...>`). */
  tags: number[];
  /** Offsets of `%` directives. */
  directives: number[];
}

export interface CstLimit {
  ok: false;
  code: "limit/depth" | "limit/aliases";
  offset: number;
  lineCounter: LineCounter;
}

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);

export function scanCst(text: string): CstScan | CstLimit {
  const lineCounter = lineCounterOf(text);
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  const tags: number[] = [];
  const directives: number[] = [];
  let aliases = 0;
  let scalarSourceNext = false;
  for (const lexeme of new Lexer().lex(text, false)) {
    const offset = parser.offset;
    // After the SCALAR marker the lexer emits the scalar's text, whose first character means nothing.
    const type = scalarSourceNext ? "scalar" : CST.tokenType(lexeme);
    scalarSourceNext = lexeme === CST.SCALAR;
    if (type === "tag") tags.push(offset);
    else if (type === "directive-line") directives.push(offset);
    else if (type === "alias" && ++aliases > MAX_ALIASES)
      return { ok: false, code: "limit/aliases", offset, lineCounter };
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_DEPTH + 1 && openCollections(parser.stack) > MAX_DEPTH) {
      return { ok: false, code: "limit/depth", offset: innermostCollection(parser.stack) ?? offset, lineCounter };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { ok: true, tokens, lineCounter, tags, directives };
}

/** Where the innermost open collection starts: its `[`, `{`, first `-` or first key. */
function innermostCollection(stack: readonly CST.Token[]): number | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const token = stack[i];
    if (token && COLLECTIONS.has(token.type) && "offset" in token) return token.offset;
  }
  return undefined;
}

function openCollections(stack: readonly CST.Token[]): number {
  let n = 0;
  for (const token of stack) if (COLLECTIONS.has(token.type)) n++;
  return n;
}
