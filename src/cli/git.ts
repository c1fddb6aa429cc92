import { execFile } from "node:child_process";
import type { Env } from "../core/common/env.js";

export type GitResult = { ok: true; stdout: Buffer } | { ok: false; message: string };

/**
 * Runs one read-only git command in `cwd`; never throws (no git, not a repository, no such ref all come back as
 * `ok: false` with git's first line). Bytes, not text: `git show` of a state document must round-trip exactly.
 */
export function git(cwd: string, args: readonly string[], env: Env): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      "git",
      [...args],
      { cwd, env: { ...env, GIT_TERMINAL_PROMPT: "0" }, encoding: "buffer", maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) resolve({ ok: true, stdout });
        else resolve({ ok: false, message: stderr.toString("utf8").trim().split("\n")[0] || error.message });
      },
    );
  });
}

/** The trimmed text output of a git command, or undefined when it failed. */
export async function gitText(cwd: string, args: readonly string[], env: Env): Promise<string | undefined> {
  const result = await git(cwd, args, env);
  return result.ok ? result.stdout.toString("utf8").trim() : undefined;
}
