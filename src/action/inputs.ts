// Reading inputs: every one through its record in input-spec.ts, so the default is action.yml's; and the checks
// publish and track share (a branch name, the runner's repository).
import * as core from "@actions/core";
import type { Env } from "../core/common/env.js";
import { refNameProblem } from "../core/names/ref-name.js";
import { parseRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import { type InputContext, InputError } from "./input-parsers.js";
import type { InputSpec } from "./input-spec.js";

export { InputError } from "./input-parsers.js";

/** The input as given (trimmed by the runner's reader), else its default, parsed. */
export function readInput<T>(spec: InputSpec<T>, context: InputContext): T {
  const given = core.getInput(spec.name);
  return spec.parse(given === "" ? defaultText(spec) : given, spec.name, context);
}

/** A `${{ … }}` default is filled in by the runner; outside a runner (or when it gave nothing) it is empty. */
function defaultText(spec: InputSpec<unknown>): string {
  return spec.default.startsWith("${{") ? "" : spec.default;
}

/** Registers the secret inputs with the runner's log masking; call before reading anything else. */
export function maskSecrets(specs: Iterable<InputSpec<unknown>>): void {
  for (const spec of specs) {
    const value = spec.secret ? core.getInput(spec.name) : "";
    if (value) core.setSecret(value);
  }
}

/** `GITHUB_WORKSPACE`: where the repository is checked out; the runner always sets it. */
export function workspace(env: Env): InputContext {
  const dir = env["GITHUB_WORKSPACE"];
  if (!dir)
    throw new InputError(
      "GITHUB_WORKSPACE is not set: run this Action in a GitHub Actions job, after actions/checkout",
    );
  return { workspace: dir };
}

/** A branch-name input, refused with git's reason when it is none. */
export function branchInput(name: string, branch: string): string {
  const problem = refNameProblem(branch);
  if (problem) throw new InputError(`input "${name}": "${branch}" ${problem}`);
  return branch;
}

/** The repository the workflow runs in, as the runner names it (`GITHUB_REPOSITORY`). */
export function runnerRepository(env: Env): RepoRef {
  const name = env["GITHUB_REPOSITORY"] ?? "";
  try {
    return parseRepoRef(name, "GITHUB_REPOSITORY");
  } catch {
    throw new InputError(`GITHUB_REPOSITORY is "${name}", not owner/repo: run this Action in a GitHub Actions job`);
  }
}
