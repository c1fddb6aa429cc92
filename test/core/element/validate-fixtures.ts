// Shared by the validation tests: the valid sample elements, and where a piece of text sits in a file.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Diagnostic } from "../../../src/core/diagnostic/diagnostic.js";
import type { ValidationOptions, ValidationReport } from "../../../src/core/element/report.js";
import type { SourceFile } from "../../../src/core/element/source.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";

export const VALID_DIR = join(import.meta.dirname, "../../fixtures/elements/valid");

/** Every valid sample element, by file name without extension (persona, skill, template...). */
export function validSamples(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(VALID_DIR).sort()) {
    if (name.endsWith(".yaml")) out.set(name.replace(/\.yaml$/, ""), readFileSync(join(VALID_DIR, name), "utf8"));
  }
  return out;
}

export function sample(name: string): string {
  const text = validSamples().get(name);
  if (text === undefined) throw new Error(`no sample ${name}`);
  return text;
}

/** Replace exactly one occurrence of `from`, so a test fails loudly when the sample changes under it. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line and column of the `nth` occurrence of `marker` in `text`. */
export function at(text: string, marker: string, nth = 1): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < nth; i++) {
    offset = text.indexOf(marker, offset + 1);
    if (offset === -1) throw new Error(`marker "${marker}" (#${nth}) not found`);
  }
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

export const OPTIONS: ValidationOptions = { strict: false, maxFileSize: 256 * 1024 };

/** The valid samples plus `files` (name → text; a name equal to a sample's replaces it). */
export function validateWith(
  files: Record<string, string>,
  options: Partial<ValidationOptions> = {},
): ValidationReport {
  const all = new Map(validSamples());
  for (const [name, text] of Object.entries(files)) all.set(name, text);
  const sources: SourceFile[] = [...all].map(([name, text]) => ({
    file: `${name}.yaml`,
    bytes: new TextEncoder().encode(text),
  }));
  return validateSources(sources, { ...OPTIONS, ...options });
}

/** The diagnostics with `code`; asserts there is at least one. */
export function withCode(report: ValidationReport, code: string, file?: string): Diagnostic[] {
  const found = report.diagnostics.filter((d) => d.code === code && (file === undefined || d.file === file));
  expect(found, `expected a ${code} diagnostic; got ${JSON.stringify(report.diagnostics, null, 1)}`).not.toHaveLength(
    0,
  );
  return found;
}

/** Asserts exactly one diagnostic with `code` in `file`, at `where`, with `severity`; returns it. */
export function expectOne(
  report: ValidationReport,
  file: string,
  code: string,
  where: { line: number; column: number },
  severity: Diagnostic["severity"] = "error",
): Diagnostic {
  const found = withCode(report, code, file);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [d] = found;
  expect({ line: d?.line, column: d?.column, severity: d?.severity }).toEqual({ ...where, severity });
  if (!d) throw new Error("unreachable");
  return d;
}

/** No diagnostic at all with `code`. */
export function expectNone(report: ValidationReport, code: string): void {
  expect(report.diagnostics.filter((d) => d.code === code)).toEqual([]);
}
