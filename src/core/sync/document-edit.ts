import { type Document, isScalar } from "yaml";
import type { FieldChange } from "./value-diff.js";

type Primitive = string | number | boolean | null;
const isPrimitive = (v: unknown): v is Primitive =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/**
 * Applies field changes to a parsed YAML document in place. A scalar that changes keeps its node, so its
 * quoting style and trailing comment survive; everything not named by a change is left untouched.
 */
export function applyChanges(document: Document, changes: readonly FieldChange[]): void {
  for (const change of changes) {
    if (!change.present) {
      document.deleteIn(change.path);
      continue;
    }
    const node = document.getIn(change.path, true);
    // Only same-typed values reuse the node: a quoted "1" given the number 1 would stay a string.
    if (isScalar(node) && isPrimitive(change.value) && typeof node.value === typeof change.value)
      node.value = change.value;
    else document.setIn(change.path, change.value);
  }
}
