// Writing what planImport converted: in place (each file replaced by its conversion), or into a directory through
// the file element repository (`<type>/<created YYYY-MM-DD>/<id>.yaml`). Either way all or nothing: a failed write
// puts back what this run had written, and ends in one RepositoryError.
import { isDeepStrictEqual } from "node:util";
import type { Element } from "../element/types.js";
import { plainElement } from "../repository/element-record.js";
import type { ElementRepository } from "../repository/element-repository.js";
import { elementFilePath } from "../repository/file-layout.js";
import { writeFileSet } from "../repository/file-set.js";
import type { ImportedFile } from "./plan-import.js";

/** What an import may write through: a file element repository keeps the converted text (and its comments). */
export type ImportRepository = Pick<ElementRepository, "getById" | "update" | "delete"> & {
  batchCreate(elements: readonly Element[], texts?: readonly (string | undefined)[]): Promise<Element[]>;
};

export type ImportTarget =
  /** Replace each file by its conversion; `paths` maps a file's display path to its absolute path. */
  { kind: "in-place"; paths: ReadonlyMap<string, string> } | { kind: "into"; repository: ImportRepository };

export type WriteOutcome =
  | { action: "created" | "updated" | "unchanged"; path: string }
  | { action: "not-stored"; reason: string }
  | { action: "left-alone" };

/** Writes the converted files (none when `dryRun`); the outcome of each file, in plan order. */
export async function applyImport(
  plan: readonly ImportedFile[],
  target: ImportTarget,
  dryRun: boolean,
): Promise<WriteOutcome[]> {
  return target.kind === "in-place" ? inPlace(plan, target.paths, dryRun) : into(plan, target.repository, dryRun);
}

async function inPlace(
  plan: readonly ImportedFile[],
  paths: ReadonlyMap<string, string>,
  dryRun: boolean,
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = plan.map((entry) => {
    const path = paths.get(entry.file);
    if (entry.outcome !== "converted" || entry.text === undefined || path === undefined)
      return { action: "left-alone" };
    return { action: entry.unchanged ? "unchanged" : "updated", path: entry.file };
  });
  if (dryRun) return outcomes;
  const files = plan.flatMap((entry, i) => {
    const path = paths.get(entry.file);
    return outcomes[i]?.action === "updated" && entry.text !== undefined && path !== undefined
      ? [{ path, text: entry.text }]
      : [];
  });
  await writeFileSet(files);
  return outcomes;
}

async function into(plan: readonly ImportedFile[], repository: ImportRepository, dryRun: boolean) {
  const outcomes: WriteOutcome[] = [];
  const creates: { element: Element; text: string }[] = [];
  const updates: { element: Element; before: Element }[] = [];
  const seen = new Set<string>();
  for (const entry of plan) {
    if (entry.outcome !== "converted" || entry.text === undefined) {
      outcomes.push({ action: "left-alone" });
      continue;
    }
    const { element } = entry;
    if (!element) {
      const reason = entry.unstorable ?? "it is not a complete element";
      outcomes.push({ action: "not-stored", reason });
      continue;
    }
    const id = element.metadata.id;
    if (seen.has(id)) {
      outcomes.push({ action: "not-stored", reason: `another file of this import has the id "${id}"` });
      continue;
    }
    seen.add(id);
    const path = elementFilePath(element);
    const before = await repository.getById(id);
    if (!before) {
      creates.push({ element, text: entry.text });
      outcomes.push({ action: "created", path });
    } else if (isDeepStrictEqual(plainElement(before), plainElement(element))) {
      outcomes.push({ action: "unchanged", path });
    } else {
      updates.push({ element, before });
      outcomes.push({ action: "updated", path });
    }
  }
  if (dryRun) return outcomes;
  const created = await repository.batchCreate(
    creates.map((c) => c.element),
    creates.map((c) => c.text),
  );
  const done: { element: Element; before: Element }[] = [];
  try {
    for (const update of updates) {
      await repository.update(update.element.metadata.id, update.element);
      done.push(update);
    }
  } catch (error) {
    // Put back what this run wrote, so a failure leaves the directory as it was.
    for (const update of done.reverse())
      await repository.update(update.element.metadata.id, update.before).catch(() => {});
    for (const element of created) await repository.delete(element.metadata.id).catch(() => false);
    throw error;
  }
  return outcomes;
}
