// Pull's writing step: each take or merge decision's texts read from the collection, the result checked, and
// the local file updated through the file element repository (its comment-preserving update); then the text.
import { countOf } from "../core/common/plural.js";
import type { ElementToLayOut } from "../core/interop/layouts.js";
import type { PullDecision } from "../core/pull/plan-pull.js";
import { pulledElement } from "../core/pull/pulled-text.js";
import { RepositoryError } from "../core/repository/element-repository.js";
import type { FileElementRepository } from "../core/repository/file-repository.js";
import { printable } from "./terminal-text.js";

/**
 * A decision once acted on: a take or merge that could not be made is left, with the reason. One brought in
 * carries the element and the text it came as (the collection's file or the merge), for `--layout`.
 */
export type PullOutcome = PullDecision & { done: boolean; brought?: ElementToLayOut };

export interface BringContext {
  /** Local plain text by id (what a merge starts from). */
  plain: ReadonlyMap<string, string>;
  readBlob(sha: string): Promise<string>;
  repository: FileElementRepository;
  validation: { strict: boolean; maxFileSize: number };
  dryRun: boolean;
}

export async function bringElements(decisions: readonly PullDecision[], context: BringContext): Promise<PullOutcome[]> {
  const outcomes: PullOutcome[] = [];
  for (const decision of decisions) {
    const acts = decision.action === "take" || decision.action === "merge";
    outcomes.push(acts ? await bring(decision, context) : { ...decision, done: false });
  }
  return outcomes;
}

async function bring(decision: PullDecision, context: BringContext): Promise<PullOutcome> {
  const leave = (reason: string): PullOutcome => ({ ...decision, action: "leave", reason, done: false });
  if (decision.remote === undefined) return leave("the collection's file is gone");
  if (!(await context.repository.exists(decision.id)))
    return leave("the local file could not be loaded for updating: run `nexs-publish validate`");
  const remote = await context.readBlob(decision.remote);
  const base =
    decision.action === "merge" && decision.base !== undefined ? await context.readBlob(decision.base) : undefined;
  const local = context.plain.get(decision.id) ?? "";
  const pulled = pulledElement(decision, { local, remote, ...(base !== undefined && { base }) }, context.validation);
  if (!pulled.ok) return leave(pulled.reason);
  if (!context.dryRun) {
    try {
      await context.repository.update(decision.id, pulled.element);
    } catch (error) {
      if (!(error instanceof RepositoryError)) throw error;
      return leave(`not written: ${error.message}`);
    }
  }
  return { ...decision, done: true, brought: { file: decision.path, text: pulled.text, element: pulled.element } };
}

export function outcomeJson(outcome: PullOutcome): Record<string, unknown> {
  const { id, path, file, action, reason } = outcome;
  return { id, path, ...(file !== undefined && { file }), action, reason };
}

const LABELS = {
  take: ["updated", "would update"],
  merge: ["merged", "would merge"],
  leave: ["left", "left"],
  keep: ["kept", "kept"],
} as const;

export function formatOutcomes(outcomes: readonly PullOutcome[], dryRun: boolean): string {
  const labels = outcomes.map((o) => LABELS[o.action][dryRun ? 1 : 0]);
  const width = Math.max(0, ...labels.map((label) => label.length));
  const lines = outcomes.map((o, i) => {
    const where = printable(o.file ?? o.path);
    return `${(labels[i] ?? "").padEnd(width)}  ${printable(o.id)}  ${where}: ${printable(o.reason)}\n`;
  });
  const brought = outcomes.filter((o) => o.done).length;
  const left = outcomes.filter((o) => o.action === "leave").length;
  if (brought + left === 0) return `${lines.join("")}Up to date with the collection.\n`;
  const verb = dryRun ? "to bring in" : "brought in";
  const tally = `${countOf(brought, "element")} ${verb}, ${left} left for a person`;
  return `${lines.join("")}${dryRun ? "Dry run: " : ""}${tally}.\n`;
}
