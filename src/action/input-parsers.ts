// Parsers of input text: each returns the value or throws one InputError naming the input, the value given and
// what is accepted, before any work is done.
import { lstatSync, realpathSync, type Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parsePositiveInteger } from "../core/common/positive-integer.js";
import { pathTemplateProblem } from "../core/element/identity.js";
import { MAX_WORKERS_ASKED, parseWorkerCount } from "../threads/validate-threads.js";

/** A workflow input with a value the Action cannot use. */
export class InputError extends Error {
  override name = "InputError";
}

export interface InputContext {
  /** GITHUB_WORKSPACE: paths are resolved against it and must stay inside it. */
  workspace: string;
}

export function parseText(text: string): string {
  return text;
}

/** A path template that can place elements: one error for the input, not one per element. */
export function parsePathTemplate(text: string, name: string): string {
  const problem = pathTemplateProblem(text);
  if (problem) throw new InputError(`input "${name}": ${problem}`);
  return text;
}

/** `true` or `false`, any letter case; nothing else (`yes`, `1`, `on` are refused, not guessed). */
export function parseBoolean(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  throw new InputError(`input "${name}" must be true or false, not "${text}"`);
}

/** A whole number greater than 0, digits only. */
export function parsePositive(text: string, name: string): number {
  const value = parsePositiveInteger(text);
  if (value === undefined) throw new InputError(`input "${name}" must be a whole number greater than 0, not "${text}"`);
  return value;
}

/** Empty: as many as suit the runner's cores and the tree (undefined); else a whole number from 0 to 16. */
export function parseWorkers(text: string, name: string): number | undefined {
  if (text === "") return undefined;
  const count = parseWorkerCount(text);
  if (count === undefined)
    throw new InputError(
      `input "${name}" must be empty (chosen from the runner's cores) or a whole number from 0 to ${MAX_WORKERS_ASKED}, not "${text}"`,
    );
  return count;
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(choices: readonly T[]): (text: string, name: string) => T {
  return (text, name) => {
    const found = choices.find((choice) => choice === text);
    if (found === undefined)
      throw new InputError(`input "${name}" must be one of ${choices.join(", ")}, not "${text}"`);
    return found;
  };
}

/** Comma- or newline-separated, blanks dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * A path inside the workspace (relative to it, or absolute within it); returned relative to the workspace. Inside
 * by its words and, through realpath, by where it leads: a symlink on the way must not lead out of the workspace.
 */
export function parseWorkspacePath(text: string, name: string, context: InputContext): string {
  const inside = relative(context.workspace, resolve(context.workspace, text));
  if (isOutside(inside)) {
    throw new InputError(`input "${name}" must be a path inside the workspace (${context.workspace}), not "${text}"`);
  }
  if (isOutside(relative(realOrSelf(context.workspace), realPrefix(resolve(context.workspace, text))))) {
    throw new InputError(
      `input "${name}" must stay inside the workspace (${context.workspace}): "${text}" leads out of it through a symlink`,
    );
  }
  return inside === "" ? "." : inside;
}

/**
 * A file the Action writes (sarif-file): inside the workspace as parseWorkspacePath, in a directory that exists
 * (nothing is created), and not a directory or a symlink (a link would be followed by the write). Checked before
 * any work, so a bad value costs nothing; returned relative to the workspace.
 */
export function parseOutputFile(text: string, name: string, context: InputContext): string {
  if (text === "") return "";
  const inside = parseWorkspacePath(text, name, context);
  const absolute = resolve(context.workspace, inside);
  if (inside === ".") throw new InputError(`input "${name}" must name a file, not the workspace itself`);
  const stats = lstatOrUndefined(absolute);
  if (stats?.isDirectory())
    throw new InputError(`input "${name}": "${text}" is a directory; name a file in it, such as nexs-publish.sarif`);
  if (stats?.isSymbolicLink())
    throw new InputError(`input "${name}": "${text}" is a symlink; name a regular file (symlinks are not followed)`);
  if (stats && !stats.isFile()) throw new InputError(`input "${name}": "${text}" exists and is not a regular file`);
  const parent = lstatOrUndefined(dirname(absolute));
  if (!parent?.isDirectory())
    throw new InputError(
      `input "${name}": the directory of "${text}" does not exist in the workspace; create it first, or name a file in an existing directory`,
    );
  return inside;
}

function isOutside(rel: string): boolean {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Where `absolute` leads: the realpath of its longest existing part, the missing rest appended as written. */
function realPrefix(absolute: string): string {
  let rest = "";
  for (let at = absolute; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), rest);
    } catch {
      if (dirname(at) === at) return absolute;
      rest = join(basename(at), rest);
    }
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A duration such as `30m`, `12h` or `7d`, in milliseconds. */
export function parseDuration(text: string, name: string): number {
  const match = /^([1-9][0-9]{0,5})([mhd])$/.exec(text);
  const unit = match?.[2];
  if (!match || (unit !== "m" && unit !== "h" && unit !== "d")) {
    throw new InputError(`input "${name}" must be a duration such as 30m, 12h or 7d, not "${text}"`);
  }
  return Number(match[1]) * UNIT_MS[unit];
}
