import { type Diagnostic, diagnostic, FILE_START } from "../diagnostic/diagnostic.js";

/** The one `limit/file-size` finding, whoever measured the size: the parser, the disk reader or a git tree. */
export function fileSizeDiagnostic(file: string, size: number, maxFileSize: number): Diagnostic {
  return diagnostic(
    file,
    FILE_START,
    "error",
    "limit/file-size",
    `the file has ${size} bytes, more than the limit of ${maxFileSize}; split the element or raise max-file-size`,
  );
}
