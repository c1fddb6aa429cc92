// The fast path: js-yaml (several times faster than yaml) with a schema that resolves plain scalars exactly as
// yaml's YAML 1.2 core schema does, taken only for text that fastPathEligible() admits. Anything unusual in the
// result (a forbidden or merge key, too deep, not the element shape) or any js-yaml error sends the file to the
// exact path, which then finds and locates the problem. Agreement of the two paths is a property test.
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";
import { MAX_DEPTH } from "./parse-cst.js";
import { fastPathEligible } from "./parse-prescan.js";
import { FORBIDDEN_KEYS, MERGE_KEY } from "./parse-value.js";

// The regular expressions and conversions of yaml 2's core schema (yaml/dist/schema/core), one for one.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const text = (data: unknown): string => (typeof data === "string" ? data : "");
// js-yaml asks every implicit type about every plain scalar: a look at the first character spares the regexes.
const first = (data: unknown): number => text(data).charCodeAt(0);
const mayBeNull = (c: number): boolean => Number.isNaN(c) || c === 0x7e /* ~ */ || c === 0x6e || c === 0x4e; /* n N */
const mayBeBool = (c: number): boolean => c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46; /* t T f F */
const mayBeNumber = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e; /* 0-9 + - . */

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (d: unknown) => d === null || (mayBeNull(first(d)) && NULL.test(text(d))),
      construct: () => null,
    }),
    new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (d: unknown) => mayBeBool(first(d)) && BOOL.test(text(d)),
      construct: (d: unknown) => first(d) === 0x74 || first(d) === 0x54,
    }),
    new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (d: unknown) =>
        mayBeNumber(first(d)) && (INT.test(text(d)) || INT_OCT.test(text(d)) || INT_HEX.test(text(d))),
      construct: (d: unknown) => {
        const s = text(d);
        if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
        if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
        return parseInt(s, 10);
      },
    }),
    new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (d: unknown) =>
        mayBeNumber(first(d)) && (FLOAT.test(text(d)) || FLOAT_EXP.test(text(d)) || FLOAT_NAN.test(text(d))),
      construct: (d: unknown) => {
        const s = text(d);
        if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
        return parseFloat(s);
      },
    }),
  ],
});

/** What a plain scalar's text resolves to under the core schema, as both parsers read it (keys of the locator). */
export function plainScalarValue(source: string): unknown {
  const c = first(source);
  if (mayBeNull(c) && NULL.test(source)) return null;
  if (mayBeBool(c) && BOOL.test(source)) return c === 0x74 || c === 0x54;
  if (!mayBeNumber(c)) return source;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source))
    return source.slice(-3).toLowerCase() === "nan" ? NaN : source[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/**
 * The element's data when the fast path can vouch for it; undefined when the exact path must decide. With
 * `anyMapping`, any top-level mapping is accepted, not only the element shape; `known` as for fastPathEligible.
 */
export function parseFast(
  source: string,
  anyMapping = false,
  known?: { unusual: boolean },
): Record<string, unknown> | undefined {
  if (!fastPathEligible(source, known)) return undefined;
  let value: unknown;
  try {
    value = load(source, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (!isObjectLiteral(value) || !isSafeTree(value, 1)) return undefined;
  if (anyMapping) return value;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !Object.hasOwn(value, "metadata") || !Object.hasOwn(value, "data")) return undefined;
  return value;
}

function isObjectLiteral(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Plain objects and arrays only, no refused key, no deeper than the limit (the root mapping is level 1). */
function isSafeTree(value: Record<string, unknown> | unknown[], level: number): boolean {
  if (level > MAX_DEPTH) return false;
  const children = Array.isArray(value) ? value : Object.values(value);
  if (!Array.isArray(value)) {
    // "[object Object]" is what js-yaml makes of a mapping used as a key, which the exact path refuses.
    for (const key of Object.keys(value))
      if (FORBIDDEN_KEYS.has(key) || key === MERGE_KEY || key === "[object Object]") return false;
  }
  for (const child of children) {
    if (typeof child !== "object" || child === null) continue;
    if (!Array.isArray(child) && !isObjectLiteral(child)) return false;
    if (!isSafeTree(child, level + 1)) return false;
  }
  return true;
}
