// action.yml and the Action's input record are one contract: every input and output in both, same defaults,
// each described, and a description that names the commands it is for (all but validate's own).
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES, INPUTS, OUTPUTS } from "../../src/action/input-spec.js";
import { readActionManifest } from "../bundle/run-action.js";

/** `publish: …` or `publish, track: …`: the commands an option is for, unless it is validate's too. */
function prefixFor(commands: readonly string[]): string {
  return commands.includes("validate") ? "" : `${commands.join(", ")}: `;
}

describe("action.yml matches the input record", () => {
  const { inputs, outputs } = readActionManifest().declared;

  it("declares every input of the record, with its default and a description that names its commands", () => {
    for (const [key, spec] of Object.entries(INPUTS)) {
      expect(spec.name, key).toBe(key);
      const found = inputs.get(spec.name);
      expect(found, spec.name).toBeDefined();
      expect(found?.default, spec.name).toBe(spec.default);
      expect(found?.description.startsWith(prefixFor(spec.commands)), `${spec.name}: ${found?.description}`).toBe(true);
      expect(found?.description.length ?? 0, spec.name).toBeGreaterThan(prefixFor(spec.commands).length + 10);
    }
  });

  it("has no input the record does not know", () => {
    expect([...inputs.keys()].sort()).toEqual(Object.keys(INPUTS).sort());
  });

  it("declares every output of the record and no other, each described for its commands", () => {
    expect([...outputs.keys()].sort()).toEqual(Object.keys(OUTPUTS).sort());
    for (const [name, commands] of Object.entries(OUTPUTS)) {
      expect(outputs.get(name)?.startsWith(prefixFor(commands)), name).toBe(true);
    }
  });

  it("every command reads at least one input and writes at least one output", () => {
    for (const command of COMMAND_NAMES) {
      expect(
        Object.values(INPUTS).some((spec) => spec.name !== "command" && spec.commands.includes(command)),
        command,
      ).toBe(true);
      expect(
        Object.values(OUTPUTS).some((commands) => commands.some((c) => c === command)),
        command,
      ).toBe(true);
    }
  });
});
