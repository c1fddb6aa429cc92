// The cross-file rules (duplicate ids, references, dependency cycles) over a stream of files, without holding
// every parsed document: each file leaves behind a few facts, the facts tell which files a rule will report on,
// and only those files are checked again (`reload`) so the rules can locate their findings. The rules themselves
// are the ones validateSources runs, given a subset of the files that yields the same findings.

import type { Diagnostic } from "../diagnostic/diagnostic.js";
import type { SourceCheck } from "./check-source.js";
import type { ValidationOptions } from "./report.js";
import { dependencyCycleDiagnostics } from "./rules/dependency-cycles.js";
import { duplicateIdDiagnostics, type IdentifiedSource } from "./rules/duplicate-ids.js";
import { referenceDiagnostics, referencesOf } from "./rules/references.js";
import { type ElementUnderCheck, entries, text } from "./rules/rule-context.js";
import type { ElementType } from "./types.js";

/** A reference without its place in the file: the rule finds that again when the reference does not resolve. */
export interface WantedElement {
  id: string;
  type: ElementType;
}

export interface CrossFileFacts {
  file: string;
  /** `metadata.id` when valid. */
  id: string | undefined;
  /** `metadata.type` when it names an element type. */
  type: ElementType | undefined;
  /** What the element refers to; only for an element that passed its schema (the rules look at no other). */
  references: readonly WantedElement[] | undefined;
  /** Skill ids of the required dependencies of a skill that passed its schema, as dependency-cycles reads them. */
  requires: readonly string[];
}

/** The facts of a file that parsed; undefined for one that did not (no cross-file rule looks at it). */
export function factsOf(check: SourceCheck): CrossFileFacts | undefined {
  if (!check.parsed) return undefined;
  const { element } = check;
  return {
    file: check.file,
    id: check.id === undefined ? undefined : detach(check.id),
    type: check.type,
    references:
      element && referencesOf(element.metadata.type, element.data).map((r) => ({ id: detach(r.id), type: r.type })),
    requires: element?.metadata.type === "skill" ? requiredSkills(element) : [],
  };
}

/**
 * Same findings as the cross-file part of validateSources. `reload` checks a file again and gives the same result
 * as when its facts were taken, or undefined when it cannot (that file's cross-file findings are then left out).
 */
export function crossFileDiagnostics(
  all: readonly CrossFileFacts[],
  options: Pick<ValidationOptions, "strict" | "collection">,
  reload: (facts: CrossFileFacts) => SourceCheck | undefined,
): Diagnostic[] {
  const declared = new Map<string, Set<ElementType>>();
  const byId = new Map<string, number>();
  for (const f of all) {
    if (f.id === undefined) continue;
    byId.set(f.id, (byId.get(f.id) ?? 0) + 1);
    if (f.type) {
      const types = declared.get(f.id) ?? new Set<ElementType>();
      types.add(f.type);
      declared.set(f.id, types);
    }
  }
  const resolves = (ref: WantedElement): boolean =>
    declared.get(ref.id)?.has(ref.type) === true || options.collection?.get(ref.id) === ref.type;
  const duplicated = (f: CrossFileFacts): boolean => f.id !== undefined && (byId.get(f.id) ?? 0) > 1;
  const onCycle = idsOnRequiredCycles(all);

  const identified: IdentifiedSource[] = [];
  const elements: ElementUnderCheck[] = [];
  for (const f of all) {
    const unresolved = f.references?.some((r) => !resolves(r)) === true;
    const cycle = f.references !== undefined && f.type === "skill" && f.id !== undefined && onCycle.has(f.id);
    if (!duplicated(f) && !unresolved && !cycle) continue;
    const check = reload(f);
    if (!check?.parsed) continue;
    if (duplicated(f) && f.id !== undefined) identified.push({ source: check.parsed, id: f.id });
    if (check.element) elements.push(check.element);
  }
  // Extra elements are harmless: a file without an unresolved reference or a cycle gets no finding from these.
  return [
    ...duplicateIdDiagnostics(identified),
    ...referenceDiagnostics(elements, { source: declared, collection: options.collection }, options.strict),
    ...dependencyCycleDiagnostics(elements),
  ];
}

function requiredSkills(element: ElementUnderCheck): string[] {
  const out: string[] = [];
  for (const dep of entries(element.data.dependencies)) {
    const to = text(dep, "skill_id");
    if (to !== undefined && dep.required === true) out.push(detach(to));
  }
  return out;
}

/**
 * Skill ids that may lie on a cycle of required dependencies: ids with no incoming or no outgoing edge left are
 * removed until none remains, so whatever survives includes every cycle (and every file of a duplicated id on one).
 */
function idsOnRequiredCycles(all: readonly CrossFileFacts[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const f of all) {
    if (f.type !== "skill" || f.id === undefined || f.references === undefined) continue;
    const edges = out.get(f.id) ?? [];
    for (const id of f.requires) edges.push(id);
    out.set(f.id, edges);
  }
  const into = new Map<string, string[]>();
  const inDegree = new Map<string, number>();
  const outDegree = new Map<string, number>();
  for (const [from, edges] of out) {
    for (const to of edges) {
      if (!out.has(to)) continue;
      outDegree.set(from, (outDegree.get(from) ?? 0) + 1);
      inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
      const sources = into.get(to) ?? [];
      sources.push(from);
      into.set(to, sources);
    }
  }
  const alive = new Set(out.keys());
  const dead = [...alive].filter((id) => !inDegree.get(id) || !outDegree.get(id));
  for (let id = dead.pop(); id !== undefined; id = dead.pop()) {
    if (!alive.delete(id)) continue;
    for (const to of out.get(id) ?? []) {
      if (!alive.has(to)) continue;
      const left = (inDegree.get(to) ?? 0) - 1;
      inDegree.set(to, left);
      if (left === 0) dead.push(to);
    }
    for (const from of into.get(id) ?? []) {
      if (!alive.has(from)) continue;
      const left = (outDegree.get(from) ?? 0) - 1;
      outDegree.set(from, left);
      if (left === 0) dead.push(from);
    }
  }
  return alive;
}

/**
 * A copy of a short string that does not point into the file's text: V8 keeps a string sliced out of a document
 * as a view of the whole text, and facts outlive the text by design. Slicing a concatenation copies the
 * characters once (a view of a string one character longer), far cheaper than a JSON round trip.
 */
function detach(value: string): string {
  return ` ${value}`.slice(1);
}
