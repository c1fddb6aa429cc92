import { isDeepStrictEqual } from "node:util";
import { isPlainObject } from "../common/plain-object.js";

/**
 * A change between two JSON-compatible values at a mapping path. Mappings are compared key by key;
 * anything else (scalars, sequences) is one field, replaced whole: merging list items by index would
 * silently mix two people's reorderings.
 */
export type FieldChange =
  | { path: readonly string[]; present: true; value: unknown }
  | { path: readonly string[]; present: false };

export function diffValues(before: unknown, after: unknown, path: readonly string[] = []): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const changes: FieldChange[] = [];
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) changes.push({ path: [...path, key], present: false });
    }
    for (const [key, value] of Object.entries(after)) {
      if (!Object.hasOwn(before, key)) changes.push({ path: [...path, key], present: true, value });
      // One by one, not spread into push: a mapping can hold more keys than a call takes arguments.
      else for (const change of diffValues(before[key], value, [...path, key])) changes.push(change);
    }
    return changes;
  }
  return isDeepStrictEqual(before, after) ? [] : [{ path, present: true, value: after }];
}

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((key, i) => key === b[i]);
}

function sameChange(a: FieldChange, b: FieldChange): boolean {
  return a.present === b.present && (!a.present || (b.present && isDeepStrictEqual(a.value, b.value)));
}

/**
 * Splits the other side's changes into those to apply and reports whether any overlap with ours: the same
 * field changed differently, or one side changed a field inside a mapping the other replaced or removed.
 * Identical changes on both sides are not an overlap and need no applying.
 */
export function partitionChanges(
  ours: readonly FieldChange[],
  theirs: readonly FieldChange[],
): { apply: FieldChange[]; overlaps: string[][] } {
  const apply: FieldChange[] = [];
  const overlaps: string[][] = [];
  for (const change of theirs) {
    const related = ours.filter((o) => isPrefix(o.path, change.path) || isPrefix(change.path, o.path));
    if (related.length === 0) apply.push(change);
    else if (
      !(
        related.length === 1 &&
        related[0] &&
        related[0].path.length === change.path.length &&
        sameChange(related[0], change)
      )
    ) {
      overlaps.push([...change.path]);
    }
  }
  return { apply, overlaps };
}
