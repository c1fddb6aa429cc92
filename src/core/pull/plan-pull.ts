import type { LocalItem } from "../publish/place-elements.js";
import type { BaseEntry } from "../state/state-document.js";
import { collectionIds } from "../sync/collection-ids.js";
import { type PlanEntry, planSync } from "../sync/plan.js";

/** How `pull` settles an element changed on both sides: `manual` leaves it, `merge` merges field by field. */
export const PULL_STRATEGIES = ["manual", "merge"] as const;
export type PullStrategy = (typeof PULL_STRATEGIES)[number];

export type PullAction =
  /** Changed in the collection only: the collection's version is brought in. */
  | "take"
  /** Changed on both sides: the collection's fields are merged into the local file. */
  | "merge"
  /** Changed in the collection and not brought in: a person decides. */
  | "leave"
  /** Changed here only: kept as it is (the next publish proposes it). */
  | "keep";

export interface PullDecision {
  id: string;
  /** The element's path in the collection. */
  path: string;
  /** The local file, when the element is here. */
  file?: string;
  action: PullAction;
  reason: string;
  /** R: what the collection holds now, the new base once taken or merged. */
  remote?: string;
  /** B: the base the plan compared with; the base is moved only while it still says this. */
  base?: string;
}

export interface PullInput {
  local: readonly LocalItem[];
  /** The collection's base tree: path → blob. */
  remote: ReadonlyMap<string, string>;
  base: Readonly<Record<string, BaseEntry>>;
  pathTemplate: string;
  strategy: PullStrategy;
}

/**
 * The publish plan read the other way round: what the collection changed since the last merge comes here,
 * what this source changed stays, and nothing is ever overwritten that only this source changed. Pure: the
 * texts a merge needs are read afterwards, only for the `merge` decisions.
 */
export function planPull(input: PullInput): PullDecision[] {
  const remoteIds = collectionIds(input.pathTemplate, input.remote.keys(), input.local);
  const plan = planSync({
    local: input.local,
    remote: input.remote,
    base: input.base,
    deleteMissing: false,
    ...(remoteIds !== undefined && { remoteIds }),
  });
  const byId = new Map(input.local.map((item) => [item.id, item]));
  const decisions: PullDecision[] = [];
  for (const entry of plan.entries) {
    const decision = decide(entry, byId.get(entry.id), input.strategy);
    if (decision) decisions.push(decision);
  }
  return decisions;
}

function decide(entry: PlanEntry, item: LocalItem | undefined, strategy: PullStrategy): PullDecision | undefined {
  const at = (action: PullAction, reason: string): PullDecision => ({
    id: entry.id,
    path: entry.path,
    ...(item && { file: item.file }),
    action,
    reason,
    ...(entry.remote !== undefined && { remote: entry.remote }),
    ...(entry.base !== undefined && { base: entry.base }),
  });
  switch (entry.outcome) {
    case "add":
    case "update":
      return item && at("keep", "changed here only: kept (the next publish proposes it)");
    case "remote-changed":
      if (!item) return undefined;
      if (entry.remote === undefined)
        return at("leave", "deleted in the collection since the last merge: kept here; delete it by hand to follow");
      if (item.private) return at("leave", "changed in the collection, but it is encrypted there: bring it by hand");
      return at("take", "changed in the collection since the last merge and unchanged here");
    case "conflict":
      return item ? conflict(entry, item, strategy, at) : undefined;
    default:
      return undefined;
  }
}

function conflict(
  entry: PlanEntry,
  item: LocalItem,
  strategy: PullStrategy,
  at: (action: PullAction, reason: string) => PullDecision,
): PullDecision {
  if (strategy === "manual") return at("leave", `${entry.reason}; conflict strategy is manual`);
  if (item.private) return at("leave", `${entry.reason}; encrypted elements are never merged: resolve by hand`);
  if (entry.remote === undefined || entry.base === undefined)
    return at("leave", `${entry.reason}; a merge needs the collection's file and the last merged base`);
  return at("merge", "changed on both sides since the last merge: merging field by field");
}
