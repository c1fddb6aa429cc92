// Positions for a file the fast path took, without the yaml parse: a pass over the text's block structure (block
// mappings and sequences, keys, single-line scalars and flow collections; a nested block is read only when a
// query enters it) gives where each key and value is. It answers only where it is sure to give what the yaml
// locator gives (parse-locate.ts): a query that reaches a block scalar, a multi-line scalar or a block
// collection's end (which yaml places after comments and line breaks) answers undefined, and the caller asks the
// yaml locator. Text the index does not understand gives no index at all, or leaves that part to yaml. The
// differential tests (parse-locate.property.test.ts, locate-findings.property.test.ts) hold the two to the same
// answers.
import type { Position } from "../diagnostic/diagnostic.js";
import { plainScalarValue } from "./parse-fast.js";
import { keyString } from "./parse-value.js";
import type { NodePath } from "./source.js";
import {
  BACKSLASH,
  CLOSE_MAP,
  CLOSE_SEQ,
  COLON,
  COMMA,
  CR,
  DASH,
  DQUOTE,
  GREATER,
  HASH,
  LF,
  OPEN_MAP,
  OPEN_SEQ,
  PIPE,
  SPACE,
  SQUOTE,
} from "./yaml-char-codes.js";

// A collection's range is known for a flow collection only: yaml ends a block one after comments and line breaks.
type PlainNode =
  | { kind: "map"; entries: Map<string, Entry> | undefined; range?: readonly [number, number] } // undefined: a key the index cannot name
  // The top-level mapping, read entry by entry as far as a query needs: a finding at `metadata` reads one line.
  | { kind: "partial"; map: PartialMap }
  | { kind: "seq"; items: PlainNode[]; range?: readonly [number, number] }
  | { kind: "scalar"; start: number; end: number }
  | { kind: "empty" }
  | { kind: "opaque" }
  // A nested block, read at the first query that enters it: most queries need one or two paths of a file.
  | { kind: "lazy"; load: () => PlainNode };

interface Entry {
  keyStart: number;
  keyEnd: number;
  value: PlainNode;
}

interface PartialMap {
  entries: Map<string, Entry>;
  /** A key the index cannot name was read: a key not found among the others may be that one. */
  unnamed: boolean;
  /** Reading on met text the index does not know: from then on every query goes to yaml, as with no index. */
  unsure: boolean;
  complete: boolean;
  /** Reads entries until one named `name` is read, or to the end. */
  readUntil(name: string): void;
}

const OPAQUE: PlainNode = { kind: "opaque" };
const EMPTY: PlainNode = { kind: "empty" };

export interface PlainIndex {
  root: PlainNode;
  text: string;
  /** Line starts, counted only as far as a position asked for. */
  lines?: LineStarts;
}

/** The index of a text the fast path took, or undefined when its structure is not one the index knows. */
export function plainIndex(text: string): PlainIndex | undefined {
  try {
    const root = new IndexBuilder(text).document();
    return { root, text };
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

/** What the yaml locator answers for this query, or undefined when the index cannot be sure of it. */
export function locateInIndex(index: PlainIndex, path: NodePath, want: "key" | "value"): Position | undefined {
  let node = index.root;
  // The key that holds `node`, or the sequence item itself; undefined at the root, "unknown" for an item whose
  // range the index does not keep.
  let holder: Range | undefined;
  for (const segment of path) {
    if (node.kind === "lazy") node = node.load();
    if (node.kind === "opaque") return undefined;
    const next = child(node, segment);
    if (!next) return position(index, holder ?? rangeOf(node));
    holder = next.holder;
    node = next.node;
  }
  // A key is where its holder is: the block under it is read only when its value is asked for.
  if (want === "key" && holder) return position(index, holder);
  if (node.kind === "lazy") node = node.load();
  if (want === "key" || node.kind === "empty") return position(index, holder ?? rangeOf(node));
  return position(index, rangeOf(node));
}

type Range = readonly [number, number] | "unknown";

function child(node: PlainNode, segment: string | number): { holder: Range; node: PlainNode } | undefined {
  if (node.kind === "partial" && typeof segment === "string") {
    const { map } = node;
    if (!map.entries.has(segment)) map.readUntil(segment);
    if (map.unsure) return { holder: "unknown", node: OPAQUE };
    const entry = map.entries.get(segment);
    if (entry) return { holder: [entry.keyStart, entry.keyEnd], node: entry.value };
    return map.unnamed ? { holder: "unknown", node: OPAQUE } : undefined;
  }
  if (node.kind === "map" && typeof segment === "string") {
    if (!node.entries) return { holder: "unknown", node: OPAQUE };
    const entry = node.entries.get(segment);
    return entry && { holder: [entry.keyStart, entry.keyEnd], node: entry.value };
  }
  if (node.kind === "seq" && typeof segment === "number") {
    const item = node.items[segment];
    return item && { holder: rangeOf(item), node: item };
  }
  return undefined;
}

function rangeOf(node: PlainNode): Range {
  if (node.kind === "scalar") return [node.start, node.end];
  return (node.kind === "map" || node.kind === "seq") && node.range ? node.range : "unknown";
}

function position(index: PlainIndex, range: Range): Position | undefined {
  if (range === "unknown") return undefined;
  index.lines ??= new LineStarts(index.text);
  const start = index.lines.linePos(range[0]);
  const end = index.lines.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/**
 * Line and column of an offset as yaml's LineCounter gives them (a line ends at LF), counting the line breaks
 * only up to the furthest offset asked for: most files are asked one position near their start.
 */
class LineStarts {
  private readonly starts = [0];
  /** The first line break not recorded yet, or -1. */
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf("\n");
  }

  linePos(offset: number): { line: number; col: number } {
    while (this.next !== -1 && this.next < offset) {
      this.starts.push(this.next + 1);
      this.next = this.text.indexOf("\n", this.next + 1);
    }
    // The last recorded start at or before the offset (an offset just past a line break starts the next line).
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/** Keeps the first entry of each key; false for a key the index cannot name. */
function record(entries: Map<string, Entry>, key: Key, value: PlainNode): boolean {
  if (key.name === undefined) return false;
  if (!entries.has(key.name)) entries.set(key.name, { keyStart: key.start, keyEnd: key.end, value });
  return true;
}

/** Thrown where the text leaves the structure the index knows: no index, the yaml locator answers everything. */
class Unsure extends Error {}

const isFlowBracket = (c: number): boolean => c === OPEN_SEQ || c === CLOSE_SEQ || c === OPEN_MAP || c === CLOSE_MAP;

/** A line with content: where it starts, and its first character that is not a space. */
interface Line {
  start: number;
  first: number;
  indent: number;
}

interface Key {
  start: number;
  end: number;
  /** The JavaScript key; undefined for a double-quoted key with escapes, which the index does not decode. */
  name: string | undefined;
  /** Just after the `:`. */
  valueFrom: number;
}

class IndexBuilder {
  /** Start of the first line not consumed yet. */
  private line: number;

  constructor(
    private readonly text: string,
    from = 0,
  ) {
    this.line = from;
  }

  document(): PlainNode {
    const first = this.nextContent();
    if (!first || this.keyAt(first.first) === undefined) throw new Unsure();
    return this.partialMap(first.indent, first.first);
  }

  /** The top-level mapping, as `map` reads it, but one entry at a time; nothing may follow it. */
  private partialMap(indent: number, from: number): PlainNode {
    let at = from;
    const map: PartialMap = {
      entries: new Map(),
      unnamed: false,
      unsure: false,
      complete: false,
      readUntil: (name) => {
        try {
          while (!map.complete && !map.entries.has(name)) {
            const { key, value, next } = this.entry(at, indent);
            if (!record(map.entries, key, value)) map.unnamed = true;
            if (next && next.indent < indent) throw new Unsure();
            if (next) at = next.first;
            else map.complete = true;
          }
        } catch (error) {
          if (!(error instanceof Unsure)) throw error;
          map.unsure = true;
          map.complete = true;
        }
      },
    };
    return { kind: "partial", map };
  }

  /** A block mapping whose keys start at column `indent`, the first one at `from`. */
  private map(indent: number, from: number): PlainNode {
    const entries = new Map<string, Entry>();
    let named = true;
    let at = from;
    for (;;) {
      const { key, value, next } = this.entry(at, indent);
      if (!record(entries, key, value)) named = false;
      if (!next || next.indent < indent) break;
      at = next.first;
    }
    return { kind: "map", entries: named ? entries : undefined };
  }

  /**
   * The entry of a block mapping at column `indent` whose key starts at `at`, and the next line with content: the
   * next key's, or a line less indented (the mapping has ended there), or none.
   */
  private entry(at: number, indent: number): { key: Key; value: PlainNode; next: Line | undefined } {
    const key = this.keyAt(at);
    if (!key) throw new Unsure();
    const value = this.inline(key.valueFrom, indent, true);
    const next = this.nextContent();
    if (next && next.indent >= indent && (next.indent > indent || this.isItem(next.first))) throw new Unsure();
    return { key, value, next };
  }

  /** A block sequence whose `-` are at column `indent`. */
  private seq(indent: number): PlainNode {
    const items: PlainNode[] = [];
    for (let next = this.nextContent(); next && next.indent >= indent; next = this.nextContent()) {
      if (next.indent > indent) throw new Unsure();
      if (!this.isItem(next.first)) break;
      let at = next.first + 1;
      while (this.code(at) === SPACE) at++;
      if (this.isLineEnd(at) || this.code(at) === HASH) throw new Unsure(); // an empty item (the pre-scan refuses it)
      if (this.keyAt(at) !== undefined) items.push(this.map(at - next.start, at));
      else items.push(this.inline(at, indent, false));
    }
    return { kind: "seq", items };
  }

  /**
   * The value that starts at `from` on its line (a map value after its `:`, or a sequence item's scalar), inside a
   * collection at column `indent`; lines indented deeper than that belong to the value.
   */
  private inline(from: number, indent: number, mapValue: boolean): PlainNode {
    let at = from;
    while (this.code(at) === SPACE) at++;
    const c = this.code(at);
    if (this.isLineEnd(at) || c === HASH) {
      if (!mapValue) throw new Unsure();
      this.line = this.endOfLine(at);
      return this.block(indent);
    }
    if (c === PIPE || c === GREATER) {
      this.line = this.endOfLine(at);
      this.skipDeeper(indent);
      return OPAQUE;
    }
    if (c === OPEN_SEQ || c === OPEN_MAP) {
      // The pre-scan admits only flow collections that close on their line.
      let node: PlainNode = OPAQUE;
      try {
        const flow = this.flow(at);
        let after = flow.end;
        while (this.code(after) === SPACE) after++;
        if (this.isLineEnd(after) || (this.code(after) === HASH && after > flow.end)) node = flow.node;
      } catch (error) {
        if (!(error instanceof Unsure)) throw error;
      }
      this.line = this.endOfLine(at);
      return this.single(node, indent);
    }
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(at);
      let after = close + 1;
      while (this.code(after) === SPACE) after++;
      if (!this.isLineEnd(after) && !(this.code(after) === HASH && after > close + 1)) throw new Unsure();
      this.line = this.endOfLine(after);
      return this.single({ kind: "scalar", start: at, end: close + 1 }, indent);
    }
    if (!this.mayStartPlain(at)) throw new Unsure();
    const end = this.plainEnd(at);
    this.line = this.endOfLine(end);
    return this.single({ kind: "scalar", start: at, end }, indent);
  }

  /** After a value on its own line: deeper lines would continue it (a multi-line scalar), which the index leaves. */
  private single(node: PlainNode, indent: number): PlainNode {
    const next = this.nextLine();
    if (!next || next.indent <= indent) return node;
    this.skipDeeper(indent);
    return OPAQUE;
  }

  /** What follows a `key:` with nothing after it: a nested collection, or an empty value. */
  private block(indent: number): PlainNode {
    const next = this.nextContent();
    if (!next) return EMPTY;
    if (next.indent > indent) {
      // Whatever the nested block holds, it is the lines below indented deeper than its key (and comments): the
      // key's siblings are found without reading it.
      this.skipNested(indent);
      return this.later(next, this.line);
    }
    // `key:` then `- item` at the key's own column: the sequence is the key's value.
    if (next.indent === indent && this.isItem(next.first)) return this.seq(indent);
    return EMPTY;
  }

  /**
   * The nested block that starts on `first` and ends before `end`, read when asked for. One the index does not
   * understand, or that ends elsewhere than the lines it was given, is opaque: its queries go to yaml.
   */
  private later(first: Line, end: number): PlainNode {
    const text = this.text;
    let node: PlainNode | undefined;
    const load = (): PlainNode => {
      if (node) return node;
      const nested = new IndexBuilder(text, first.start);
      try {
        if (nested.isItem(first.first)) node = nested.seq(first.indent);
        else if (nested.keyAt(first.first) !== undefined) node = nested.map(first.indent, first.first);
        else node = OPAQUE; // a scalar on the lines below its key
        const after = nested.nextContent();
        if (after && after.start < end) node = OPAQUE;
      } catch (error) {
        if (!(error instanceof Unsure)) throw error;
        node = OPAQUE;
      }
      return node;
    };
    return { kind: "lazy", load };
  }

  /** A flow collection on one line, `[a, b]` or `{k: v, k2}`, opening at `at`; `end` is just past its bracket. */
  private flow(at: number): { node: PlainNode; end: number } {
    const isMap = this.code(at) === OPEN_MAP;
    const close = isMap ? CLOSE_MAP : CLOSE_SEQ;
    const items: PlainNode[] = [];
    const entries = new Map<string, Entry>();
    let named = true;
    let i = at + 1;
    for (;;) {
      while (this.code(i) === SPACE) i++;
      if (this.code(i) === close) break;
      if (isMap) {
        const key = this.flowScalar(i);
        const name = key.node.kind === "scalar" ? key.name : undefined;
        if (key.node.kind !== "scalar") throw new Unsure();
        let j = key.end;
        while (this.code(j) === SPACE) j++;
        let value: PlainNode = EMPTY;
        if (this.code(j) === COLON) {
          j++;
          while (this.code(j) === SPACE) j++;
          if (this.code(j) !== COMMA && this.code(j) !== close) {
            const read = this.flowItem(j);
            value = read.node;
            j = read.end;
          }
        }
        if (name === undefined) named = false;
        else if (!entries.has(name)) entries.set(name, { keyStart: key.node.start, keyEnd: key.node.end, value });
        i = j;
      } else {
        const read = this.flowItem(i);
        let j = read.end;
        while (this.code(j) === SPACE) j++;
        if (this.code(j) === COLON) throw new Unsure(); // `[a: b]`, a pair in a sequence
        items.push(read.node);
        i = j;
      }
      while (this.code(i) === SPACE) i++;
      if (this.code(i) === COMMA) i++;
      else if (this.code(i) !== close) throw new Unsure();
    }
    const range: readonly [number, number] = [at, i + 1];
    const node: PlainNode = isMap
      ? { kind: "map", entries: named ? entries : undefined, range }
      : { kind: "seq", items, range };
    return { node, end: i + 1 };
  }

  private flowItem(at: number): { node: PlainNode; end: number } {
    const c = this.code(at);
    if (c === OPEN_SEQ || c === OPEN_MAP) return this.flow(at);
    const read = this.flowScalar(at);
    return { node: read.node, end: read.end };
  }

  /** A scalar inside a flow collection: quoted, or plain up to `,`, a bracket, `: ` or a comment. */
  private flowScalar(at: number): { node: PlainNode; name: string | undefined; end: number } {
    const c = this.code(at);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(at);
      const inner = this.text.slice(at + 1, close);
      const name = c === SQUOTE ? inner.replaceAll("''", "'") : inner.includes("\\") ? undefined : inner;
      return { node: { kind: "scalar", start: at, end: close + 1 }, name, end: close + 1 };
    }
    if (!this.mayStartPlain(at)) throw new Unsure();
    let end = at;
    let i = at;
    for (; i < this.text.length; i++) {
      const d = this.text.charCodeAt(i);
      if (d === LF || d === CR || d === COMMA || isFlowBracket(d)) break;
      if (d === HASH && this.code(i - 1) === SPACE) throw new Unsure();
      if (d === COLON) {
        const next = this.code(i + 1);
        if (next === SPACE || next === COMMA || isFlowBracket(next) || this.isLineEnd(i + 1)) break;
      }
      if (d !== SPACE) end = i + 1;
    }
    if (end === at) throw new Unsure();
    const name = keyString(plainScalarValue(this.text.slice(at, end)));
    return { node: { kind: "scalar", start: at, end }, name, end };
  }

  /** The implicit key starting at `at`, or undefined when the line there holds no key. */
  private keyAt(at: number): Key | undefined {
    const c = this.code(at);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(at);
      if (this.code(close + 1) !== COLON) return undefined;
      if (!this.isSpaceOrEnd(close + 2)) throw new Unsure(); // `"a":b`
      const inner = this.text.slice(at + 1, close);
      const name = c === SQUOTE ? inner.replaceAll("''", "'") : inner.includes("\\") ? undefined : inner;
      return { start: at, end: close + 1, name, valueFrom: close + 2 };
    }
    if (!this.mayStartPlain(at)) return undefined;
    for (let i = at; i < this.text.length; i++) {
      const d = this.text.charCodeAt(i);
      if (d === LF || d === CR) return undefined;
      if (d === HASH && this.code(i - 1) === SPACE) return undefined;
      if (d === COLON && this.isSpaceOrEnd(i + 1)) {
        if (this.code(i - 1) === SPACE) throw new Unsure(); // `a :` (the pre-scan refuses it)
        return { start: at, end: i, name: keyString(plainScalarValue(this.text.slice(at, i))), valueFrom: i + 1 };
      }
    }
    return undefined;
  }

  /** Where a single-line plain scalar ends: before a comment, trailing spaces and the line break. */
  private plainEnd(at: number): number {
    let end = at;
    for (let i = at; i < this.text.length; i++) {
      const d = this.text.charCodeAt(i);
      if (d === LF || (d === CR && this.code(i + 1) === LF)) break;
      if (d === HASH && this.code(i - 1) === SPACE) break;
      if (d !== SPACE) end = i + 1;
    }
    return end;
  }

  /** Not an indicator that cannot start a plain scalar (the pre-scan refuses most; the rest are left to yaml). */
  private mayStartPlain(at: number): boolean {
    const c = this.code(at);
    if (c === DASH || c === COLON || c === 0x3f /* ? */) return !this.isSpaceOrEnd(at + 1);
    return !"[]{},#&*!|>'\"%@`".includes(this.text.charAt(at));
  }

  private closingQuote(start: number): number {
    const quote = this.code(start);
    for (let j = start + 1; j < this.text.length; j++) {
      const c = this.text.charCodeAt(j);
      if (c === LF || c === CR) break;
      if (quote === DQUOTE && c === BACKSLASH) j++;
      else if (c === quote) {
        if (quote === SQUOTE && this.code(j + 1) === SQUOTE) j++;
        else return j;
      }
    }
    throw new Unsure(); // the pre-scan admits only quoted scalars that close on their line
  }

  private isItem(at: number): boolean {
    return this.code(at) === DASH && this.isSpaceOrEnd(at + 1);
  }

  /** The next line with content, not a comment; consumes the blank and comment lines before it. */
  private nextContent(): Line | undefined {
    for (;;) {
      const next = this.nextLine();
      if (!next || this.code(next.first) !== HASH) return next;
      this.line = this.endOfLine(next.first);
    }
  }

  /** The next line that is not blank (comments included); consumes the blank lines before it. */
  private nextLine(): Line | undefined {
    while (this.line < this.text.length) {
      let j = this.line;
      while (this.code(j) === SPACE) j++;
      if (!this.isLineEnd(j)) return { start: this.line, first: j, indent: j - this.line };
      this.line = this.endOfLine(j);
    }
    return undefined;
  }

  /** Consumes the lines of a nested block: blank lines, comments, and lines indented deeper than `indent`. */
  private skipNested(indent: number): void {
    for (let next = this.nextLine(); next; next = this.nextLine()) {
      if (next.indent <= indent && this.code(next.first) !== HASH) return;
      this.line = this.endOfLine(next.first);
    }
  }

  /** Consumes blank lines and lines indented deeper than `indent`. */
  private skipDeeper(indent: number): void {
    for (let next = this.nextLine(); next && next.indent > indent; next = this.nextLine())
      this.line = this.endOfLine(next.first);
  }

  /** Start of the line after the one holding `at`. */
  private endOfLine(at: number): number {
    const lf = this.text.indexOf("\n", at);
    return lf === -1 ? this.text.length : lf + 1;
  }

  private isLineEnd(at: number): boolean {
    const c = this.code(at);
    return at >= this.text.length || c === LF || (c === CR && this.code(at + 1) === LF);
  }

  private isSpaceOrEnd(at: number): boolean {
    return this.code(at) === SPACE || this.isLineEnd(at);
  }

  private code(at: number): number {
    return this.text.charCodeAt(at);
  }
}
