import type { Env } from "../core/common/env.js";
/** What a command may touch of its process: injected, so commands run in-process in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Env;
  cwd: string;
}

/** A problem with how the command was called or with its input paths: exit status 2, one line, no stack. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
