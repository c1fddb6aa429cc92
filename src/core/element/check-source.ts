// checkSource: one element file on its own → parse, secrets, schema and per-element rules. What the cross-file
// rules then need from it (id, type, the element) comes along. Shared by validateSources and validateTree, so the
// in-memory and the streaming validation cannot drift apart.

import { isPlainObject } from "../common/plain-object.js";
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { appendAll, capFindings } from "../diagnostic/finding-cap.js";
import { Redactor } from "../redact/redactor.js";
import { type SecretScan, scanParsedStrings, scanSourceSecrets } from "../scan/source-secrets.js";
import { readMetadata } from "./element-metadata.js";
import { foreignShapeDiagnostic, recognizeForeignShape } from "./foreign-shape.js";
import { isValidId } from "./identity.js";
import { parseSource } from "./parse.js";
import type { ValidationOptions } from "./report.js";
import { elementRuleDiagnostics } from "./rules/element-rules.js";
import type { ElementUnderCheck } from "./rules/rule-context.js";
import { hidden, quote, schemaDiagnostics } from "./schema-diagnostics.js";
import { validatorFor } from "./schemas.js";
import type { ParsedSource, SourceFile } from "./source.js";
import { type ElementType, isElementType } from "./types.js";

export interface SourceCheck {
  file: string;
  /** Every finding about this file alone, in the order the checks ran. */
  diagnostics: Diagnostic[];
  /** Set when the file parsed; the rest is only known then. */
  parsed: ParsedSource | undefined;
  /** `metadata.type` when it names an element type. */
  type: ElementType | undefined;
  /** `metadata.id` when it is a valid id. */
  id: string | undefined;
  /** Set when the schema check found no error: the element the rules and publishing rely on. */
  element: ElementUnderCheck | undefined;
  /** Every form of every secret found in the file, so the run can redact it everywhere. Never printed. */
  secrets: string[];
}

/**
 * Secrets are scanned first, on the raw bytes (path, text, unescaped double-quoted scalars), so a file that does
 * not parse still reports them; every finding of the file is then redacted with them before anyone sees it.
 */
export function checkSource(file: SourceFile, options: ValidationOptions): SourceCheck {
  const found = scanSourceSecrets(file, options.maxFileSize);
  const check = checkParsed(file, options, found);
  const all = check.parsed ? check.diagnostics : capFindings(file.file, found.diagnostics.concat(check.diagnostics));
  const redactor = new Redactor(found.values);
  return { ...check, diagnostics: all.map((d) => redactor.diagnostic(d)), secrets: [...found.values] };
}

function checkParsed(file: SourceFile, options: ValidationOptions, found: SecretScan): Omit<SourceCheck, "secrets"> {
  const parsed = parseSource(file, { maxFileSize: options.maxFileSize });
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.ok)
    return {
      file: file.file,
      diagnostics: capFindings(file.file, diagnostics),
      parsed: undefined,
      type: undefined,
      id: undefined,
      element: undefined,
    };

  const metadataValue = parsed.value.metadata;
  const rawType = isPlainObject(metadataValue) ? metadataValue.type : undefined;
  const rawId = isPlainObject(metadataValue) ? metadataValue.id : undefined;
  const type = isElementType(rawType) ? rawType : undefined;
  const id = typeof rawId === "string" && isValidId(rawId) ? rawId : undefined;

  scanParsedStrings(parsed.value, parsed.file, parsed.locate, found);
  const secrets = found.diagnostics;
  appendAll(diagnostics, secrets);
  // A value quoted in a message could be (part of) the secret: in such a file, values are not quoted.
  const show = secrets.length > 0 ? hidden : quote;

  const validate = validatorFor(type);
  const schemaFindings = validate(parsed.value)
    ? []
    : schemaDiagnostics(validate.errors ?? [], parsed, { strict: options.strict, echoValues: secrets.length === 0 });
  // A NEXS MCP server file has the element shape but the server's metadata keys: one finding that says so (and how
  // to convert it) stands for its schema findings, and its rules wait until it is converted. Secrets still count.
  const foreign = schemaFindings.length > 0 ? recognizeForeignShape(parsed.value) : undefined;
  if (foreign) {
    diagnostics.push(foreignShapeDiagnostic(parsed.file, foreign, parsed.locate(foreign.at, "key")));
    return { file: file.file, diagnostics: capFindings(file.file, diagnostics), parsed, type, id, element: undefined };
  }
  appendAll(diagnostics, schemaFindings);

  let element: ElementUnderCheck | undefined;
  const metadata = readMetadata(metadataValue);
  const data = parsed.value.data;
  if (type && metadata && isPlainObject(data) && !schemaFindings.some((d) => d.severity === "error")) {
    element = { source: parsed, metadata, data };
    appendAll(diagnostics, elementRuleDiagnostics(element, { strict: options.strict, show }));
  }
  return { file: file.file, diagnostics: capFindings(file.file, diagnostics), parsed, type, id, element };
}
