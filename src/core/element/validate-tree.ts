// validateTree: element files on disk → the same report as validateSources, with what reading them found.
import { compareDiagnostics } from "./diagnostic.js";
import { isElementFileName, readElementTree } from "./read-tree.js";
import type { ValidationOptions, ValidationReport } from "./report.js";
import { validateSources } from "./validate-sources.js";

export async function validateTree(
  paths: string[],
  options: ValidationOptions & { cwd: string },
): Promise<ValidationReport> {
  const tree = await readElementTree(paths, { cwd: options.cwd, maxFileSize: options.maxFileSize });
  const report = validateSources(tree.sources, options);
  // Element files refused while reading (too large, not regular, unreadable) were seen too.
  const read = new Set(tree.sources.map((s) => s.file));
  const refused = new Set(tree.diagnostics.map((d) => d.file).filter((f) => isElementFileName(f) && !read.has(f)));
  return {
    ...report,
    files: report.files + refused.size,
    diagnostics: [...tree.diagnostics, ...report.diagnostics].sort(compareDiagnostics),
  };
}
