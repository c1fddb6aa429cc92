// Across files: duplicate ids, references, and cycles through required skill dependencies.
import { describe, expect, it } from "vitest";
import { at, edit, expectNone, expectOne, sample, validateWith } from "./validate-fixtures.js";

describe("duplicate ids", () => {
  it("an error on every file that carries the id", () => {
    const copy = edit(sample("agent-checker"), "id: agent-release-checker", "id: agent-release-helper");
    const report = validateWith({ "agent-checker": copy });
    const first = expectOne(report, "agent.yaml", "id/duplicate", at(sample("agent"), "agent-release-helper"));
    const second = expectOne(report, "agent-checker.yaml", "id/duplicate", at(copy, "agent-release-helper"));
    expect(first.message).toContain("agent-checker.yaml");
    expect(second.message).toContain("agent.yaml");
    expect(report.elements.map((e) => e.file)).not.toContain("agent.yaml");
  });
  it("distinct ids pass", () => {
    expectNone(validateWith({}), "id/duplicate");
  });
});

describe("references", () => {
  it("every reference of the samples resolves", () => {
    expectNone(validateWith({}), "ref/unresolved");
  });
  it.each([
    ["persona", "related_skills: [skill-code-review]", "related_skills: [skill-missing]", "skill-missing"],
    ["persona", "related_templates: [template-adr]", "related_templates: [template-missing]", "template-missing"],
    [
      "persona",
      "related_memories: [memory-architecture-decisions]",
      "related_memories: [memory-missing]",
      "memory-missing",
    ],
    ["agent", "persona_id: persona-technical-expert", "persona_id: persona-missing", "persona-missing"],
    ["ensemble", "agent_id: agent-release-checker", "agent_id: agent-missing", "agent-missing"],
    ["ensemble", "fallback_chain: [agent-release-helper]", "fallback_chain: [agent-missing]", "agent-missing"],
    ["skill", "skill_id: skill-test-runner", "skill_id: skill-missing", "skill-missing"],
    ["template", "related_skills: [skill-code-review]", "related_skills: [skill-missing]", "skill-missing"],
  ])("%s: %s unresolved → warning at the id", (name, from, to, id) => {
    const text = edit(sample(name), from, to);
    const report = validateWith({ [name]: text });
    expectOne(report, `${name}.yaml`, "ref/unresolved", at(text, id), "warning");
    expect(report.elements.some((e) => e.file === `${name}.yaml`)).toBe(true);
  });
  it("a reference to an element of another type is unresolved", () => {
    const text = edit(sample("agent"), "persona_id: persona-technical-expert", "persona_id: skill-code-review");
    const d = expectOne(
      validateWith({ agent: text }),
      "agent.yaml",
      "ref/unresolved",
      at(text, "skill-code-review"),
      "warning",
    );
    expect(d.message).toContain("is a skill, not a persona");
  });
  it("is an error under strict", () => {
    const text = edit(sample("agent"), "persona_id: persona-technical-expert", "persona_id: persona-missing");
    expectOne(
      validateWith({ agent: text }, { strict: true }),
      "agent.yaml",
      "ref/unresolved",
      at(text, "persona-missing"),
      "error",
    );
  });
  it("resolves against the collection when it is known", () => {
    const text = edit(sample("agent"), "persona_id: persona-technical-expert", "persona_id: persona-remote");
    const collection = new Map([["persona-remote", "persona" as const]]);
    expectNone(validateWith({ agent: text }, { collection }), "ref/unresolved");
    const wrong = new Map([["persona-remote", "memory" as const]]);
    expectOne(
      validateWith({ agent: text }, { collection: wrong }),
      "agent.yaml",
      "ref/unresolved",
      at(text, "persona-remote"),
      "warning",
    );
  });
});

describe("required skill dependencies", () => {
  it("a cycle through required dependencies is an error on each skill in it", () => {
    const runner = edit(
      sample("skill-test-runner"),
      "\ndata:\n",
      "\ndata:\n  dependencies:\n    - { skill_id: skill-code-review, required: true }\n",
    );
    const report = validateWith({ "skill-test-runner": runner });
    const a = expectOne(report, "skill.yaml", "skill/dependency-cycle", at(sample("skill"), "skill-test-runner"));
    expectOne(report, "skill-test-runner.yaml", "skill/dependency-cycle", at(runner, "skill-code-review"));
    expect(a.message).toContain("skill-code-review → skill-test-runner → skill-code-review");
  });
  it("an optional dependency breaks the cycle", () => {
    const runner = edit(
      sample("skill-test-runner"),
      "\ndata:\n",
      "\ndata:\n  dependencies:\n    - { skill_id: skill-code-review, required: false }\n",
    );
    expectNone(validateWith({ "skill-test-runner": runner }), "skill/dependency-cycle");
  });
  it("a skill that requires itself is a cycle", () => {
    const runner = edit(
      sample("skill-test-runner"),
      "\ndata:\n",
      "\ndata:\n  dependencies:\n    - { skill_id: skill-test-runner, required: true }\n",
    );
    expectOne(
      validateWith({ "skill-test-runner": runner }),
      "skill-test-runner.yaml",
      "skill/dependency-cycle",
      at(runner, "skill-test-runner", 2),
    );
  });
  it("a long chain without a cycle passes, and closing it is found", () => {
    const n = 800;
    const chain = (closed: boolean): Record<string, string> => {
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) {
        const next = i + 1 < n ? i + 1 : closed ? 0 : undefined;
        const deps = next === undefined ? "" : `  dependencies:\n    - { skill_id: chain-${next}, required: true }\n`;
        files[`chain-${i}`] =
          `metadata:\n  id: chain-${i}\n  type: skill\n  name: Chain ${i}\n  description: link\n  version: 1.0.0\n  author: me\ndata:\n${deps}  triggers: [{ type: manual }]\n  procedures: [{ step: 1, action: go }]\n`;
      }
      return files;
    };
    expectNone(validateWith(chain(false)), "skill/dependency-cycle");
    const report = validateWith(chain(true));
    expect(report.diagnostics.filter((d) => d.code === "skill/dependency-cycle")).toHaveLength(n);
  });
});
