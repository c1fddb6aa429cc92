import { countOf } from "../common/plural.js";
import type { Diagnostic, Severity } from "../diagnostic/diagnostic.js";
import { countBySeverity } from "../diagnostic/diagnostic.js";
import { redactText } from "../redact/redactor.js";
import { visibleLine } from "./visible-text.js";

export interface HumanOptions {
  /** ANSI colour; the adapter decides (TTY, NO_COLOR, FORCE_COLOR). */
  color: boolean;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: "31", warning: "33", info: "36" };

/** `file:line:col severity code message`, one line per diagnostic, then a one-line tally. */
export function formatHuman(files: number, diagnostics: readonly Diagnostic[], options: HumanOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines = diagnostics.map(
    (d) =>
      `${paint("1", `${oneLine(d.file)}:${d.line}:${d.column}`)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ` +
      `${paint("2", d.code)} ${oneLine(d.message)}`,
  );
  lines.push(tally(files, diagnostics, paint));
  return redactText(`${lines.join("\n")}\n`);
}

function tally(
  files: number,
  diagnostics: readonly Diagnostic[],
  paint: (code: string, text: string) => string,
): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const counts = `${countOf(files, "file")}, ${countOf(errors, "error")}, ${countOf(warnings, "warning")}`;
  return errors > 0 ? paint("31", `✖ ${counts}`) : paint("32", `✔ ${counts}`);
}

// A message or file name with a line break or an escape sequence could forge further output lines or
// repaint the terminal: show such characters as visible escapes instead.
// A bidi override could make it read as another name.
export function oneLine(text: string): string {
  return visibleLine(text);
}
