import type { ValidationOptions } from "../element/report.js";
import { DEFAULT_MAX_FILE_SIZE } from "../element/source.js";
import { validateSources } from "../element/validate-sources.js";
import type { ValidateText } from "./merge.js";

/**
 * Re-validates a merged element file on its own with the element validator (a merge is published only if it
 * would pass validation); the first error, if any, in one line.
 */
export function validateMergedText(
  file: string,
  options: Pick<ValidationOptions, "strict" | "maxFileSize"> = { strict: false, maxFileSize: DEFAULT_MAX_FILE_SIZE },
): ValidateText {
  return (text) => {
    const report = validateSources([{ file, bytes: Buffer.from(text, "utf8") }], options);
    const error = report.diagnostics.find((d) => d.severity === "error");
    return error && `${error.code} at line ${error.line}: ${error.message}`;
  };
}
