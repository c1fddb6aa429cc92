import { afterEach, describe, expect, it } from "vitest";
import {
  parseBoolean,
  parseChoice,
  parsePositive,
  parseText,
  parseWorkers,
  parseWorkspacePath,
} from "../../src/action/input-parsers.js";
import { input } from "../../src/action/input-spec.js";
import { readInput, workspace } from "../../src/action/inputs.js";
import { inputRefusal } from "./input-refusal.js";

const WS = { workspace: "/ws" };
const booleanInput = (name: string, fallback: boolean) =>
  readInput(input(name, String(fallback), ["validate"], parseBoolean), WS);
const positiveIntegerInput = (name: string, fallback: number) =>
  readInput(input(name, String(fallback), ["validate"], parsePositive), WS);
const choiceInput = <T extends string>(name: string, choices: readonly T[], fallback: T) =>
  readInput(input(name, fallback, ["validate"], parseChoice(choices)), WS);
const workersInput = () => readInput(input("workers", "", ["validate"], parseWorkers), WS);
const stringInput = (name: string, fallback: string) => readInput(input(name, fallback, ["validate"], parseText), WS);
const workspacePathInput = (name: string, fallback: string, ws: string) =>
  readInput(input(name, fallback, ["validate"], parseWorkspacePath), { workspace: ws });

// @actions/core reads inputs from INPUT_<NAME>, upper-cased with dashes kept, exactly as the runner sets them.
const set = (name: string, value: string): void => {
  process.env[`INPUT_${name.toUpperCase()}`] = value;
};
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
});

describe("action inputs", () => {
  it("booleans accept true and false in any letter case, and nothing else", () => {
    set("strict", "TRUE");
    expect(booleanInput("strict", false)).toBe(true);
    set("strict", "False");
    expect(booleanInput("strict", true)).toBe(false);
    set("strict", "");
    expect(booleanInput("strict", true)).toBe(true);
    for (const bad of ["yes", "1", "on", "tru"]) {
      set("strict", bad);
      expect(inputRefusal(() => booleanInput("strict", false))).toBe(
        `input "strict" must be true or false, not "${bad}"`,
      );
    }
  });

  it("workers: empty leaves the count to the runner's cores, else a whole number from 0 to 16", () => {
    set("workers", "");
    expect(workersInput()).toBeUndefined();
    for (const [given, count] of [
      ["0", 0],
      [" 1 ", 1],
      ["16", 16],
    ] as const) {
      set("workers", given);
      expect(workersInput()).toBe(count);
    }
    for (const bad of ["17", "-1", "01", "1.5", "two", "auto"]) {
      set("workers", bad);
      expect(inputRefusal(workersInput)).toBe(
        `input "workers" must be empty (chosen from the runner's cores) or a whole number from 0 to 16, not "${bad}"`,
      );
    }
  });

  it("sizes are whole numbers greater than 0", () => {
    set("max-file-size", " 4096 ");
    expect(positiveIntegerInput("max-file-size", 1)).toBe(4096);
    set("max-file-size", "");
    expect(positiveIntegerInput("max-file-size", 7)).toBe(7);
    for (const bad of ["0", "-1", "1.5", "1e3", "12k", "0x10", "9999999999999999"]) {
      set("max-file-size", bad);
      expect(inputRefusal(() => positiveIntegerInput("max-file-size", 1))).toBe(
        `input "max-file-size" must be a whole number greater than 0, not "${bad}"`,
      );
    }
  });

  it("choices and strings", () => {
    set("mode", "b");
    expect(choiceInput("mode", ["a", "b"], "a")).toBe("b");
    set("mode", "c");
    expect(inputRefusal(() => choiceInput("mode", ["a", "b"], "a"))).toBe('input "mode" must be one of a, b, not "c"');
    expect(stringInput("absent", "fallback")).toBe("fallback");
  });

  it("paths stay inside the workspace", () => {
    set("path", "elements/../elements/persona");
    expect(workspacePathInput("path", "elements", "/ws")).toBe("elements/persona");
    set("path", "/ws/elements");
    expect(workspacePathInput("path", "x", "/ws")).toBe("elements");
    set("path", ".");
    expect(workspacePathInput("path", "x", "/ws")).toBe(".");
    for (const bad of ["../secrets", "/etc", "elements/../../x"]) {
      set("path", bad);
      expect(inputRefusal(() => workspacePathInput("path", "elements", "/ws"))).toBe(
        `input "path" must be a path inside the workspace (/ws), not "${bad}"`,
      );
    }
  });

  it("needs GITHUB_WORKSPACE", () => {
    expect(workspace({ GITHUB_WORKSPACE: "/ws" })).toEqual({ workspace: "/ws" });
    expect(inputRefusal(() => workspace({}))).toMatch(/^GITHUB_WORKSPACE is not set/);
  });
});
