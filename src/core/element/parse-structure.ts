import { isPlainObject } from "../common/plain-object.js";
// The one shape every element file has: a mapping with exactly `metadata` and `data`.
import { type Diagnostic, diagnostic } from "../diagnostic/diagnostic.js";
import { firstFindings } from "../diagnostic/finding-cap.js";
import type { Locate } from "./parse-locate.js";

const REQUIRED: readonly string[] = ["metadata", "data"];

export type TopLevel = { ok: true; value: Record<string, unknown> } | { ok: false; diagnostics: Diagnostic[] };

export function checkTopLevel(file: string, value: unknown, locate: Locate): TopLevel {
  const code = "structure/top-level";
  if (!isPlainObject(value)) return notMapping(file, value, locate, code, "a mapping with the keys metadata and data");
  const unexpected = Object.keys(value).filter((key) => !REQUIRED.includes(key));
  // Locating a key costs a walk of the mapping: past the cap, the rest are only counted.
  const out = firstFindings(
    file,
    unexpected,
    { severity: "error", code },
    (key) => locate([key], "key"),
    (key) =>
      `unexpected top-level key "${key}": only metadata and data are allowed (extensions go under metadata.custom)`,
  );
  for (const key of REQUIRED) {
    if (!Object.hasOwn(value, key)) {
      out.push(
        diagnostic(
          file,
          locate([], "value"),
          "error",
          code,
          `the top-level key "${key}" is missing; every element file has metadata and data`,
        ),
      );
    }
  }
  return out.length > 0 ? { ok: false, diagnostics: out } : { ok: true, value };
}

/** Any top-level mapping (a collection manifest, a file to import); anything else is refused with `code`. */
export function checkMapping(file: string, value: unknown, locate: Locate, code = "structure/top-level"): TopLevel {
  return isPlainObject(value) ? { ok: true, value } : notMapping(file, value, locate, code, "a mapping");
}

function notMapping(file: string, value: unknown, locate: Locate, code: string, wanted: string): TopLevel {
  const found = value === null ? "an empty document" : Array.isArray(value) ? "a sequence" : `a single ${typeof value}`;
  return {
    ok: false,
    diagnostics: [
      diagnostic(
        file,
        locate([], "value"),
        "error",
        code,
        `the top level must be ${wanted}, but the file holds ${found}`,
      ),
    ],
  };
}
