// validateSources: element files in memory → every finding and the elements that may be published.
// Pure: parse → schema → per-element rules → secrets → cross-file rules.
import { compareDiagnostics, type Diagnostic } from "./diagnostic.js";
import { readMetadata } from "./element-metadata.js";
import { gitBlobSha, isValidId } from "./identity.js";
import { isRecord } from "./node-path.js";
import { parseSource } from "./parse.js";
import type { ValidationOptions, ValidationReport } from "./report.js";
import { dependencyCycleDiagnostics } from "./rules/dependency-cycles.js";
import { duplicateIdDiagnostics, type IdentifiedSource } from "./rules/duplicate-ids.js";
import { elementRuleDiagnostics } from "./rules/element-rules.js";
import { referenceDiagnostics } from "./rules/references.js";
import type { ElementUnderCheck } from "./rules/rule-context.js";
import { hidden, quote, schemaDiagnostics } from "./schema-diagnostics.js";
import { validatorFor } from "./schemas.js";
import type { ParsedSource, SourceFile } from "./source.js";
import { isElementType, type ElementType, type ValidElement } from "./types.js";
import { scanSecrets } from "../scan/secrets.js";

interface Checked {
  source: ParsedSource;
  /** Set when the schema check found no error: the element the rules and publishing rely on. */
  element: ElementUnderCheck | undefined;
}

export function validateSources(sources: SourceFile[], options: ValidationOptions): ValidationReport {
  const diagnostics: Diagnostic[] = [];
  const byType: Record<ElementType, number> = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };
  const checked: Checked[] = [];
  const identified: IdentifiedSource[] = [];
  const declared = new Map<string, Set<ElementType>>();

  for (const file of sources) {
    const parsed = parseSource(file, { maxFileSize: options.maxFileSize });
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.ok) continue;

    const metadataValue = parsed.value.metadata;
    const rawType = isRecord(metadataValue) ? metadataValue.type : undefined;
    const rawId = isRecord(metadataValue) ? metadataValue.id : undefined;
    const type = isElementType(rawType) ? rawType : undefined;
    if (type) byType[type]++;
    if (typeof rawId === "string" && isValidId(rawId)) {
      identified.push({ source: parsed, id: rawId });
      if (type) {
        const types = declared.get(rawId) ?? new Set<ElementType>();
        types.add(type);
        declared.set(rawId, types);
      }
    }

    const secrets = scanSecrets(parsed.text, parsed.file);
    diagnostics.push(...secrets);
    // A value quoted in a message could be (part of) the secret: in such a file, values are not quoted.
    const show = secrets.length > 0 ? hidden : quote;

    const validate = validatorFor(type);
    const schemaFindings = validate(parsed.value)
      ? []
      : schemaDiagnostics(validate.errors ?? [], parsed, { strict: options.strict, echoValues: secrets.length === 0 });
    diagnostics.push(...schemaFindings);

    let element: ElementUnderCheck | undefined;
    const metadata = readMetadata(metadataValue);
    const data = parsed.value.data;
    if (type && metadata && isRecord(data) && !schemaFindings.some((d) => d.severity === "error")) {
      element = { source: parsed, metadata, data };
      diagnostics.push(...elementRuleDiagnostics(element, { strict: options.strict, show }));
    }
    checked.push({ source: parsed, element });
  }

  const elements = checked.flatMap((c) => (c.element ? [c.element] : []));
  diagnostics.push(
    ...duplicateIdDiagnostics(identified),
    ...referenceDiagnostics(elements, { source: declared, collection: options.collection }, options.strict),
    ...dependencyCycleDiagnostics(elements),
  );

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

  return { files: sources.length, diagnostics: diagnostics.sort(compareDiagnostics), elements: valid, byType };
}
