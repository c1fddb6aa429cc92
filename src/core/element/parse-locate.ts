// Positions of nodes in a composed yaml Document, by path, for diagnostics that point at a key or a value.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Pair } from "yaml";
import { FILE_START, type Position } from "../diagnostic/diagnostic.js";
import { keyString } from "./parse-value.js";
import type { NodePath } from "./source.js";

export type Locate = (path: NodePath, want: "key" | "value") => Position;

export function createLocator(doc: Document.Parsed, lineCounter: LineCounter): Locate {
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
      const step = child(doc, node, segment);
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
  node: unknown,
  segment: string | number,
): { holder: unknown; node: unknown } | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (typeof segment === "string") {
    const pairs: readonly Pair<unknown, unknown>[] | undefined = isMap(target)
      ? target.items
      : isPair(target)
        ? [target]
        : undefined;
    const pair = pairs?.find(
      (p) => keyString(isScalar(p.key) ? p.key.value : null) === segment && (isScalar(p.key) || p.key == null),
    );
    return pair ? { holder: pair.key ?? pair, node: pair.value } : undefined;
  }
  if (isSeq(target)) {
    const item: unknown = target.items[segment];
    return item === undefined ? undefined : { holder: item, node: item };
  }
  return undefined;
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
