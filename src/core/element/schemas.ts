// The JSON Schemas in schemas/ are the source of truth for editors and for validation. They are imported
// (not read from disk) because the bundles run from dist/. The validators are ajv standalone code compiled
// from them by scripts/generate-validators.mjs (run by npm run build), so no process pays ajv's compile.
import type { AnySchemaObject } from "ajv";
import agentSchema from "../../../schemas/agent.schema.json" with { type: "json" };
import ensembleSchema from "../../../schemas/ensemble.schema.json" with { type: "json" };
import memorySchema from "../../../schemas/memory.schema.json" with { type: "json" };
import metadataSchema from "../../../schemas/metadata.schema.json" with { type: "json" };
import personaSchema from "../../../schemas/persona.schema.json" with { type: "json" };
import skillSchema from "../../../schemas/skill.schema.json" with { type: "json" };
import templateSchema from "../../../schemas/template.schema.json" with { type: "json" };
import type { StandaloneValidator } from "./generated/schema-validators.js";
import * as generated from "./generated/schema-validators.js";
import type { ElementType } from "./types.js";

export type { StandaloneValidator } from "./generated/schema-validators.js";

export const METADATA_SCHEMA: AnySchemaObject = metadataSchema;

export const ELEMENT_SCHEMAS: Readonly<Record<ElementType, AnySchemaObject>> = {
  persona: personaSchema,
  skill: skillSchema,
  template: templateSchema,
  agent: agentSchema,
  memory: memorySchema,
  ensemble: ensembleSchema,
};

const compiled: Readonly<Record<ElementType, StandaloneValidator>> = {
  persona: generated.persona,
  skill: generated.skill,
  template: generated.template,
  agent: generated.agent,
  memory: generated.memory,
  ensemble: generated.ensemble,
};

/** The compiled validator for a whole element file of `type`, or the envelope check when the type is unknown. */
export function validatorFor(type: ElementType | undefined): StandaloneValidator {
  return type === undefined ? generated.envelope : compiled[type];
}
