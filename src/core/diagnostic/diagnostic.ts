/** A finding about one element file. Lines and columns are 1-based and point at the offending key or value. */
export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Path of the file as the caller named it (adapters make it relative to the working directory). */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Stable identifier such as `yaml/duplicate-key` or `schema/required`: users search for it, tests assert it. */
  code: string;
  message: string;
}

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

export function diagnostic(file: string, at: Position, severity: Severity, code: string, message: string): Diagnostic {
  return { file, ...at, severity, code, message };
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

/** Sort by file, then position, so output is stable whatever order files were read in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
