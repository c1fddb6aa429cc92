// validateSources: element files in memory → every finding and the elements that may be published.
// Pure: parse → schema → per-element rules → secrets (checkSource, file by file) → cross-file rules.

import { compareDiagnostics, type Diagnostic } from "../diagnostic/diagnostic.js";
import { appendAll } from "../diagnostic/finding-cap.js";
import { gitBlobSha } from "../git/object-sha.js";
import { Redactor } from "../redact/redactor.js";
import { checkSource } from "./check-source.js";
import type { ValidationOptions, ValidationReport } from "./report.js";
import { dependencyCycleDiagnostics } from "./rules/dependency-cycles.js";
import { duplicateIdDiagnostics, type IdentifiedSource } from "./rules/duplicate-ids.js";
import { referenceDiagnostics } from "./rules/references.js";
import type { ElementUnderCheck } from "./rules/rule-context.js";
import type { ParsedSource, SourceFile } from "./source.js";
import type { ElementType, ValidElement } from "./types.js";

interface Checked {
  source: ParsedSource;
  element: ElementUnderCheck | undefined;
}

export function validateSources(sources: SourceFile[], options: ValidationOptions): ValidationReport {
  const diagnostics: Diagnostic[] = [];
  const byType: Record<ElementType, number> = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };
  const checked: Checked[] = [];
  const identified: IdentifiedSource[] = [];
  const declared = new Map<string, Set<ElementType>>();

  // Every secret of the run: a cross-file finding in one file may name another file's secret.
  const redactor = new Redactor();
  for (const file of sources) {
    const check = checkSource(file, options);
    redactor.add(check.secrets);
    appendAll(diagnostics, check.diagnostics);
    const { parsed, type, id, element } = check;
    if (!parsed) continue;
    if (type) byType[type]++;
    if (id !== undefined) {
      identified.push({ source: parsed, id });
      if (type) {
        const types = declared.get(id) ?? new Set<ElementType>();
        types.add(type);
        declared.set(id, types);
      }
    }
    checked.push({ source: parsed, element });
  }

  const elements = checked.flatMap((c) => (c.element ? [c.element] : []));
  appendAll(diagnostics, duplicateIdDiagnostics(identified));
  appendAll(
    diagnostics,
    referenceDiagnostics(elements, { source: declared, collection: options.collection }, options.strict),
  );
  appendAll(diagnostics, dependencyCycleDiagnostics(elements));

  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const valid: ValidElement[] = [];
  for (const { source, element } of checked) {
    if (!element || failed.has(source.file)) continue;
    valid.push({
      file: source.file,
      bytes: source.bytes,
      blob: gitBlobSha(source.bytes),
      element: { metadata: element.metadata, data: element.data },
    });
  }

  const redacted = diagnostics.map((d) => redactor.diagnostic(d));
  return { files: sources.length, diagnostics: redacted.sort(compareDiagnostics), elements: valid, byType };
}
