// Element texts and state records for the check tests, with every finding's line and column fixed by the text.
import type { Submission } from "../../src/core/state/state-document.js";

export function submission(number: number, ids: string[], status: Submission["status"] = "pending"): Submission {
  return {
    number,
    status,
    elements: ids.map((id) => ({ id, path: `elements/skill/${id}.yaml`, blob: "b".repeat(40) })),
    url: `https://github.com/nexs/collection/pull/${number}`,
    nodeId: `PR_${number}`,
    head: "c".repeat(40),
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
  };
}

export interface SkillOptions {
  /** A skill dependency on this id (a ref/unresolved warning at 17:17 when nothing holds it, 18:17 with unknownKey). */
  dependsOn?: string;
  /** An unknown metadata key: a schema/additional-property error at 10:3, and no rule runs (the schema failed). */
  unknownKey?: boolean;
}

export function skill(id: string, options: SkillOptions = {}): string {
  return [
    "metadata:",
    `  id: ${id}`,
    "  type: skill",
    `  name: Skill ${id}`,
    `  description: Does ${id}`,
    "  version: 1.0.0",
    "  author: team@example.com",
    '  created_at: "2025-01-01T00:00:00Z"',
    '  updated_at: "2025-01-02T00:00:00Z"',
    ...(options.unknownKey ? ["  colour: blue"] : []),
    "data:",
    "  triggers:",
    "    - type: manual",
    "  procedures:",
    "    - step: 1",
    `      action: Do ${id}`,
    ...(options.dependsOn ? ["  dependencies:", `    - skill_id: ${options.dependsOn}`, "      required: false"] : []),
    "",
  ].join("\n");
}

export function persona(id: string): string {
  return [
    "metadata:",
    `  id: ${id}`,
    "  type: persona",
    `  name: Persona ${id}`,
    `  description: Is ${id}`,
    "  version: 1.0.0",
    "  author: team@example.com",
    "data:",
    "  system_prompt: You review code carefully and explain what you find.",
    "",
  ].join("\n");
}
