import { describe, expect, it } from "vitest";
import { validateWith, validSamples } from "./validate-fixtures.js";

describe("validateSources on the valid samples", () => {
  it("finds nothing wrong and returns every element with its blob", () => {
    const report = validateWith({});
    expect(report.diagnostics).toEqual([]);
    expect(report.files).toBe(validSamples().size);
    expect(report.elements.map((e) => e.element.metadata.id).sort()).toEqual([
      "agent-release-checker",
      "agent-release-helper",
      "ensemble-release-crew",
      "memory-architecture-decisions",
      "persona-technical-expert",
      "skill-code-review",
      "skill-test-runner",
      "template-adr",
    ]);
    expect(report.byType).toEqual({ persona: 1, skill: 2, template: 1, agent: 2, memory: 1, ensemble: 1 });
    for (const e of report.elements) expect(e.blob).toMatch(/^[0-9a-f]{40}$/);
  });
});
