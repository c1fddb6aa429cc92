// The per-element rules of docs/elements.md that JSON Schema cannot express, by element type.
import type { Diagnostic } from "../../diagnostic/diagnostic.js";
import type { ElementType } from "../types.js";
import { ENSEMBLE_RULES } from "./ensemble-rules.js";
import { MEMORY_RULES } from "./memory-rules.js";
import { METADATA_RULES } from "./metadata-rules.js";
import { PERSONA_RULES } from "./persona-rules.js";
import { type ElementRule, type ElementUnderCheck, ruleContext } from "./rule-context.js";
import { SKILL_RULES } from "./skill-rules.js";
import { TEMPLATE_RULES } from "./template-rules.js";

const BY_TYPE: Readonly<Record<ElementType, readonly ElementRule[]>> = {
  persona: PERSONA_RULES,
  skill: SKILL_RULES,
  template: TEMPLATE_RULES,
  agent: [],
  memory: MEMORY_RULES,
  ensemble: ENSEMBLE_RULES,
};

/** Runs on an element whose schema check passed, so the rules can rely on its shape. */
export function elementRuleDiagnostics(
  element: ElementUnderCheck,
  options: { strict: boolean; show: (value: unknown) => string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const context = ruleContext(element, options, out);
  for (const rule of [...METADATA_RULES, ...BY_TYPE[element.metadata.type]]) rule(context);
  return out;
}
