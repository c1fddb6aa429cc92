// Second stage of the slow path: turn a composed yaml Document into plain data, refusing what docs/elements.md
// refuses. Written by hand rather than with `doc.toJS()` because toJS throws on alias abuse, turns `__proto__`
// into an own property, and knows nothing of positions; here every refusal keeps the offset it is about.
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { DiagnosticCode } from "./codes.js";
import { MAX_DEPTH } from "./parse-cst.js";

export interface Finding {
  code: DiagnosticCode;
  /** Character offset into the text (without BOM) the finding is about. */
  offset: number;
  message: string;
}

/** Nodes an alias expansion may produce in total; 100 aliases of a 1,000-node anchor is already far past any element. */
export const MAX_EXPANDED_NODES = 100_000;

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
export const MERGE_KEY = "<<";

/** The JavaScript key a scalar key becomes: its value as a string, the way js-yaml and JSON see it. */
export function keyString(value: unknown): string {
  return String(value);
}

/** `lineOf` turns an offset into a 1-based line, for messages that mention a second place. */
export function toPlainValue(
  doc: Document.Parsed,
  lineOf: (offset: number) => number,
): { value: unknown; findings: Finding[] } {
  const converter = new Converter(lineOf);
  const value = converter.node(doc.contents, 0);
  return { value, findings: converter.findings };
}

class Converter {
  readonly findings: Finding[] = [];
  /** Anchor name → node, in document order: an alias means the last anchor of that name before it. */
  private readonly anchors = new Map<string, Node>();
  /** Anchored nodes being converted right now: an alias to one of them would be a cycle. */
  private readonly open = new Set<Node>();
  private expansionDepth = 0;
  /** Offset of the outermost alias being expanded: limits hit inside an expansion are reported there. */
  private expansionSite = 0;
  private expanded = 0;
  private aborted = false;

  constructor(private readonly lineOf: (offset: number) => number) {}

  node(node: unknown, depth: number): unknown {
    if (this.aborted || node === null || node === undefined) return null;
    if (this.expansionDepth > 0 && ++this.expanded > MAX_EXPANDED_NODES) {
      return this.abort(
        "limit/aliases",
        startOf(node),
        `aliases expand to more than ${MAX_EXPANDED_NODES} nodes; write the data out instead of repeating it through aliases`,
      );
    }
    if (isAlias(node)) return this.alias(node.source, startOf(node), depth);
    if (this.expansionDepth === 0 && hasAnchor(node)) this.anchors.set(node.anchor, node);
    if (isScalar(node)) return node.value;
    const level = depth + 1;
    if ((isMap(node) || isSeq(node)) && level > MAX_DEPTH) {
      return this.abort(
        "limit/depth",
        startOf(node),
        `collections are nested deeper than ${MAX_DEPTH} levels; flatten the data`,
      );
    }
    const anchored = hasAnchor(node);
    if (anchored) this.open.add(node);
    let out: unknown = null;
    if (isMap(node)) out = this.map(node.items, level);
    else if (isSeq(node)) {
      out = node.items.map((item) => (isPair(item) ? this.flowPair(item, level) : this.node(item, level)));
    }
    if (anchored) this.open.delete(node);
    return out;
  }

  private alias(name: string, offset: number, depth: number): unknown {
    const target = this.anchors.get(name);
    if (!target)
      return this.abort("yaml/syntax", offset, `alias *${name} refers to no anchor &${name} defined before it`);
    if (this.open.has(target)) {
      return this.abort(
        "limit/aliases",
        offset,
        `alias *${name} refers to a collection that contains it; aliases must not be recursive`,
      );
    }
    if (this.expansionDepth === 0) this.expansionSite = offset;
    this.expansionDepth++;
    const value = this.node(target, depth);
    this.expansionDepth--;
    return value;
  }

  /** `[a: b]` inside a flow sequence is a one-pair mapping nested one level deeper. */
  private flowPair(pair: Pair<unknown, unknown>, depth: number): unknown {
    const level = depth + 1;
    if (level > MAX_DEPTH) {
      return this.abort(
        "limit/depth",
        startOf(pair.key ?? pair.value),
        `collections are nested deeper than ${MAX_DEPTH} levels; flatten the data`,
      );
    }
    return this.map([pair], level);
  }

  private map(pairs: readonly Pair<unknown, unknown>[], level: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    for (const pair of pairs) {
      const key = this.key(pair.key, startOf(pair.key ?? pair.value), level);
      const value = this.node(pair.value, level);
      if (key === undefined) continue;
      const at = startOf(pair.key ?? pair.value);
      if (FORBIDDEN_KEYS.has(key)) {
        this.findings.push({
          code: "yaml/forbidden-key",
          offset: at,
          message: `key "${key}" is not allowed (it could alter object prototypes); rename it`,
        });
        continue;
      }
      // Only a plain `<<` is YAML's merge key; a quoted "<<" is an ordinary key.
      if (key === MERGE_KEY && isScalar(pair.key) && pair.key.type === "PLAIN") {
        this.findings.push({
          code: "yaml/merge-key",
          offset: at,
          message: "merge keys (<<) are not allowed; write the merged keys out in this mapping",
        });
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        this.findings.push({
          code: "yaml/duplicate-key",
          offset: at,
          message: `duplicate key "${key}" (first defined on line ${this.lineOf(first)}); remove or rename one of them`,
        });
        continue;
      }
      seen.set(key, at);
      out[key] = value;
    }
    return out;
  }

  private key(key: unknown, offset: number, level: number): string | undefined {
    if (key === null || key === undefined) return keyString(null);
    if (isScalar(key)) {
      if (this.expansionDepth === 0 && hasAnchor(key)) this.anchors.set(key.anchor, key);
      return keyString(key.value);
    }
    this.findings.push({
      code: "yaml/complex-key",
      offset,
      message: "a mapping key must be a plain or quoted scalar, not a collection or an alias; use a string key",
    });
    // Still walk it, so anchors and limits inside are seen in document order.
    this.node(key, level);
    return undefined;
  }

  private abort(code: DiagnosticCode, offset: number, message: string): null {
    const at = this.expansionDepth > 0 ? this.expansionSite : offset;
    if (!this.aborted) this.findings.push({ code, offset: at, message });
    this.aborted = true;
    return null;
  }
}

function hasAnchor(node: unknown): node is Node & { anchor: string } {
  return (isScalar(node) || isMap(node) || isSeq(node)) && typeof node.anchor === "string" && node.anchor !== "";
}

function startOf(node: unknown): number {
  if ((isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) && node.range) return node.range[0];
  return 0;
}
