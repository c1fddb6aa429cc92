import { DEFAULT_MAX_FILE_SIZE } from "../element/source.js";
import { validateSources } from "../element/validate-sources.js";
import type { ValidateElementText } from "./element-repository.js";

/** The element validator of docs/elements.md, for a repository's `validate` option. One file on its own: no cross-file rules beyond it. */
export const validateElementText: ValidateElementText = (file, text) =>
  validateSources([{ file, bytes: new TextEncoder().encode(text) }], {
    strict: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
  }).diagnostics;
