import type { ElementType } from "../element/types.js";
import type { BaseEntry } from "../state/state-document.js";

/** One element of the source, as publishing will write it. */
export interface LocalElement {
  id: string;
  type: ElementType;
  /** Collection path from the path template. */
  path: string;
  /** Git blob SHA of the file bytes. */
  blob: string;
}

export const PLAN_OUTCOMES = [
  "add",
  "update",
  "unchanged",
  "remote-changed",
  "conflict",
  "delete",
  "id-collision",
] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

/** Outcomes that change the collection. */
export const WRITING_OUTCOMES: ReadonlySet<PlanOutcome> = new Set(["add", "update", "delete"]);

export interface PlanEntry {
  id: string;
  /** The collection path the outcome is about (for a delete, the base path). */
  path: string;
  outcome: PlanOutcome;
  /** One sentence a person can act on. */
  reason: string;
  /** L, R, B: blobs of the local file, the collection file at `path`, the last merged base (absent = undefined). */
  local?: string;
  remote?: string;
  base?: string;
}

export interface PlanInput {
  local: readonly LocalElement[];
  /** The collection's tree: path → blob. */
  remote: ReadonlyMap<string, string>;
  /** From the state document: element id → what the collection held at the last merge. */
  base: Readonly<Record<string, BaseEntry>>;
  /**
   * Collection element files by the id written inside them (id → paths), when the caller has read them;
   * without it, collisions are found from the base map only.
   */
  remoteIds?: ReadonlyMap<string, readonly string[]>;
  /** Delete collection files of elements that were removed from the source. */
  deleteMissing: boolean;
}

export interface SyncPlan {
  entries: PlanEntry[];
  counts: Record<PlanOutcome, number>;
}

/**
 * The three-way plan of docs/architecture.md (Publish, step 3), per element over git blob SHAs.
 * With L local, R the collection blob at the element's path and B the base blob (either may be absent):
 * R = L → unchanged; R = B ≠ L → add (both absent) or update; L = B ≠ R → remote-changed; else conflict.
 *
 * An id collision comes first: the id is already in the collection at another path, known either from
 * `remoteIds` (any other path) or from the base map (the base path differs and the collection still holds
 * it). Publishing would make a second copy, so the element is left out. A base entry at another path that
 * the collection no longer holds is stale and counts as no base.
 *
 * Conflicts are not resolved here (resolve.ts does that with file contents). Linear time: Map lookups only.
 */
export function planSync(input: PlanInput): SyncPlan {
  const entries: PlanEntry[] = [];
  const counts: Record<PlanOutcome, number> = {
    add: 0,
    update: 0,
    unchanged: 0,
    "remote-changed": 0,
    conflict: 0,
    delete: 0,
    "id-collision": 0,
  };
  const push = (planned: PlanEntry) => {
    entries.push(planned);
    counts[planned.outcome]++;
  };
  const seen = new Set<string>();
  for (const element of input.local) {
    seen.add(element.id);
    push(planElement(element, input));
  }
  const missing: string[] = [];
  for (const id in input.base) if (!seen.has(id)) missing.push(id);
  for (const id of missing.sort()) {
    const base = input.base[id];
    if (base) push(planMissing(id, base, input));
  }
  return { entries, counts };
}

function planElement(element: LocalElement, input: PlanInput): PlanEntry {
  const { id, path, blob: local } = element;
  const remote = input.remote.get(path);
  const elsewhere = input.remoteIds?.get(id)?.find((p) => p !== path);
  if (elsewhere !== undefined) {
    return entry(
      id,
      path,
      "id-collision",
      `id "${id}" is already in the collection at ${elsewhere}; publishing to ${path} would make a second copy: move or remove one of them`,
      local,
      remote,
      undefined,
    );
  }
  const recorded = input.base[id];
  if (recorded && recorded.path !== path && input.remote.has(recorded.path)) {
    return entry(
      id,
      path,
      "id-collision",
      `id "${id}" was published to ${recorded.path}, which the collection still holds; its new path ${path} would make a second copy: remove the old file or restore the old path`,
      local,
      remote,
      undefined,
    );
  }
  const base = recorded && recorded.path === path ? recorded.blob : undefined;
  const [outcome, reason] = compare(local, remote, base);
  return entry(id, path, outcome, reason, local, remote, base);
}

/** The truth table itself. */
function compare(local: string, remote: string | undefined, base: string | undefined): [PlanOutcome, string] {
  if (remote === local) return ["unchanged", "the collection already holds this exact file"];
  if (remote === base) {
    return remote === undefined
      ? ["add", "new element: not in the collection"]
      : ["update", "changed in the source since the last merge; unchanged in the collection"];
  }
  if (local === base) {
    return remote === undefined
      ? ["remote-changed", "removed from the collection since the last merge and unchanged in the source: not re-added"]
      : [
          "remote-changed",
          "changed in the collection since the last merge and unchanged in the source: not overwritten",
        ];
  }
  if (base === undefined) {
    return remote === undefined
      ? ["conflict", "changed in the source, but the last merged version is gone from the collection"]
      : [
          "conflict",
          "the collection already has a different file at this path and there is no merged base to compare with",
        ];
  }
  return remote === undefined
    ? ["conflict", "changed in the source but deleted in the collection since the last merge"]
    : ["conflict", "changed in both the source and the collection since the last merge"];
}

function planMissing(id: string, recorded: BaseEntry, input: PlanInput): PlanEntry {
  const remote = input.remote.get(recorded.path);
  const at = (outcome: PlanOutcome, reason: string) =>
    entry(id, recorded.path, outcome, reason, undefined, remote, recorded.blob);
  if (remote === undefined) return at("unchanged", "removed from the source and already gone from the collection");
  if (!input.deleteMissing)
    return at("unchanged", "removed from the source; kept in the collection because delete-missing is off");
  if (remote === recorded.blob)
    return at("delete", "removed from the source; unchanged in the collection since the last merge");
  return at("conflict", "removed from the source but changed in the collection since the last merge: not deleted");
}

/** One object shape for every entry keeps the hot loop monomorphic; absent blobs stay undefined. */
function entry(
  id: string,
  path: string,
  outcome: PlanOutcome,
  reason: string,
  local: string | undefined,
  remote: string | undefined,
  base: string | undefined,
): PlanEntry {
  return { id, path, outcome, reason, local, remote, base };
}
