import type { BaseEntry } from "../state/state-document.js";
import { collectionIds } from "../sync/collection-ids.js";
import { planSync, type SyncPlan } from "../sync/plan.js";
import { type BlobReader, buildChangeSet, type ChangeSet } from "./change-set.js";
import type { LocalItem } from "./place-elements.js";
import type { PublishOptions } from "./types.js";

export interface PublishPlan {
  plan: SyncPlan;
  set: ChangeSet;
}

export interface PlanPublishInput {
  local: readonly LocalItem[];
  /** The collection's base tree: path → blob. */
  remote: ReadonlyMap<string, string>;
  /** The source's base from its state document (empty before the first merge). */
  base: Readonly<Record<string, BaseEntry>>;
  /** Reads a collection blob as text; only conflicts under `newest` or `merge` call it. */
  readBlob: BlobReader;
}

/**
 * The three-way plan of every element against the collection, then the change set that settles it: what the
 * commit writes, what the PR proposes, and what needs a person. Pure but for `readBlob`, so the CLI's `plan`
 * runs it against a local checkout as the Action does against GitHub.
 */
export async function planPublish(
  input: PlanPublishInput,
  options: Pick<PublishOptions, "pathTemplate" | "deleteMissing" | "conflictStrategy" | "strict" | "maxFileSize">,
): Promise<PublishPlan> {
  const remoteIds = collectionIds(options.pathTemplate, input.remote.keys(), input.local);
  const plan = planSync({
    local: input.local,
    remote: input.remote,
    base: input.base,
    deleteMissing: options.deleteMissing,
    ...(remoteIds !== undefined && { remoteIds }),
  });
  const byId = new Map(input.local.map((item) => [item.id, item]));
  const set = await buildChangeSet(plan, byId, options.conflictStrategy, input.readBlob, options);
  return { plan, set };
}
