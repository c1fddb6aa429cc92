import { DEFAULT_MAX_FILE_SIZE } from "../element/source.js";
import { validateSources } from "../element/validate-sources.js";
import type { ValidateText } from "./merge.js";

/** Re-validates a merged element file with the element validator; the first error, if any, in one line. */
export function validateMergedText(file: string): ValidateText {
  return (text) => {
    const report = validateSources([{ file, bytes: new TextEncoder().encode(text) }], { strict: false, maxFileSize: DEFAULT_MAX_FILE_SIZE });
    const error = report.diagnostics.find((d) => d.severity === "error");
    return error && `${error.code} at line ${error.line}: ${error.message}`;
  };
}
