import { isAbsolute, relative, sep } from "node:path";

/**
 * How a file is shown to users (human, JSON, annotations, SARIF): relative to `cwd`, with forward slashes
 * whatever the platform, so output is the same everywhere.
 */
export function displayPath(file: string, cwd: string): string {
  const shown = isAbsolute(file) ? relative(cwd, file) || "." : file;
  return sep === "\\" ? shown.replaceAll("\\", "/") : shown;
}
