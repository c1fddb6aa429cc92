// The data rules of docs/elements.md that the JSON Schemas carry, per element type: failing case at the right place.
import { describe, expect, it } from "vitest";
import { at, edit, expectNone, expectOne, sample, validateWith } from "./validate-fixtures.js";

function broken(name: string, from: string, to: string) {
  const text = edit(sample(name), from, to);
  return { text, report: validateWith({ [name]: text }), file: `${name}.yaml` };
}

describe("unknown keys in data", () => {
  it("are warnings, and the element stays valid", () => {
    const { text, report, file } = broken("agent", "  max_iterations: 5", "  max_iterations: 5\n  mood: cheerful");
    const d = expectOne(report, file, "schema/additional-property", at(text, "mood"), "warning");
    expect(d.message).toContain("goals, actions");
    expect(report.elements.some((e) => e.file === file)).toBe(true);
  });
  it("are errors under strict, nested ones included", () => {
    const text = edit(sample("agent"), "      type: skill", "      type: skill\n      retries: 3");
    const report = validateWith({ agent: text }, { strict: true });
    expectOne(report, "agent.yaml", "schema/additional-property", at(text, "retries"), "error");
    expect(report.elements.some((e) => e.file === "agent.yaml")).toBe(false);
  });
  it("an unknown top-level key is refused", () => {
    const { text, report, file } = broken("agent", "\ndata:\n", "\nextra: 1\ndata:\n");
    expect(report.diagnostics.filter((d) => d.file === file && d.severity === "error")).toHaveLength(1);
    expectOne(report, file, "structure/top-level", at(text, "extra"));
  });
});

describe("persona data", () => {
  it("behavioral_traits needs at least one entry", () => {
    const text = edit(
      sample("persona"),
      "  behavioral_traits:\n    - { name: Analytical, description: Systematic problem-solving, intensity: 9 }\n    - { name: Patient, intensity: 7 }\n",
      "  behavioral_traits: []\n",
    );
    expectOne(validateWith({ persona: text }), "persona.yaml", "schema/min-items", at(text, "[]"));
  });
  it("intensity is an integer from 1 to 10", () => {
    const high = broken("persona", "intensity: 7", "intensity: 11");
    expectOne(high.report, high.file, "schema/maximum", at(high.text, "11"));
    const low = broken("persona", "intensity: 7", "intensity: 0");
    expectOne(low.report, low.file, "schema/minimum", at(low.text, "0 }"));
    const frac = broken("persona", "intensity: 7", "intensity: 7.5");
    expectOne(frac.report, frac.file, "schema/type", at(frac.text, "7.5"));
  });
  it("a trait needs a name of at most 50 characters", () => {
    const missing = broken("persona", "{ name: Patient, intensity: 7 }", "{ intensity: 7 }");
    const d = expectOne(missing.report, missing.file, "schema/required", at(missing.text, "{ intensity: 7 }"));
    expect(d.message).toBe('data.behavioral_traits[1] is missing the required key "name"');
    const long = broken("persona", "name: Patient", `name: ${"p".repeat(51)}`);
    expectOne(long.report, long.file, "schema/max-length", at(long.text, "pppp"));
  });
  it("expertise level is beginner, intermediate, advanced or expert", () => {
    const { text, report, file } = broken("persona", "level: advanced", "level: guru");
    const d = expectOne(report, file, "schema/enum", at(text, "guru"));
    expect(d.message).toBe(
      'data.expertise_areas[1].level is "guru"; use one of: beginner, intermediate, advanced, expert',
    );
  });
  it("response_style needs tone, formality and verbosity from their lists", () => {
    const missing = broken("persona", "    tone: Professional\n", "");
    expectOne(missing.report, missing.file, "schema/required", at(missing.text, "response_style:"));
    const formality = broken("persona", "formality: neutral", "formality: informal");
    expectOne(formality.report, formality.file, "schema/enum", at(formality.text, "informal"));
    const verbosity = broken("persona", "verbosity: balanced", "verbosity: chatty");
    expectOne(verbosity.report, verbosity.file, "schema/enum", at(verbosity.text, "chatty"));
  });
  it("system_prompt has 10 to 2000 characters and is required", () => {
    const short = broken(
      "persona",
      "system_prompt: You are a Senior Software Architect. Explain trade-offs and prefer simple designs.",
      "system_prompt: Be nice.",
    );
    expectOne(short.report, short.file, "schema/min-length", at(short.text, "Be nice."));
    const long = broken(
      "persona",
      "system_prompt: You are a Senior Software Architect. Explain trade-offs and prefer simple designs.",
      `system_prompt: ${"x".repeat(2001)}`,
    );
    expectOne(long.report, long.file, "schema/max-length", at(long.text, "xxxx"));
    const gone = broken(
      "persona",
      "  system_prompt: You are a Senior Software Architect. Explain trade-offs and prefer simple designs.\n",
      "",
    );
    expectOne(gone.report, gone.file, "schema/required", at(gone.text, "data:", 2));
  });
  it("privacy_level is public, private or shared", () => {
    const { text, report, file } = broken("persona", "privacy_level: public", "privacy_level: secret");
    expectOne(report, file, "schema/enum", at(text, "secret"));
  });
  it("related ids follow the id rule", () => {
    const { text, report, file } = broken(
      "persona",
      "related_skills: [skill-code-review]",
      "related_skills: [Skill_Review]",
    );
    expectOne(report, file, "schema/pattern", at(text, "Skill_Review"));
  });
});

describe("skill data", () => {
  it("trigger type is keyword, pattern, context or manual", () => {
    const { text, report, file } = broken("skill", "- type: manual", "- type: always");
    expectOne(report, file, "schema/enum", at(text, "always"));
  });
  it("a trigger pattern has at most 500 characters", () => {
    const { text, report, file } = broken(
      "skill",
      'pattern: "^review (PR|pull request) #\\\\d+$"',
      `pattern: "${"a".repeat(501)}"`,
    );
    expectOne(report, file, "schema/max-length", at(text, '"aaaa'));
  });
  it("procedures need an integer step ≥ 1 and an action", () => {
    const zero = broken("skill", "- step: 3", "- step: 0");
    expectOne(zero.report, zero.file, "schema/minimum", at(zero.text, "0\n      action: Comment"));
    const noAction = broken("skill", "      action: Run the tests locally\n", "");
    expectOne(noAction.report, noAction.file, "schema/required", at(noAction.text, "step: 2"));
  });
  it("dependencies need a skill_id following the id rule", () => {
    const { text, report, file } = broken("skill", "- skill_id: skill-test-runner", "- skill_id: ../escape");
    expectOne(report, file, "schema/pattern", at(text, "../escape"));
  });
  it("inputs map strings to strings", () => {
    const { text, report, file } = broken("skill", "pull_request: URL of the pull request", "pull_request: [a, b]");
    expectOne(report, file, "schema/type", at(text, "[a, b]"));
  });
});

describe("template data", () => {
  it("content is required and not blank", () => {
    const blank = edit(
      sample("template"),
      "  content: |\n    # {{title}}\n\n    Status: {{status}}\n\n    ## Context\n    {{context}}\n",
      '  content: "   "\n',
    );
    expectOne(validateWith({ template: blank }), "template.yaml", "schema/pattern", at(blank, '"   "'));
  });
  it("format is markdown, yaml, json or text", () => {
    const { text, report, file } = broken("template", "format: markdown", "format: html");
    expectOne(report, file, "schema/enum", at(text, "html"));
  });
  it("a variable name is an identifier and its type one of five", () => {
    const name = broken("template", "name: status", "name: 2status");
    expectOne(name.report, name.file, "schema/pattern", at(name.text, "2status"));
    const type = broken("template", "name: status, type: string", "name: status, type: date");
    expectOne(type.report, type.file, "schema/enum", at(type.text, "date"));
  });
});

describe("agent data", () => {
  it("goals need at least one non-empty string", () => {
    const empty = broken("agent", "    - Verify every item of the release checklist", '    - ""');
    expectOne(empty.report, empty.file, "schema/min-length", at(empty.text, '""'));
    const none = edit(sample("agent-checker"), "goals: [Check the release candidate]", "goals: []");
    expectOne(validateWith({ "agent-checker": none }), "agent-checker.yaml", "schema/min-items", at(none, "[]"));
  });
  it("an action type is tool, skill, decision or loop", () => {
    const { text, report, file } = broken("agent", "type: tool", "type: api");
    expectOne(report, file, "schema/enum", at(text, "api"));
  });
  it("max_iterations is 1 to 100", () => {
    const { text, report, file } = broken("agent", "max_iterations: 5", "max_iterations: 101");
    expectOne(report, file, "schema/maximum", at(text, "101"));
  });
});

describe("memory data", () => {
  it("date_created is YYYY-MM-DD", () => {
    const { text, report, file } = broken("memory", 'date_created: "2025-12-01"', 'date_created: "01/12/2025"');
    expectOne(report, file, "schema/format", at(text, '"01/12/2025"'));
  });
  it("content_hash is 64 lowercase hex characters", () => {
    const hash = /content_hash: ([0-9a-f]{64})/.exec(sample("memory"))?.[1] ?? "";
    const { text, report, file } = broken("memory", hash, hash.toUpperCase());
    expectOne(report, file, "schema/pattern", at(text, hash.toUpperCase()));
  });
});

describe("ensemble data", () => {
  it("a member needs agent_id, role and a priority from 1 to 10", () => {
    const priority = broken("ensemble", "priority: 5", "priority: 12");
    expectOne(priority.report, priority.file, "schema/maximum", at(priority.text, "12"));
    const role = broken("ensemble", "role: checker, ", "");
    expectOne(role.report, role.file, "schema/required", at(role.text, "{ agent_id: agent-release-checker"));
  });
  it("aggregation_strategy is required and one NEXS MCP can execute", () => {
    const bad = broken("ensemble", "aggregation_strategy: consensus", "aggregation_strategy: best_of");
    const d = expectOne(bad.report, bad.file, "schema/enum", at(bad.text, "best_of"));
    expect(d.message).toContain("weighted_consensus");
    const gone = broken("ensemble", "  aggregation_strategy: consensus\n", "");
    expectOne(gone.report, gone.file, "schema/required", at(gone.text, "data:", 2));
  });
  it("execution_mode is sequential, parallel or hybrid", () => {
    const { text, report, file } = broken("ensemble", "execution_mode: sequential", "execution_mode: random");
    expectOne(report, file, "schema/enum", at(text, "random"));
  });
});

describe("one diagnostic per problem", () => {
  it("a value that breaks several constraints is reported once", () => {
    const { report, file } = broken("skill", "id: skill-code-review", `id: ${"X".repeat(200)}`);
    expect(report.diagnostics.filter((d) => d.file === file)).toHaveLength(1);
  });
  it("the valid samples give no schema diagnostic", () => {
    expectNone(validateWith({}), "schema/required");
  });
});
