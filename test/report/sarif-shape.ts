// The part of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that this tool emits, written out
// strictly: required properties, types, minimums, enums and `additionalProperties: false` as in the
// standard, plus GitHub code scanning's upload rules (version 2.1.0, a tool name, a message text and a
// physical location with a relative uri and a 1-based startLine on every result, at most 25,000 results
// per run and 20 runs). The official schema is not available offline; this is checked by ajv instead.
import { Ajv } from "ajv";
import addFormats from "ajv-formats";

const text = {
  type: "object",
  additionalProperties: false,
  required: ["text"],
  properties: { text: { type: "string", minLength: 1 } },
};
const positive = { type: "integer", minimum: 1 };

const schema = {
  type: "object",
  additionalProperties: false,
  required: ["version", "runs"],
  properties: {
    $schema: { type: "string", format: "uri" },
    version: { const: "2.1.0" },
    runs: {
      type: "array",
      minItems: 1,
      maxItems: 20,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["tool", "results"],
        properties: {
          tool: {
            type: "object",
            additionalProperties: false,
            required: ["driver"],
            properties: {
              driver: {
                type: "object",
                additionalProperties: false,
                required: ["name", "rules"],
                properties: {
                  name: { type: "string", minLength: 1 },
                  version: { type: "string" },
                  semanticVersion: { type: "string", pattern: "^\\d+\\.\\d+\\.\\d+" },
                  informationUri: { type: "string", format: "uri" },
                  rules: {
                    type: "array",
                    maxItems: 25_000,
                    items: {
                      type: "object",
                      additionalProperties: false,
                      required: ["id", "shortDescription"],
                      properties: {
                        id: { type: "string", minLength: 1 },
                        name: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9]*$" },
                        shortDescription: text,
                        helpUri: { type: "string", format: "uri" },
                      },
                    },
                  },
                },
              },
            },
          },
          invocations: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["executionSuccessful"],
              properties: {
                executionSuccessful: { type: "boolean" },
                toolExecutionNotifications: {
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["message"],
                    properties: { level: { enum: ["none", "note", "warning", "error"] }, message: text },
                  },
                },
              },
            },
          },
          columnKind: { enum: ["utf16CodeUnits", "unicodeCodePoints"] },
          results: {
            type: "array",
            maxItems: 25_000,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["ruleId", "message", "locations"],
              properties: {
                ruleId: { type: "string", minLength: 1 },
                ruleIndex: { type: "integer", minimum: 0 },
                level: { enum: ["none", "note", "warning", "error"] },
                message: text,
                locations: {
                  type: "array",
                  minItems: 1,
                  maxItems: 1000,
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["physicalLocation"],
                    properties: {
                      physicalLocation: {
                        type: "object",
                        additionalProperties: false,
                        required: ["artifactLocation", "region"],
                        properties: {
                          artifactLocation: {
                            type: "object",
                            additionalProperties: false,
                            required: ["uri"],
                            properties: {
                              // Relative, forward slashes, no scheme: GitHub resolves it against the checkout.
                              uri: {
                                type: "string",
                                format: "uri-reference",
                                minLength: 1,
                                pattern: "^(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\\\\]*$",
                              },
                              uriBaseId: { const: "%SRCROOT%" },
                            },
                          },
                          region: {
                            type: "object",
                            additionalProperties: false,
                            required: ["startLine"],
                            properties: {
                              startLine: positive,
                              startColumn: positive,
                              endLine: positive,
                              endColumn: positive,
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Every way `log` breaks the SARIF shape GitHub accepts, or [] when none. */
export function sarifProblems(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
