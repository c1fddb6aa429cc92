import type { Element } from "../element/types.js";
import type { ElementFilter } from "./element-repository.js";

/** Filters, orders by id and pages: the one definition of `list` both repositories share. */
export function selectElements(elements: Iterable<Element>, filter: ElementFilter = {}): Element[] {
  const { type, active, tags = [], offset = 0, limit = Number.POSITIVE_INFINITY } = filter;
  const matches: Element[] = [];
  for (const element of elements) {
    const m = element.metadata;
    if (type !== undefined && m.type !== type) continue;
    if (active !== undefined && (m.is_active ?? true) !== active) continue;
    if (tags.length > 0 && !tags.every((tag) => m.tags?.includes(tag))) continue;
    matches.push(element);
  }
  matches.sort((a, b) => (a.metadata.id < b.metadata.id ? -1 : a.metadata.id > b.metadata.id ? 1 : 0));
  const start = Math.max(0, Math.floor(offset));
  return matches.slice(start, start + Math.max(0, limit));
}
