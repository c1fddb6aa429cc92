import type { Env } from "../core/common/env.js";
import { redactText } from "../core/redact/redactor.js";
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

/**
 * The only streams commands get (runCli wraps the process's): every chunk passes the sinks' redaction pass
 * (../core/redact/redactor.ts), so nothing the secret rules match reaches the terminal, a pipe or a file.
 */
export function redactingIo(io: CliIo): CliIo {
  return { ...io, stdout: redactingStream(io.stdout), stderr: redactingStream(io.stderr) };
}

function redactingStream(stream: OutputStream): OutputStream {
  const guarded: OutputStream = { write: (chunk: string) => stream.write(redactText(chunk)) };
  if (stream.isTTY !== undefined) guarded.isTTY = stream.isTTY;
  return guarded;
}
