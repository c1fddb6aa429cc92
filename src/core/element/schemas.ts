// The JSON Schemas in schemas/ are the source of truth for editors and for validation. They are imported
// (not read from disk) because the bundles run from dist/, and compiled once, when this module loads.
import { Ajv, type AnySchemaObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import metadataSchema from "../../../schemas/metadata.schema.json" with { type: "json" };
import personaSchema from "../../../schemas/persona.schema.json" with { type: "json" };
import skillSchema from "../../../schemas/skill.schema.json" with { type: "json" };
import templateSchema from "../../../schemas/template.schema.json" with { type: "json" };
import agentSchema from "../../../schemas/agent.schema.json" with { type: "json" };
import memorySchema from "../../../schemas/memory.schema.json" with { type: "json" };
import ensembleSchema from "../../../schemas/ensemble.schema.json" with { type: "json" };
import type { ElementType } from "./types.js";

export const METADATA_SCHEMA: AnySchemaObject = metadataSchema;

export const ELEMENT_SCHEMAS: Readonly<Record<ElementType, AnySchemaObject>> = {
  persona: personaSchema,
  skill: skillSchema,
  template: templateSchema,
  agent: agentSchema,
  memory: memorySchema,
  ensemble: ensembleSchema,
};

/** For a file whose `metadata.type` is missing or unknown: checks the envelope and metadata only. */
const ENVELOPE_SCHEMA: AnySchemaObject = {
  $id: "envelope.schema.json",
  type: "object",
  additionalProperties: false,
  required: ["metadata", "data"],
  properties: {
    metadata: { $ref: "metadata.schema.json" },
    data: { type: "object" },
  },
};

// allErrors: one pass reports every problem in a file; strict: a typo in a schema fails at load, not silently;
// verbose: each error carries its subschema, whose description makes the message.
const ajv = new Ajv({ allErrors: true, strict: true, useDefaults: false, verbose: true });
addFormats.default(ajv, ["date-time", "date"]);
ajv.addSchema(METADATA_SCHEMA);

const compiled = {
  persona: ajv.compile(personaSchema),
  skill: ajv.compile(skillSchema),
  template: ajv.compile(templateSchema),
  agent: ajv.compile(agentSchema),
  memory: ajv.compile(memorySchema),
  ensemble: ajv.compile(ensembleSchema),
} satisfies Record<ElementType, ValidateFunction>;

const envelope = ajv.compile(ENVELOPE_SCHEMA);

/** The compiled validator for a whole element file of `type`, or the envelope check when the type is unknown. */
export function validatorFor(type: ElementType | undefined): ValidateFunction {
  return type === undefined ? envelope : compiled[type];
}
