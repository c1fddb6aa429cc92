import { stringify } from "yaml";
import { isPlainObject } from "../common/plain-object.js";
import { isValidId } from "../element/identity.js";
import { type Element, type ElementMetadata, isElementType } from "../element/types.js";
import { TIMESTAMP_RULE } from "../state/state-rules.js";

/**
 * Reads the typed part of an element from parsed YAML: the metadata fields the repository relies on, and
 * `data` as a mapping. Fields it does not know stay in the file (updates edit only changed fields) but are not
 * carried in the Element. Returns a sentence when the shape is wrong.
 */
export function readElement(value: Record<string, unknown>): Element | string {
  const m = value.metadata;
  if (!isPlainObject(m)) return "metadata is missing or is not a mapping";
  if (!isPlainObject(value.data)) return "data is missing or is not a mapping";
  const text = (key: string) => (typeof m[key] === "string" ? m[key] : undefined);
  const { id, type, name, version, author } = {
    id: text("id"),
    type: m.type,
    name: text("name"),
    version: text("version"),
    author: text("author"),
  };
  if (id === undefined) return "metadata.id is missing or not a string";
  if (!isElementType(type)) return "metadata.type is missing or not an element type";
  if (name === undefined || version === undefined || author === undefined)
    return "metadata.name, version and author must be strings";
  const metadata: ElementMetadata = { id, type, name, version, author };
  for (const key of ["description", "created_at", "updated_at"] as const) {
    if (m[key] === undefined) continue;
    const v = text(key);
    if (v === undefined) return `metadata.${key} must be a string`;
    metadata[key] = v;
  }
  if (m.tags !== undefined) {
    if (!Array.isArray(m.tags) || !m.tags.every((t): t is string => typeof t === "string"))
      return "metadata.tags must be a list of strings";
    metadata.tags = [...m.tags];
  }
  if (m.is_active !== undefined) {
    if (typeof m.is_active !== "boolean") return "metadata.is_active must be true or false";
    metadata.is_active = m.is_active;
  }
  if (m.custom !== undefined) {
    if (!isPlainObject(m.custom)) return "metadata.custom must be a mapping";
    metadata.custom = m.custom;
  }
  return { metadata, data: value.data };
}

/** What storage itself needs: the id becomes a file name and created_at a directory name. */
export function storageProblem(element: Element): string | undefined {
  const { id, type, created_at } = element.metadata;
  if (typeof id !== "string" || !isValidId(id)) return `"${String(id)}" is not a valid element id`;
  if (!isElementType(type)) return `"${String(type)}" is not an element type`;
  if (created_at !== undefined && !TIMESTAMP_RULE.pattern.test(created_at)) {
    return `metadata.created_at "${created_at}" is not an RFC 3339 timestamp such as 2025-12-20T10:00:00Z`;
  }
  return undefined;
}

/** The element as plain JSON data (undefined fields dropped), for comparing and copying. */
export function plainElement(element: Element): Record<string, unknown> {
  const plain: unknown = JSON.parse(JSON.stringify({ metadata: element.metadata, data: element.data }));
  return isPlainObject(plain) ? plain : {};
}

/** A new element file: metadata first, then data. */
export function elementText(element: Element): string {
  return stringify(plainElement(element), { lineWidth: 0 });
}
