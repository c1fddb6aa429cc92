// A file the NEXS MCP server wrote → the element contract. The server's data keys are the contract's already; only
// its metadata keys are the lower-cased Go field names. Timestamps (unquoted RFC 3339), custom and the id are kept.
import { type Document, isMap } from "yaml";
import type { PlainObject } from "../common/plain-object.js";
import { isPlainObject } from "../common/plain-object.js";
import { SERVER_METADATA_KEYS } from "../element/foreign-shape.js";
import type { ElementType } from "../element/types.js";
import { type ConversionNotes, emptyNotes } from "./conversion.js";
import { keyNode, keyOf, newMap } from "./yaml-nodes.js";

/**
 * Optional data fields the server writes as "" when they are unset (its encoder writes every field), where the
 * contract has no empty value: an empty string there says nothing, and is left out.
 */
const UNSET_WHEN_EMPTY: Readonly<Record<ElementType, readonly string[]>> = {
  persona: ["owner", "privacy_level"],
  skill: [],
  template: ["format"],
  agent: [],
  memory: ["content_hash", "date_created"],
  ensemble: ["execution_mode"],
};

/** Edits `document` (the server's file) into the contract's shape; `value` is its plain data. */
export function convertServerDocument(
  document: Document,
  value: PlainObject,
  type: ElementType | undefined,
): ConversionNotes {
  const notes = emptyNotes();
  const metadata = document.get("metadata", true);
  const plainMetadata = isPlainObject(value.metadata) ? value.metadata : {};
  if (isMap(metadata)) {
    for (const pair of metadata.items) {
      const key = keyOf(pair);
      const target = key === undefined ? undefined : SERVER_METADATA_KEYS[key];
      if (key === undefined || target === undefined) continue;
      if (Object.hasOwn(plainMetadata, target)) {
        notes.notes.push(
          `metadata has both ${key} and ${target}: ${key} was left as it is; remove the one that is wrong`,
        );
        continue;
      }
      pair.key = keyNode(target, pair.key);
      notes.mapped.push({ from: `metadata.${key}`, to: `metadata.${target}` });
    }
  }
  const data = value.data;
  if (!Object.hasOwn(value, "data")) {
    document.set("data", newMap());
    notes.notes.push("data was left out (the server leaves out an empty data): written as data: {}");
  } else if (isPlainObject(data) && type) {
    for (const key of UNSET_WHEN_EMPTY[type]) {
      if (data[key] !== "") continue;
      document.deleteIn(["data", key]);
      notes.notes.push(`data.${key} was "" (the server writes every field, set or not): left out`);
    }
  }
  return notes;
}
