import { isPlainObject, type PlainObject } from "../common/plain-object.js";
import { childPath, StateDocumentError } from "./state-error.js";

/** Small typed readers for JSON values; each failure names the JSON path and what was expected. */

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 60 ? "a long string" : JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

export function fail(path: string, expected: string, got: unknown): never {
  throw new StateDocumentError(path, `expected ${expected}, found ${describe(got)}`);
}

/** An object whose keys are exactly the allowed ones (required ones present, nothing unknown). */
export function readObject(
  value: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): PlainObject {
  if (!isPlainObject(value)) fail(path, "an object", value);
  for (const key of required) {
    if (!Object.hasOwn(value, key)) throw new StateDocumentError(path, `missing required field "${key}"`);
  }
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) {
      throw new StateDocumentError(childPath(path, key), "unknown field (not part of this schema version)");
    }
  }
  return value;
}

export function readMap(value: unknown, path: string): PlainObject {
  if (!isPlainObject(value)) fail(path, "an object", value);
  return value;
}

export function readArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, "an array", value);
  return value;
}

export function readString(value: unknown, path: string, rule?: { pattern: RegExp; meaning: string }): string {
  if (typeof value !== "string") fail(path, rule ? rule.meaning : "a string", value);
  if (rule && !rule.pattern.test(value)) fail(path, rule.meaning, value);
  return value;
}

export function readNonEmptyString(value: unknown, path: string): string {
  if (typeof value !== "string" || value.length === 0) fail(path, "a non-empty string", value);
  return value;
}

export function readInteger(value: unknown, path: string, min: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    fail(path, `an integer ≥ ${min}`, value);
  }
  return value;
}

export function readOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) fail(path, `one of ${allowed.join(", ")}`, value);
  return found;
}
