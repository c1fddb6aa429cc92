// Small edits of a yaml Document that keep the comments written beside the keys and values they move.
import { type Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";

export type AnyPair = Pair<unknown, unknown>;

/** The key of a pair as a string, when it is a scalar. */
export function keyOf(pair: AnyPair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? undefined : String(key.value);
  return typeof key === "string" ? key : undefined;
}

/** A new key node named `name` that carries the comments and spacing of `like` (a key being renamed). */
export function keyNode(name: string, like?: unknown): Scalar {
  const key = new Scalar(name);
  if (isScalar(like)) {
    key.commentBefore = like.commentBefore;
    key.comment = like.comment;
    key.spaceBefore = like.spaceBefore;
  }
  return key;
}

/** The pair under another key, with its value node (and the value's comments) unchanged. */
export function renamed(pair: AnyPair, name: string): AnyPair {
  return new Pair(keyNode(name, pair.key), pair.value);
}

export function newMap(pairs: readonly AnyPair[] = []): YAMLMap<unknown, unknown> {
  const map = new YAMLMap<unknown, unknown>();
  for (const pair of pairs) map.items.push(pair); // no spread: a file's mapping can be huge
  return map;
}

export function newSeq(items: readonly unknown[] = []): YAMLSeq<unknown> {
  const seq = new YAMLSeq<unknown>();
  for (const item of items) seq.items.push(item);
  return seq;
}

/** The pairs of a mapping node, or the items of a sequence node; empty for anything else. */
export function pairsOf(node: unknown): AnyPair[] {
  return isMap(node) ? [...node.items] : [];
}

export function itemsOf(node: unknown): unknown[] {
  return isSeq(node) ? [...node.items] : [];
}

/** Sets a scalar at `path` in place when one is there (its quoting and comment stay), else sets a new node. */
export function setScalarIn(document: Document, path: readonly (string | number)[], value: string | boolean): void {
  const node = document.getIn(path, true);
  if (isScalar(node) && typeof node.value === typeof value) node.value = value;
  else document.setIn(path, value);
}

/** Takes the comment above the first key of the top mapping (it belongs to the file, not to that key). */
export function takeLeadingComment(document: Document): string | undefined {
  const root = document.contents;
  const first = isMap(root) ? root.items[0]?.key : undefined;
  if (!isScalar(first) || !first.commentBefore) return undefined;
  const comment = first.commentBefore;
  first.commentBefore = undefined;
  return comment;
}

/** A mapping whose first key starts on the next line: no blank line it had where it came from. */
export function tight<T extends YAMLMap<unknown, unknown>>(map: T): T {
  const first = map.items[0]?.key;
  if (isScalar(first)) first.spaceBefore = false;
  return map;
}
