// The `--format json` contract, as a strict schema: exactly these fields, no others.
import { Ajv, type JSONSchemaType } from "ajv";
import type { JsonReport } from "../../src/core/report/json.js";

const count = { type: "integer", minimum: 0 } as const;
const schema: JSONSchemaType<JsonReport> = {
  type: "object",
  additionalProperties: false,
  required: ["files", "valid", "errors", "warnings", "diagnostics"],
  properties: {
    files: count,
    valid: { type: "boolean" },
    errors: count,
    warnings: count,
    diagnostics: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["file", "line", "column", "severity", "code", "message"],
        properties: {
          file: { type: "string", minLength: 1 },
          line: { type: "integer", minimum: 1 },
          column: { type: "integer", minimum: 1 },
          severity: { type: "string", enum: ["error", "warning", "info"] },
          code: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
          message: { type: "string", minLength: 1 },
        },
      },
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Parses `--format json` output, failing the test with every way it breaks the contract. */
export function parseJsonReport(text: string): JsonReport {
  const value: unknown = JSON.parse(text);
  if (!validate(value)) throw new Error(`not the JSON report contract: ${JSON.stringify(validate.errors)}`);
  return value;
}
