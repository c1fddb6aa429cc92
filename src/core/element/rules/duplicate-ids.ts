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
      const others = group.filter((g) => g !== f).map((g) => g.source.file);
      const shown =
        others.length > 3 ? `${others.slice(0, 3).join(", ")} and ${others.length - 3} more` : others.join(", ");
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
