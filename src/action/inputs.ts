// Every input is parsed and checked here: a wrong value stops the step with one message naming the input,
// the value and what is accepted, before any work is done.
import * as core from "@actions/core";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** A workflow input with a value the Action cannot use. */
export class InputError extends Error {
  override name = "InputError";
}

/** The input as given, trimmed; `fallback` when empty or absent (the runner passes defaults from action.yml). */
export function stringInput(name: string, fallback: string): string {
  return core.getInput(name) || fallback;
}

/** `true` or `false`, any letter case; nothing else (`yes`, `1`, `on` are refused, not guessed). */
export function booleanInput(name: string, fallback: boolean): boolean {
  const text = core.getInput(name);
  if (text === "") return fallback;
  const lower = text.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  throw new InputError(`input "${name}" must be true or false, not "${text}"`);
}

/** A whole number greater than 0, digits only. */
export function positiveIntegerInput(name: string, fallback: number): number {
  const text = core.getInput(name);
  if (text === "") return fallback;
  if (!/^[1-9][0-9]{0,14}$/.test(text)) throw new InputError(`input "${name}" must be a whole number greater than 0, not "${text}"`);
  return Number(text);
}

/** One of a fixed set of words. */
export function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const text = core.getInput(name);
  if (text === "") return fallback;
  const found = choices.find((choice) => choice === text);
  if (found === undefined) throw new InputError(`input "${name}" must be one of ${choices.join(", ")}, not "${text}"`);
  return found;
}

/** A path inside the workspace (relative to it, or absolute within it); returned relative to the workspace. */
export function workspacePathInput(name: string, fallback: string, workspace: string): string {
  const text = stringInput(name, fallback);
  const inside = relative(workspace, resolve(workspace, text));
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new InputError(`input "${name}" must be a path inside the workspace (${workspace}), not "${text}"`);
  }
  return inside === "" ? "." : inside;
}

/** `GITHUB_WORKSPACE`: where the repository is checked out; the runner always sets it. */
export function workspace(env: Readonly<Record<string, string | undefined>>): string {
  const dir = env["GITHUB_WORKSPACE"];
  if (!dir) throw new InputError("GITHUB_WORKSPACE is not set: run this Action in a GitHub Actions job, after actions/checkout");
  return dir;
}
