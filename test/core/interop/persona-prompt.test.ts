// The NEXS MCP repository's free-form persona prompts (a name and prompt_instructions, no id, no type): validate
// gives them one finding with the command that converts them, and import makes a persona of them, keeping every
// section it cannot map and naming the fields only a person can supply.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { planImport } from "../../../src/core/interop/plan-import.js";
import { keysIn, NEXS, sourcesIn, valueIn } from "./fixtures.js";

const sources = sourcesIn(join(NEXS, "prompt"), "prompt/");
const OPTIONS = { maxFileSize: 262_144, renameIds: false };

describe("a NEXS MCP persona prompt", () => {
  it("gets one finding from validate, with the command that converts it", () => {
    const { diagnostics } = validateSources([...sources], { strict: false, maxFileSize: OPTIONS.maxFileSize });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["structure/flat-format", 3]]);
    expect(diagnostics[0]?.message).toBe(
      "this file is a NEXS MCP persona prompt (a name and prompt_instructions at the top level, no type, nothing " +
        "under metadata and data); convert it with: nexs-publish import prompt/senior-go-engineer.yaml",
    );
  });

  it("is converted to a persona: the prompt is its system_prompt, the rest kept aside, the gaps named", () => {
    const [file] = planImport(sources, OPTIONS);
    expect(file).toMatchObject({ outcome: "converted", shape: "flat", type: "persona" });
    expect(valueIn(file?.text, "metadata", "type")).toBe("persona");
    expect(valueIn(file?.text, "metadata", "tags")).toEqual(["golang", "senior-engineer"]);
    expect(valueIn(file?.text, "metadata", "created_at")).toBe("2025-12-20T00:00:00Z");
    expect(valueIn(file?.text, "data", "system_prompt")).toMatch(/^Atue como um engenheiro de software sênior\.\n/);
    expect(keysIn(file?.text, "metadata", "custom")).toEqual(["metadata", "core_identity", "expertise"]);
    expect(valueIn(file?.text, "metadata", "custom", "metadata", "experience_years")).toBe("20+");
    expect(file?.needsPerson).toEqual([
      "metadata.id",
      "metadata.author",
      "data.behavioral_traits",
      "data.expertise_areas",
      "data.response_style",
    ]);
    // Comments come along.
    expect(file?.text).toMatch(/^# A persona prompt/);
  });

  it("needs the prompt: a name alone, with no type, is no shape import knows", () => {
    const bytes = new TextEncoder().encode("name: just a name\nversion: 1.0.0\n");
    const [file] = planImport([{ file: "x.yaml", bytes }], OPTIONS);
    expect(file?.outcome).toBe("neither");
  });
});
