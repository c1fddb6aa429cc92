// Positions of nodes in a composed yaml Document, by path, for diagnostics that point at a key or a value.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Pair } from "yaml";
import { FILE_START, type Position } from "../diagnostic/diagnostic.js";
import { locateInIndex, type PlainIndex, plainIndex } from "./parse-locate-plain.js";
import { keyString } from "./parse-value.js";
import { parseYaml } from "./parse-yaml.js";
import type { NodePath } from "./source.js";

export type Locate = (path: NodePath, want: "key" | "value") => Position;

/**
 * Positions for a file the fast path took, built only when a diagnostic asks: the plain index (one pass over
 * the text) answers what it can; the yaml parse runs only for a query it cannot answer, once per file.
 */
export function lazyLocator(text: string): Locate {
  let index: PlainIndex | undefined | null = null;
  let exact: Locate | undefined;
  return (path, want) => {
    if (index === null) index = plainIndex(text);
    const plain = index && locateInIndex(index, path, want);
    if (plain) return plain;
    if (!exact) {
      const parsed = parseYaml(text);
      exact = parsed.ok ? createLocator(parsed.doc, parsed.lineCounter) : () => FILE_START;
    }
    return exact(path, want);
  };
}

export function createLocator(doc: Document.Parsed, lineCounter: LineCounter): Locate {
  // Key → pair per mapping, built at the first lookup in it: a file with thousands of findings in one mapping
  // would otherwise scan that mapping once per finding.
  const indexes = new WeakMap<object, ReadonlyMap<string, Pair<unknown, unknown>>>();
  const position = (range: readonly [number, number] | undefined): Position => {
    if (!range) return FILE_START;
    const start = lineCounter.linePos(range[0]);
    const end = lineCounter.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };

  return (path, want) => {
    let node: unknown = doc.contents;
    // What holds `node`: the mapping key, or the sequence item itself. Undefined at the root.
    let holder: unknown;
    for (const segment of path) {
      const step = child(doc, indexes, node, segment);
      // A path that does not exist points at the nearest ancestor, through the key that holds it.
      if (!step) return position(rangeOf(holder ?? node));
      holder = step.holder;
      node = step.node;
    }
    if (want === "key" || isEmpty(node)) return position(rangeOf(holder ?? node));
    return position(rangeOf(node));
  };
}

function child(
  doc: Document.Parsed,
  indexes: WeakMap<object, ReadonlyMap<string, Pair<unknown, unknown>>>,
  node: unknown,
  segment: string | number,
): { holder: unknown; node: unknown } | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (typeof segment === "string") {
    let pair: Pair<unknown, unknown> | undefined;
    if (isPair(target)) pair = keyOf(target) === segment ? target : undefined;
    else if (isMap(target)) {
      let index = indexes.get(target);
      if (!index) {
        index = indexPairs(target.items);
        indexes.set(target, index);
      }
      pair = index.get(segment);
    }
    return pair ? { holder: pair.key ?? pair, node: pair.value } : undefined;
  }
  if (isSeq(target)) {
    const item: unknown = target.items[segment];
    return item === undefined ? undefined : { holder: item, node: item };
  }
  return undefined;
}

/** The JavaScript key a pair stands for; undefined for a collection or alias key, which no path names. */
function keyOf(pair: Pair<unknown, unknown>): string | undefined {
  if (isScalar(pair.key)) return keyString(pair.key.value);
  return pair.key == null ? keyString(null) : undefined;
}

/** The first pair of each key, as a linear search from the start would find it. */
function indexPairs(pairs: readonly Pair<unknown, unknown>[]): ReadonlyMap<string, Pair<unknown, unknown>> {
  const index = new Map<string, Pair<unknown, unknown>>();
  for (const pair of pairs) {
    const key = keyOf(pair);
    if (key !== undefined && !index.has(key)) index.set(key, pair);
  }
  return index;
}

/** An empty value (`key:` with nothing after it) has no useful position of its own: use its key. */
function isEmpty(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  return (
    isScalar(node) &&
    node.value === null &&
    node.range !== undefined &&
    node.range !== null &&
    node.range[0] === node.range[1]
  );
}

function rangeOf(node: unknown): readonly [number, number] | undefined {
  if (isPair(node)) {
    const start = rangeOf(node.key) ?? rangeOf(node.value);
    const end = rangeOf(node.value) ?? start;
    return start && end ? [start[0], end[1]] : undefined;
  }
  if ((isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) && node.range)
    return [node.range[0], node.range[1]];
  return undefined;
}
