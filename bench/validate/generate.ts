// A deterministic generator of realistic element files (about 1 KB each, all six types in turn) that reference
// each other consistently: the same seed, N and tree always give the same bytes. Trees: `clean` (every file
// valid, no finding), `warnings` (five files in six have no description: one warning each), `errors` (one file in
// ten has a schema error in its metadata: a version that is not SemVer, an unknown key, or a date that is not one).
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../../test/support/seeded-random.js";

const TYPES = ["persona", "skill", "template", "agent", "memory", "ensemble"] as const;
type Type = (typeof TYPES)[number];

const WORDS: [string, ...string[]] = [
  "review",
  ...(
    "design api cache queue schema test deploy audit docs search index stream batch retry metric " +
    "trace alert budget policy secret token ledger report summary planner router parser builder checker " +
    "migration rollout incident pricing billing support triage release backlog roadmap security privacy"
  ).split(" "),
];

export type Tree = "clean" | "warnings" | "errors";
export const TREES: readonly Tree[] = ["clean", "warnings", "errors"];

/** Files with a finding in a tree of `count`: warnings in the warnings tree, errors in the errors tree. */
export function expectedFindings(tree: Tree, count: number): number {
  let n = 0;
  for (let i = 0; i < count; i++) if ((tree === "warnings" && i % 6 !== 0) || (tree === "errors" && i % 10 === 0)) n++;
  return n;
}

export function generateElements(dir: string, count: number, seed = 42, tree: Tree = "clean"): void {
  for (const type of TYPES) mkdirSync(join(dir, type), { recursive: true });
  for (const file of elementTexts(count, seed, tree)) writeFileSync(join(dir, file.path), file.text);
}

/** The files of a tree, in order: a path (`type/id.yaml`) and the text. */
export function* elementTexts(
  count: number,
  seed = 42,
  tree: Tree = "clean",
): Generator<{ path: string; text: string }> {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly [T, ...T[]]): T => items[Math.floor(rand() * items.length)] ?? items[0];
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const title = (n: number): string => words(n).replace(/\b\w/g, (c) => c.toUpperCase());
  const typeOf = (i: number): Type => TYPES[i % TYPES.length] ?? "persona";
  const ids = Array.from({ length: count }, (_, i) => `${typeOf(i)}-${pick(WORDS)}-${i}`);
  // An id of the given type, preferring one before `i` so dependencies never form a cycle.
  const ref = (type: Type, i: number): string | undefined => {
    const offset = TYPES.indexOf(type);
    const before = Math.floor(i / TYPES.length) - (offset >= i % TYPES.length ? 1 : 0);
    if (before < 0) return undefined;
    return ids[Math.floor(rand() * (before + 1)) * TYPES.length + offset];
  };
  const list = (items: (string | undefined)[]): string =>
    `[${[...new Set(items.filter((x): x is string => x !== undefined))].join(", ")}]`;

  for (let i = 0; i < count; i++) {
    const type = typeOf(i);
    const id = ids[i] ?? "";
    const day = String(1 + (i % 28)).padStart(2, "0");
    // The same random draws in every tree, so the trees differ only where a finding is put.
    const description = `  description: ${words(14)}`;
    const error = tree === "errors" && i % 10 === 0 ? Math.floor(i / 10) % 3 : -1;
    const header = [
      `metadata:`,
      `  id: ${id}`,
      `  type: ${type}`,
      `  name: ${title(3)}`,
      ...(tree === "warnings" && i % 6 !== 0 ? [] : [description]),
      error === 0 ? `  version: ${1 + (i % 3)}.${i % 10}` : `  version: ${1 + (i % 3)}.${i % 10}.${i % 7}`,
      `  author: team-${pick(WORDS)}@example.com`,
      ...(error === 1 ? [`  owner_team: ${pick(WORDS)}`] : []),
      `  tags: [${words(3)
        .split(" ")
        .map((w, k) => `${w}-${k}`)
        .join(", ")}]`,
      error === 2 ? `  created_at: "2025-11-${day} at ten"` : `  created_at: "2025-11-${day}T10:00:00Z"`,
      `  updated_at: "2025-12-${day}T12:30:00Z"`,
      `data:`,
    ];
    yield { path: join(type, `${id}.yaml`), text: `${[...header, ...body(type, i)].join("\n")}\n` };
  }

  function body(type: Type, i: number): string[] {
    switch (type) {
      case "persona":
        return [
          `  behavioral_traits:`,
          `    - { name: ${title(1)}, description: ${words(8)}, intensity: ${1 + (i % 10)} }`,
          `    - { name: ${title(2)}, intensity: ${1 + ((i + 3) % 10)} }`,
          `  expertise_areas:`,
          `    - { domain: ${title(2)}, level: expert, keywords: [${words(3).replaceAll(" ", ", ")}] }`,
          `  response_style: { tone: Professional, formality: neutral, verbosity: balanced }`,
          `  system_prompt: ${words(40)}`,
          `  privacy_level: public`,
          `  related_skills: ${list([ref("skill", i)])}`,
          `  related_templates: ${list([ref("template", i)])}`,
        ];
      case "skill": {
        const dependency = ref("skill", i);
        return [
          `  triggers:`,
          `    - { type: keyword, keywords: [${words(3).replaceAll(" ", ", ")}] }`,
          `    - { type: pattern, pattern: "^(${pick(WORDS)}|${pick(WORDS)}) [a-z]+$" }`,
          `  procedures:`,
          ...[1, 2, 3].map((step) => `    - { step: ${step}, action: ${words(6)}, tools_used: [${pick(WORDS)}] }`),
          ...(dependency ? [`  dependencies:`, `    - { skill_id: ${dependency}, required: true }`] : []),
          `  tools_required: [${words(2).replaceAll(" ", ", ")}]`,
          `  inputs: { source: ${words(5)} }`,
          `  outputs: { result: ${words(5)} }`,
        ];
      }
      case "template":
        return [
          `  format: markdown`,
          `  content: |`,
          `    # {{title}}`,
          `    ${words(30)}`,
          `    Owner: {{owner}}`,
          `  variables:`,
          `    - { name: title, type: string, required: true, description: ${words(5)} }`,
          `    - { name: owner, type: string, default: team, description: ${words(5)} }`,
          `  related_skills: ${list([ref("skill", i)])}`,
        ];
      case "agent":
        return [
          `  goals:`,
          `    - ${words(10)}`,
          `    - ${words(8)}`,
          `  actions:`,
          `    - { name: ${pick(WORDS)}-first, type: tool, parameters: { tool: ${pick(WORDS)} }, on_success: ${pick(WORDS)}-second }`,
          `    - { name: ${pick(WORDS)}-second, type: skill, parameters: { skill: ${pick(WORDS)} } }`,
          `  max_iterations: ${1 + (i % 20)}`,
          `  fallback_strategy: ${words(10)}`,
          ...(ref("persona", i) ? [`  persona_id: ${ref("persona", i)}`] : []),
          `  related_skills: ${list([ref("skill", i), ref("skill", i)])}`,
          `  related_memories: ${list([ref("memory", i)])}`,
        ];
      case "memory": {
        const content = `${words(30)}\n${words(30)}\n`;
        return [
          `  content: |`,
          ...content
            .trimEnd()
            .split("\n")
            .map((line) => `    ${line}`),
          `  date_created: "2025-12-${String(1 + (i % 28)).padStart(2, "0")}"`,
          `  content_hash: ${createHash("sha256").update(content, "utf8").digest("hex")}`,
          `  search_index: [${words(4).replaceAll(" ", ", ")}]`,
        ];
      }
      case "ensemble": {
        // Two or three members, each with its own role (one member or a repeated role would be a warning).
        const members = Array.from({ length: 2 + (i % 2) }, () => ref("agent", i) ?? ids[3] ?? "");
        return [
          `  members:`,
          ...members.map(
            (agent, k) => `    - { agent_id: ${agent}, role: role-${k}, priority: ${1 + ((i + k) % 10)} }`,
          ),
          `  execution_mode: ${pick(["sequential", "parallel", "hybrid"])}`,
          `  aggregation_strategy: ${pick(["consensus", "voting", "all", "merge"])}`,
          `  shared_context: { topic: ${words(4)} }`,
        ];
      }
    }
  }
}
