// ajv's errors turned into one diagnostic per real problem, at the offending key or value, in plain words.
import type { ErrorObject } from "ajv";
import { isPlainObject } from "../common/plain-object.js";
import { type Diagnostic, diagnostic, type Severity } from "../diagnostic/diagnostic.js";
import { codePointLength } from "./code-points.js";
import { idProblem } from "./identity.js";
import { describePath, pointerToPath, valueAt } from "./node-path.js";
import type { NodePath, ParsedSource } from "./source.js";

export interface SchemaDiagnosticOptions {
  /** Unknown keys inside `data` are errors instead of warnings. */
  strict: boolean;
  /** Quote offending values in messages; off for a file holding a secret, which a value might be part of. */
  echoValues: boolean;
}

// When one value breaks several constraints, the first of these is the one worth telling.
const VALUE_KEYWORDS = [
  "type",
  "const",
  "enum",
  "maxLength",
  "minLength",
  "format",
  "pattern",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "uniqueItems",
  "maxProperties",
] as const;

const CODES: Readonly<Record<string, string>> = {
  required: "schema/required",
  type: "schema/type",
  enum: "schema/enum",
  const: "schema/enum",
  pattern: "schema/pattern",
  format: "schema/format",
  minLength: "schema/min-length",
  maxLength: "schema/max-length",
  additionalProperties: "schema/additional-property",
  minItems: "schema/min-items",
  maxItems: "schema/max-items",
  uniqueItems: "schema/unique-items",
  minimum: "schema/minimum",
  maximum: "schema/maximum",
  maxProperties: "schema/max-properties",
};

export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  source: ParsedSource,
  options: SchemaDiagnosticOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const valueProblems = new Map<string, ErrorObject>();
  for (const error of errors) {
    // propertyNames reports the failing key's own error too; that one is kept, this summary dropped.
    if (error.keyword === "propertyNames") continue;
    if (error.propertyName !== undefined || error.keyword === "required" || error.keyword === "additionalProperties") {
      out.push(toDiagnostic(error, source, options));
      continue;
    }
    const kept = valueProblems.get(error.instancePath);
    if (!kept || rank(error.keyword) < rank(kept.keyword)) valueProblems.set(error.instancePath, error);
  }
  for (const error of valueProblems.values()) out.push(toDiagnostic(error, source, options));
  return out;
}

function rank(keyword: string): number {
  const i = (VALUE_KEYWORDS as readonly string[]).indexOf(keyword);
  return i === -1 ? VALUE_KEYWORDS.length : i;
}

function toDiagnostic(error: ErrorObject, source: ParsedSource, options: SchemaDiagnosticOptions): Diagnostic {
  const path = pointerToPath(error.instancePath, source.value);
  const code = CODES[error.keyword] ?? "schema/invalid";
  const make = (p: NodePath, want: "key" | "value", message: string, severity: Severity = "error"): Diagnostic =>
    diagnostic(source.file, source.locate(p, want), severity, code, message);
  const show = options.echoValues ? quote : hidden;

  if (error.propertyName !== undefined) {
    const keyPath = [...path, error.propertyName];
    return make(
      keyPath,
      "key",
      `the key ${show(error.propertyName)} in ${describePath(path)} is too long; keys have at most ${numberParam(error, "limit") ?? 100} characters`,
    );
  }

  const value = valueAt(source.value, path);
  const where = describePath(path);
  switch (error.keyword) {
    case "required": {
      const missing = stringParam(error, "missingProperty") ?? "?";
      // The key is absent, so point at the mapping that should hold it.
      return make(path, "key", `${where} is missing the required key "${missing}"`);
    }
    case "additionalProperties": {
      const extra = stringParam(error, "additionalProperty") ?? "?";
      const keyPath = [...path, extra];
      const allowed = allowedKeys(error);
      if (path.length === 0) {
        return make(
          keyPath,
          "key",
          `unknown top-level key ${show(extra)}; an element file has exactly two top-level keys, metadata and data`,
        );
      }
      if (path.length === 1 && path[0] === "metadata") {
        return make(
          keyPath,
          "key",
          `unknown metadata key ${show(extra)}; allowed keys are ${allowed}. Put extensions under metadata.custom`,
        );
      }
      const severity: Severity = options.strict ? "error" : "warning";
      return make(
        keyPath,
        "key",
        `unknown key ${show(extra)} in ${where}${options.strict ? "" : " (ignored)"}; known keys are ${allowed}`,
        severity,
      );
    }
    case "type":
      return make(
        path,
        "value",
        `${where} must be ${article(stringParam(error, "type") ?? "another type")}, not ${article(jsonType(value))}`,
      );
    case "enum":
    case "const": {
      const choices = enumChoices(error);
      return make(path, "value", `${where} is ${show(value)}; use one of: ${choices}`);
    }
    case "pattern":
      return make(path, "value", `${where} ${patternProblem(error, value, show)}`);
    case "format":
      return make(path, "value", `${where} is ${show(value)}, ${formatProblem(stringParam(error, "format"))}`);
    case "minLength": {
      const limit = numberParam(error, "limit") ?? 1;
      if (typeof value === "string" && value.length === 0) return make(path, "value", `${where} must not be empty`);
      return make(path, "value", `${where} is too short: at least ${limit} characters are needed`);
    }
    case "maxLength":
      return make(
        path,
        "value",
        `${where} is ${typeof value === "string" ? codePointLength(value) : "too many"} characters long; at most ${numberParam(error, "limit") ?? "?"} are allowed`,
      );
    case "minimum":
      return make(
        path,
        "value",
        `${where} is ${show(value)}; the smallest allowed value is ${numberParam(error, "limit") ?? "?"}`,
      );
    case "maximum":
      return make(
        path,
        "value",
        `${where} is ${show(value)}; the largest allowed value is ${numberParam(error, "limit") ?? "?"}`,
      );
    case "minItems": {
      const limit = numberParam(error, "limit") ?? 1;
      return make(path, "value", `${where} needs at least ${limit} ${limit === 1 ? "entry" : "entries"}`);
    }
    case "maxItems":
      return make(
        path,
        "value",
        `${where} has ${Array.isArray(value) ? value.length : "too many"} entries; at most ${numberParam(error, "limit") ?? "?"} are allowed`,
      );
    case "maxProperties":
      return make(
        path,
        "value",
        `${where} has too many keys; at most ${numberParam(error, "limit") ?? "?"} are allowed`,
      );
    case "uniqueItems": {
      const i = numberParam(error, "i") ?? 0;
      const j = numberParam(error, "j") ?? 0;
      const [first, later] = i < j ? [i, j] : [j, i];
      return make([...path, later], "key", `${where}[${later}] repeats ${where}[${first}]; entries must be unique`);
    }
    default:
      return make(path, "value", `${where} ${error.message ?? "is not valid"}`);
  }
}

function patternProblem(error: ErrorObject, value: unknown, show: (value: unknown) => string): string {
  if (error.schemaPath.includes("/definitions/id/")) {
    const problem = typeof value === "string" ? idProblem(value) : undefined;
    return `is not a valid element id: ${problem ?? "it does not follow the id rule"}`;
  }
  const description = schemaDescription(error);
  return description
    ? `is ${show(value)}; expected: ${description}`
    : `is ${show(value)}, which does not match the pattern ${stringParam(error, "pattern") ?? ""}`;
}

function formatProblem(format: string | undefined): string {
  switch (format) {
    case "date-time":
      return 'which is not an RFC 3339 date-time with a time zone; write it like "2025-12-20T10:00:00Z" (quoted)';
    case "date":
      return "which is not a calendar date in the form YYYY-MM-DD";
    default:
      return `which is not a valid ${format ?? "value"}`;
  }
}

// Needs ajv's `verbose` option: the failing subschema travels with the error.
function schemaDescription(error: ErrorObject): string | undefined {
  const parent: unknown = error.parentSchema;
  return isPlainObject(parent) && typeof parent.description === "string" ? parent.description : undefined;
}

function allowedKeys(error: ErrorObject): string {
  const parent: unknown = error.parentSchema;
  const properties = isPlainObject(parent) ? parent.properties : undefined;
  return isPlainObject(properties) ? Object.keys(properties).join(", ") : "those listed in docs/elements.md";
}

function enumChoices(error: ErrorObject): string {
  const many: unknown = error.params.allowedValues;
  const one: unknown = error.params.allowedValue;
  const allowed = many ?? [one];
  return Array.isArray(allowed) ? allowed.map((v) => String(v)).join(", ") : String(allowed);
}

function stringParam(error: ErrorObject, name: string): string | undefined {
  const v: unknown = error.params[name];
  return typeof v === "string" ? v : undefined;
}

function numberParam(error: ErrorObject, name: string): number | undefined {
  const v: unknown = error.params[name];
  return typeof v === "number" ? v : undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (isPlainObject(value)) return "mapping";
  if (typeof value === "number" && Number.isInteger(value)) return "integer";
  return typeof value;
}

function article(type: string): string {
  const names: Record<string, string> = { object: "mapping", array: "list" };
  const name = names[type] ?? type;
  if (name === "null") return "null";
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

/** A value for a message: short, on one line, never the whole of a long text. */
export function quote(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(clip(value));
  if (value === undefined) return "missing";
  const json = JSON.stringify(value);
  return typeof json === "string" ? clip(json) : String(value);
}

export function hidden(value: unknown): string {
  return value === undefined ? "missing" : "(value not shown: this file holds a secret)";
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
