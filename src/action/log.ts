import { randomUUID } from "node:crypto";
import * as core from "@actions/core";
import { redactText } from "../core/redact/redactor.js";
import { visibleLine, visibleLines } from "../core/report/visible-text.js";

/**
 * Untrusted text (file names, ids, messages, GitHub's words) as the Action may write it anywhere: redacted (the
 * sinks' pass of ../core/redact/redactor.ts) and with control and bidi characters shown as `\uXXXX`, on one line.
 * Every writer of the Action (log, annotations, summary, failure message) goes through this or `safeLines`.
 */
export function safeText(text: string): string {
  return visibleLine(redactText(text));
}

/** Like safeText, for a block of lines (line feeds and tabs kept). */
export function safeLines(text: string): string {
  return visibleLines(redactText(text));
}

/**
 * Writes lines that hold untrusted text (file names, messages) to the log with workflow commands switched
 * off, so a line that happens to start with `::` is shown, not obeyed. The token is unguessable.
 */
export function logUntrusted(text: string): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(safeLines(text.replace(/\n$/, "")));
  core.info(`::${token}::`);
}
