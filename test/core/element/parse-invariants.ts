// What must hold for every parseSource result, whatever the input: shared by the property tests.
import { expect } from "vitest";
import { stringify } from "yaml";
import { parseSource } from "../../../src/core/element/parse.js";
import { DEFAULT_MAX_FILE_SIZE, type ParseResult } from "../../../src/core/element/source.js";

const lenient = new TextDecoder("utf-8", { ignoreBOM: true }); // keeps the BOM: the replace below drops exactly one

export const parseBytes = (bytes: Uint8Array): ParseResult =>
  parseSource({ file: "p.yaml", bytes }, { maxFileSize: DEFAULT_MAX_FILE_SIZE });
export const parseText = (text: string): ParseResult => parseBytes(new TextEncoder().encode(text));

/** No internal failure; every diagnostic is an error (when refused) at a real line and a column within it (or just past its end). */
export function checkPositions(bytes: Uint8Array, result: ParseResult): void {
  const lines = lenient
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .split("\n");
  for (const d of result.diagnostics) {
    expect(d.code, d.message).not.toBe("parse/internal");
    expect(d.file).toBe("p.yaml");
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length + 1);
    expect(d.column).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (!result.ok) {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.severity === "error")).toBe(true);
  }
}

/**
 * A parsed value, written out by the yaml package and parsed again, is the same data. The writer's block scalars
 * and line folding do not round-trip every string (a line of only spaces inside a block literal is lost; folding
 * can split a surrogate pair), so it is asked for quoted strings on unbounded lines.
 */
export function checkRoundTrip(result: ParseResult): void {
  if (!result.ok) return;
  const again = parseText(stringify(result.value, { blockQuote: false, lineWidth: 0 }));
  if (!again.ok)
    throw new Error(
      `re-serialised value was refused: ${JSON.stringify(again.diagnostics)}\n${stringify(result.value)}`,
    );
  expect(again.value).toStrictEqual(result.value);
  expect(isPlainData(result.value)).toBe(true);
}

/** Only plain objects, arrays, strings, numbers, booleans and null, with no prototype-altering keys. */
export function isPlainData(value: unknown): boolean {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(
    ([k, v]) => !["__proto__", "constructor", "prototype"].includes(k) && isPlainData(v),
  );
}

/** Every valid element of the tests: each type, block and flow style, comments, block scalars, quoting. */
export const VALID_EXAMPLES: readonly string[] = [
  `# yaml-language-server: $schema=../../schemas/persona.schema.json
metadata:
  id: persona-technical-expert
  type: persona
  name: Technical Expert
  description: Expert in software architecture and clean code
  version: 1.0.0
  author: team@company.com
  tags: [architecture, expert]
  is_active: true
  created_at: "2025-12-20T10:00:00Z"
data:
  behavioral_traits:
    - { name: Analytical, description: Systematic problem-solving, intensity: 9 }
  expertise_areas:
    - { domain: Software Architecture, level: expert, keywords: [clean architecture, DDD] }
  response_style: { tone: Professional, formality: neutral, verbosity: balanced }
  system_prompt: You are a Senior Software Architect...
  privacy_level: public
  hot_swappable: true
`,
  `metadata:
  id: skill-code-review
  type: skill
  name: 'Code Review'
  version: 2.1.0-beta.1
  author: "Ana <ana@example.com>"
data:
  triggers:
    - type: keyword
      keywords:
        - review
        - "PR"
    - type: pattern
      pattern: '^review\\s+(\\d+)$'
  procedures:
    - step: 1
      action: Read the diff   # trailing comment
      tools_used: [git, grep]
    - step: 2
      action: >-
        Write findings,
        one per line.
  inputs: {diff: string}
`,
  `metadata:
  id: template-report
  type: template
  name: Report
  version: 0.1.0
  author: x
data:
  format: markdown
  content: |
    # {{title}}

    Written by {{author}}.
  variables:
    - name: title
      type: string
      required: true
    - {name: author, type: string, default: "me"}
`,
  `metadata: {id: agent-runner, type: agent, name: Runner, version: 1.0.0, author: bot}
data:
  goals: ["finish the task", 'stay safe']
  actions:
    - name: run
      type: tool
      parameters: {cmd: "echo \\"hi\\"\\n"}
  max_iterations: 10
  decision_tree: {start: {yes: go, no: stop}}
`,
  'metadata:\r\n  id: memory-note\r\n  type: memory\r\n  name: Note\r\n  version: 1.0.0\r\n  author: me\r\ndata:\r\n  content: "remember \\u00e9"\r\n  date_created: 2025-01-02\r\n  search_index: [a, b]\r\n',
  `\uFEFFmetadata:
  id: ensemble-team
  type: ensemble
  name: Team
  version: 1.0.0
  author: lead
  custom: {x: -1.5e3, y: .inf, z: 0x1F, w: ~, v: null}
data:
  members:
  - agent_id: agent-a
    role: lead
    priority: 1
  - agent_id: agent-b
    role: helper
    priority: 2
  aggregation_strategy: consensus
  shared_context:
    anchors: &ctx {k: v}
    reused: *ctx
`,
];
