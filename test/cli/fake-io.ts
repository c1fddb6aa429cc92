import type { CliIo } from "../../src/cli/io.js";

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

/** Captures what a command writes; `tty` makes both streams look like a terminal. */
export function fakeIo(cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): FakeIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (chunk: string) => (out += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (err += chunk), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd,
    out: () => out,
    err: () => err,
  };
}
