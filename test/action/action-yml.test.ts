// action.yml and the Action's input record are one contract: every input and output in both, same defaults,
// each described, and a description that names the commands it is for (all but validate's own).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMAND_NAMES, INPUTS, OUTPUTS } from "../../src/action/input-spec.js";

const REPO = join(import.meta.dirname, "../..");

interface Declared {
  description: string;
  default?: string;
}

function declared(section: "inputs" | "outputs"): Map<string, Declared> {
  const manifest: unknown = parse(readFileSync(join(REPO, "action.yml"), "utf8"));
  const map = new Map<string, Declared>();
  if (typeof manifest !== "object" || manifest === null || !(section in manifest)) return map;
  const entries: unknown = Object.getOwnPropertyDescriptor(manifest, section)?.value;
  if (typeof entries !== "object" || entries === null) return map;
  for (const [name, value] of Object.entries(entries)) {
    const description: unknown = value?.description;
    const fallback: unknown = value?.default;
    map.set(name, {
      description: typeof description === "string" ? description : "",
      ...(fallback !== undefined && { default: String(fallback) }),
    });
  }
  return map;
}

/** `publish: …` or `publish, track: …`: the commands an option is for, unless it is validate's too. */
function prefixFor(commands: readonly string[]): string {
  return commands.includes("validate") ? "" : `${commands.join(", ")}: `;
}

describe("action.yml matches the input record", () => {
  const inputs = declared("inputs");
  const outputs = declared("outputs");

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
      expect(outputs.get(name)?.description.startsWith(prefixFor(commands)), name).toBe(true);
    }
  });

  it("every command reads at least one input and writes at least one output", () => {
    for (const command of COMMAND_NAMES) {
      expect(Object.values(INPUTS).some((spec) => spec.name !== "command" && spec.commands.includes(command)), command).toBe(true);
      expect(Object.values(OUTPUTS).some((commands) => commands.some((c) => c === command)), command).toBe(true);
    }
  });
});
