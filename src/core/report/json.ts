import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { countBySeverity } from "../diagnostic/diagnostic.js";
import { redactText } from "../redact/redactor.js";

/** The `--format json` document: a stable contract for scripts, so exactly these fields in this order. */
export interface JsonReport {
  files: number;
  valid: boolean;
  errors: number;
  warnings: number;
  diagnostics: Pick<Diagnostic, "file" | "line" | "column" | "severity" | "code" | "message">[];
}

export function toJsonReport(files: number, diagnostics: readonly Diagnostic[]): JsonReport {
  const { errors, warnings } = countBySeverity(diagnostics);
  return {
    files,
    valid: errors === 0,
    errors,
    warnings,
    diagnostics: diagnostics.map(({ file, line, column, severity, code, message }) => ({
      file,
      line,
      column,
      severity,
      code,
      message,
    })),
  };
}

/** One JSON object on one line, newline-terminated. */
export function formatJson(files: number, diagnostics: readonly Diagnostic[]): string {
  return redactText(`${JSON.stringify(toJsonReport(files, diagnostics))}\n`);
}
