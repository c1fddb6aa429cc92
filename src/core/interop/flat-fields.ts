// What a flat NEXS MCP sample's keys mean in the element contract (docs/elements.md): the keys of each type's
// data, with the kind of value the contract expects (a value of another kind is not the same thing, and is kept
// aside under metadata.custom instead), and the keys of the entries of each list of mappings.
import type { ElementType } from "../element/types.js";

export type FieldKind =
  | { kind: "string" }
  | { kind: "strings" }
  | { kind: "mapping" }
  | { kind: "boolean" }
  | { kind: "integer" }
  | { kind: "enum"; values: readonly string[] }
  /** A list of mappings; keys other than these are kept aside, entry by entry. */
  | { kind: "entries"; keys: readonly string[] };

const STRING: FieldKind = { kind: "string" };
const STRINGS: FieldKind = { kind: "strings" };
const MAPPING: FieldKind = { kind: "mapping" };
const BOOLEAN: FieldKind = { kind: "boolean" };
const entries = (...keys: string[]): FieldKind => ({ kind: "entries", keys });
const oneOf = (...values: string[]): FieldKind => ({ kind: "enum", values });

export const ENTRY_KEYS = {
  behavioral_traits: ["name", "description", "intensity"],
  expertise_areas: ["domain", "level", "keywords", "description"],
  triggers: ["type", "keywords", "pattern", "context"],
  procedures: ["step", "action", "description", "tools_used", "validation"],
  dependencies: ["skill_id", "required", "version"],
  variables: ["name", "type", "required", "default", "description"],
  actions: ["name", "type", "parameters", "on_success", "on_failure"],
  members: ["agent_id", "role", "priority"],
} as const;

export const FORMALITY = ["casual", "neutral", "formal"] as const;
export const VERBOSITY = ["concise", "balanced", "verbose"] as const;
export const TEMPLATE_FORMATS = ["markdown", "yaml", "json", "text"] as const;

const RELATED = { related_skills: STRINGS, related_templates: STRINGS, related_memories: STRINGS };

/** Each type's data keys, as a flat sample may already carry them under the same name. */
export const DATA_FIELDS: Readonly<Record<ElementType, Readonly<Record<string, FieldKind>>>> = {
  persona: {
    behavioral_traits: entries(...ENTRY_KEYS.behavioral_traits),
    expertise_areas: entries(...ENTRY_KEYS.expertise_areas),
    response_style: MAPPING,
    system_prompt: STRING,
    privacy_level: oneOf("public", "private", "shared"),
    owner: STRING,
    shared_with: STRINGS,
    hot_swappable: BOOLEAN,
    ...RELATED,
  },
  skill: {
    triggers: entries(...ENTRY_KEYS.triggers),
    procedures: entries(...ENTRY_KEYS.procedures),
    dependencies: entries(...ENTRY_KEYS.dependencies),
    tools_required: STRINGS,
    inputs: MAPPING,
    outputs: MAPPING,
    composable: BOOLEAN,
  },
  template: {
    content: STRING,
    format: oneOf(...TEMPLATE_FORMATS),
    variables: entries(...ENTRY_KEYS.variables),
    validation_rules: MAPPING,
    related_skills: STRINGS,
    related_memories: STRINGS,
  },
  agent: {
    goals: STRINGS,
    actions: entries(...ENTRY_KEYS.actions),
    max_iterations: { kind: "integer" },
    decision_tree: MAPPING,
    context: MAPPING,
    fallback_strategy: STRING,
    persona_id: STRING,
    ...RELATED,
  },
  memory: {
    content: STRING,
    date_created: STRING,
    content_hash: STRING,
    search_index: STRINGS,
  },
  ensemble: {
    members: entries(...ENTRY_KEYS.members),
    aggregation_strategy: oneOf(
      "first",
      "last",
      "all",
      "consensus",
      "voting",
      "weighted_consensus",
      "threshold_consensus",
      "merge",
    ),
    execution_mode: oneOf("sequential", "parallel", "hybrid"),
    fallback_chain: STRINGS,
    shared_context: MAPPING,
  },
};

/** The top-level keys of a flat sample that are metadata in the contract, under the same name. */
export const METADATA_KEYS = ["id", "type", "name", "description", "version", "author", "tags"] as const;
export const TIMESTAMP_KEYS = ["created_at", "updated_at"] as const;
/** metadata's keys in the order a converted file writes them. */
export const METADATA_ORDER = [...METADATA_KEYS, "is_active", ...TIMESTAMP_KEYS, "custom"] as const;

/** Whether a plain value is of the kind the contract expects (its finer rules are validate's business). */
export function fits(kind: FieldKind, value: unknown): boolean {
  switch (kind.kind) {
    case "string":
      return typeof value === "string";
    case "strings":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "mapping":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return Number.isInteger(value);
    case "enum":
      return typeof value === "string" && kind.values.includes(value);
    case "entries":
      return Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && !Array.isArray(v));
  }
}
