import { randomUUID } from "node:crypto";
import * as core from "@actions/core";

/**
 * Writes lines that hold untrusted text (file names, messages) to the log with workflow commands switched
 * off, so a line that happens to start with `::` is shown, not obeyed. The token is unguessable.
 */
export function logUntrusted(text: string): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text.replace(/\n$/, ""));
  core.info(`::${token}::`);
}
