// Across files: an id names one element; every file that carries a shared id gets the error.
import { type Diagnostic, diagnostic } from "../../diagnostic/diagnostic.js";
import type { ParsedSource } from "../source.js";

export interface IdentifiedSource {
  source: ParsedSource;
  id: string;
}

export function duplicateIdDiagnostics(files: readonly IdentifiedSource[]): Diagnostic[] {
  const byId = new Map<string, IdentifiedSource[]>();
  for (const f of files) {
    const group = byId.get(f.id);
    if (group) group.push(f);
    else byId.set(f.id, [f]);
  }
  const out: Diagnostic[] = [];
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const f of group) {
      // The first three others and a count: listing all of them for each of the group would be quadratic.
      const shownOthers: string[] = [];
      for (const g of group) {
        if (shownOthers.length === 3) break;
        if (g !== f) shownOthers.push(g.source.file);
      }
      const more = group.length - 1 - shownOthers.length;
      const shown = more > 0 ? `${shownOthers.join(", ")} and ${more} more` : shownOthers.join(", ");
      out.push(
        diagnostic(
          f.source.file,
          f.source.locate(["metadata", "id"], "value"),
          "error",
          "id/duplicate",
          `the id "${id}" is also used by ${shown}; every element needs its own id`,
        ),
      );
    }
  }
  return out;
}
