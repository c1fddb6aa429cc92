/** A mapping as JSON or YAML data has it: a string-keyed record. */
export type PlainObject = Record<string, unknown>;

/** An object that is neither null nor an array: a JSON object, a YAML mapping, an API error's body. */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
