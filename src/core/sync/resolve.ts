import { isPlainObject } from "../common/plain-object.js";
import { mergeElementYaml, type ValidateText } from "./merge.js";
import type { PlanEntry } from "./plan.js";
import { readYaml } from "./yaml-text.js";

export const CONFLICT_STRATEGIES = ["manual", "local-wins", "remote-wins", "newest", "merge"] as const;
export type ConflictStrategy = (typeof CONFLICT_STRATEGIES)[number];

/** The file texts a conflict may need; absent when that side has no file. */
export interface ConflictTexts {
  local?: string;
  remote?: string;
  base?: string;
}

export type Resolution =
  /** Write the local file, or `text` when a merge produced it. */
  | { action: "write"; text?: string; reason: string }
  /** Delete the collection's file (an element removed from the source). */
  | { action: "delete"; reason: string }
  /** Leave the collection as it is; not a failure. */
  | { action: "keep-remote"; reason: string }
  /** Left out and reported; the caller fails the step. */
  | { action: "manual"; reason: string };

/** Which texts a strategy reads, so callers download nothing more (blob SHAs alone decide the others). */
export function textsNeeded(strategy: ConflictStrategy): readonly (keyof ConflictTexts)[] {
  if (strategy === "newest") return ["local", "remote"];
  if (strategy === "merge") return ["base", "local", "remote"];
  return [];
}

/**
 * Resolves one `conflict` entry of a plan. `entry.local` absent means the element was removed from the
 * source; `entry.remote` absent means the collection deleted it.
 */
export function resolveConflict(
  entry: PlanEntry,
  strategy: ConflictStrategy,
  texts: ConflictTexts = {},
  validate?: ValidateText,
): Resolution {
  const removedLocally = entry.local === undefined;
  switch (strategy) {
    case "manual":
      return { action: "manual", reason: `${entry.reason}; conflict strategy is manual` };
    case "local-wins":
      return removedLocally
        ? { action: "delete", reason: "removed from the source; local-wins deletes it from the collection" }
        : { action: "write", reason: "local-wins: the source's file replaces the collection's" };
    case "remote-wins":
      return { action: "keep-remote", reason: "remote-wins: the collection's version is kept" };
    case "newest":
      return removedLocally
        ? { action: "manual", reason: `${entry.reason}; newest cannot date a removed element` }
        : newest(texts);
    case "merge":
      return merge(entry, texts, validate);
  }
}

function newest(texts: ConflictTexts): Resolution {
  const local = updatedAt(texts.local);
  const remote = updatedAt(texts.remote);
  // A missing or unreadable stamp counts as the oldest; a tie (including both missing) is for a person.
  if (local === remote)
    return { action: "manual", reason: "newest: both sides carry the same metadata.updated_at (or none)" };
  if (local > remote) return { action: "write", reason: "newest: the source's metadata.updated_at is later" };
  return { action: "keep-remote", reason: "newest: the collection's metadata.updated_at is later" };
}

function updatedAt(text: string | undefined): number {
  if (text === undefined) return Number.NEGATIVE_INFINITY;
  const read = readYaml(text);
  const metadata = read.ok ? read.value.metadata : undefined;
  const stamp = isPlainObject(metadata) ? metadata.updated_at : undefined;
  const time = typeof stamp === "string" ? Date.parse(stamp) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function merge(entry: PlanEntry, texts: ConflictTexts, validate?: ValidateText): Resolution {
  const { base, local, remote } = texts;
  if (local === undefined || remote === undefined) {
    return { action: "manual", reason: `${entry.reason}; merge needs a file on both sides` };
  }
  if (base === undefined)
    return { action: "manual", reason: `${entry.reason}; merge needs the last merged version as a base` };
  const merged = mergeElementYaml({ base, local, remote }, validate);
  if (!merged.ok) return { action: "manual", reason: merged.reason };
  return {
    action: "write",
    text: merged.text,
    reason: `merged field by field (${merged.fromRemote.length} from the collection)`,
  };
}
