// Typed metadata from a parsed mapping that passed the schema: read field by field, no casts.

import { isPlainObject } from "../common/plain-object.js";
import { type ElementMetadata, isElementType } from "./types.js";

export function readMetadata(value: unknown): ElementMetadata | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, type, name, description, version, author, tags, is_active, created_at, updated_at, custom } = value;
  if (typeof id !== "string" || !isElementType(type) || typeof name !== "string") return undefined;
  if (typeof version !== "string" || typeof author !== "string") return undefined;
  const metadata: ElementMetadata = { id, type, name, version, author };
  if (typeof description === "string") metadata.description = description;
  if (Array.isArray(tags)) metadata.tags = tags.filter((t): t is string => typeof t === "string");
  if (typeof is_active === "boolean") metadata.is_active = is_active;
  if (typeof created_at === "string") metadata.created_at = created_at;
  if (typeof updated_at === "string") metadata.updated_at = updated_at;
  if (isPlainObject(custom)) metadata.custom = custom;
  return metadata;
}
