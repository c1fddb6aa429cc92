import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readElement } from "../../../src/core/repository/element-record.js";
import { RepositoryError } from "../../../src/core/repository/element-repository.js";
import { MemoryElementRepository } from "../../../src/core/repository/memory-repository.js";
import { validateElementText } from "../../../src/core/repository/validate-element-text.js";
import { mergeElementYaml } from "../../../src/core/sync/merge.js";
import { validateMergedText } from "../../../src/core/sync/validate-merged-text.js";

const PERSONA = `metadata:
  id: persona-technical-expert
  type: persona
  name: Technical Expert
  description: Expert in software architecture and clean code
  version: 1.0.0
  author: team@company.com
  tags: [architecture, expert]
data:
  behavioral_traits:
    - { name: Analytical, description: Systematic problem-solving, intensity: 9 }
  expertise_areas:
    - { domain: Software Architecture, level: expert, keywords: [clean architecture, DDD] }
  response_style: { tone: Professional, formality: neutral, verbosity: balanced }
  system_prompt: You are a Senior Software Architect...
  privacy_level: public
`;

describe("the element validator wired into repositories and merges", () => {
  it("lets a valid element in and refuses an invalid one with the validator's code", async () => {
    const repo = new MemoryElementRepository(validateElementText);
    const persona = readElement(parse(PERSONA));
    if (typeof persona === "string") throw new Error(persona);
    await repo.create(persona);
    const bad = structuredClone(persona);
    bad.metadata.id = "persona-two";
    bad.data.response_style = { tone: "Professional", formality: "loud", verbosity: "balanced" };
    const error = await repo.create(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error instanceof RepositoryError && error.diagnostics.some((d) => d.code === "schema/enum")).toBe(true);
  });

  it("rejects a merge whose fields are each fine but whose result is not a valid element", () => {
    const validate = validateMergedText("elements/persona/persona-technical-expert.yaml");
    const ok = mergeElementYaml(
      {
        base: PERSONA,
        local: PERSONA.replace("1.0.0", "1.1.0"),
        remote: PERSONA.replace("verbosity: balanced", "verbosity: concise"),
      },
      validate,
    );
    expect(ok.ok).toBe(true);
    const bad = mergeElementYaml(
      {
        base: PERSONA,
        local: PERSONA.replace("1.0.0", "1.1.0"),
        remote: PERSONA.replace("formality: neutral", "formality: loud"),
      },
      validate,
    );
    expect(bad).toEqual({ ok: false, reason: expect.stringContaining("schema/enum") });
  });
});
