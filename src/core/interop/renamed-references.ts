// Where an imported element names another by id, so a rename by `import --rename-ids` reaches every mention:
// the contract's references (core/element/rules/references.ts: related_* lists, persona_id, dependencies,
// members, fallback_chain) and the NEXS MCP server's `related_personas`, which the contract has no field for
// and import keeps under metadata.custom (or finds in data, where a hand-written file may put it).
import { isPlainObject } from "../common/plain-object.js";
import { referencesOf } from "../element/rules/references.js";
import type { NodePath } from "../element/source.js";
import type { ElementType } from "../element/types.js";

export interface IdMention {
  path: NodePath;
  id: string;
}

/** Every id the converted element (its plain value) names, with where. */
export function idMentions(type: ElementType, value: unknown): IdMention[] {
  if (!isPlainObject(value)) return [];
  const data = isPlainObject(value.data) ? value.data : {};
  const mentions: IdMention[] = referencesOf(type, data).map(({ path, id }) => ({ path, id }));
  const metadata = isPlainObject(value.metadata) ? value.metadata : {};
  const custom = isPlainObject(metadata.custom) ? metadata.custom : {};
  const lists: [NodePath, unknown][] = [
    [["metadata", "custom", "related_personas"], custom.related_personas],
    [["data", "related_personas"], data.related_personas],
  ];
  for (const [path, list] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((id: unknown, i) => {
      if (typeof id === "string") mentions.push({ path: [...path, i], id });
    });
  }
  return mentions;
}
