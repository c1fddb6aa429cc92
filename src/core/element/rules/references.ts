// Across files: ids an element refers to must name an element of the right type, here or in the collection.
import { type Diagnostic, diagnostic } from "../../diagnostic/diagnostic.js";
import type { KnownCollection } from "../report.js";
import type { NodePath } from "../source.js";
import type { ElementType } from "../types.js";
import { type ElementUnderCheck, entries, strings, text } from "./rule-context.js";

export interface Reference {
  path: NodePath;
  id: string;
  type: ElementType;
}

const LISTS: Readonly<Record<string, ElementType>> = {
  related_skills: "skill",
  related_templates: "template",
  related_memories: "memory",
};

/** Every reference in an element's data, with the type it must resolve to. */
export function referencesOf(type: ElementType, data: Record<string, unknown>): Reference[] {
  const refs: Reference[] = [];
  const list = (key: string, target: ElementType): void => {
    for (const [i, id] of strings(data[key]).entries()) refs.push({ path: ["data", key, i], id, type: target });
  };
  const field = (items: string, key: string, target: ElementType): void => {
    entries(data[items]).forEach((entry, i) => {
      const id = text(entry, key);
      if (id !== undefined) refs.push({ path: ["data", items, i, key], id, type: target });
    });
  };
  for (const [key, target] of Object.entries(LISTS)) list(key, target);
  if (type === "agent") {
    const persona = text(data, "persona_id");
    if (persona !== undefined) refs.push({ path: ["data", "persona_id"], id: persona, type: "persona" });
  }
  if (type === "skill") field("dependencies", "skill_id", "skill");
  if (type === "ensemble") {
    field("members", "agent_id", "agent");
    list("fallback_chain", "agent");
  }
  return refs;
}

export interface KnownElements {
  /** Ids in the source set with the type(s) they were declared with. */
  source: ReadonlyMap<string, ReadonlySet<ElementType>>;
  /** Ids in the collection, when it is known. */
  collection: KnownCollection | undefined;
}

export function referenceDiagnostics(
  elements: readonly ElementUnderCheck[],
  known: KnownElements,
  strict: boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const where = known.collection ? "in this source set or the collection" : "in this source set";
  for (const element of elements) {
    for (const ref of referencesOf(element.metadata.type, element.data)) {
      const types = new Set(known.source.get(ref.id));
      const remote = known.collection?.get(ref.id);
      if (remote) types.add(remote);
      if (types.has(ref.type)) continue;
      const found = [...types];
      const message =
        found.length > 0
          ? `"${ref.id}" is ${article(found.join(" and "))}, not ${article(ref.type)}; refer to ${article(ref.type)} here`
          : `"${ref.id}" names no ${ref.type} ${where}; check the id, or add the ${ref.type}`;
      out.push(
        diagnostic(
          element.source.file,
          element.source.locate(ref.path, "value"),
          strict ? "error" : "warning",
          "ref/unresolved",
          message,
        ),
      );
    }
  }
  return out;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
