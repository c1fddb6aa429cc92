// The layout writer export uses (and pull can): valid elements → files under a directory in a layout, all written
// or none. Elements that cannot be laid out are reported and left out; the others are written.
import { pathUnder, planFileSet, writeFileSet } from "../repository/file-set.js";
import { type ElementLayout, type ElementToLayOut, layoutElements } from "./layouts.js";

export interface LayoutWrite {
  /** Each file laid out, relative to the directory, and what happened to it (on a dry run: what would). */
  files: { file: string; path: string; state: "created" | "updated" | "unchanged" }[];
  /** Elements left out, by source file, with the reason. */
  problems: { file: string; message: string }[];
}

/**
 * Writes `elements` under `dir` in `layout` (`nexs-server`: what a NEXS MCP server loads; `elements`: the file
 * element repository's layout). With `dryRun`, writes nothing and says what a write would do, comparing each
 * file with what is on disk (planFileSet). A write that fails
 * puts back what was written and throws a RepositoryError with one sentence.
 */
export async function writeElementLayout(
  dir: string,
  layout: ElementLayout,
  elements: readonly ElementToLayOut[],
  options: { dryRun?: boolean } = {},
): Promise<LayoutWrite> {
  const laid = layoutElements(layout, elements);
  const absolute = laid.files.map((f) => ({ ...f, absolute: pathUnder(dir, f.path) }));
  const wanted = absolute.map((f) => ({ path: f.absolute, text: f.text }));
  const result = options.dryRun ? await planFileSet(wanted) : await writeFileSet(wanted, { base: dir });
  const created = new Set(result.created);
  const updated = new Set(result.updated);
  const files = absolute.map((f) => ({
    file: f.file,
    path: f.path,
    state: created.has(f.absolute)
      ? ("created" as const)
      : updated.has(f.absolute)
        ? ("updated" as const)
        : ("unchanged" as const),
  }));
  return { files, problems: laid.problems };
}

/** How a file's state is said: `would be created` / `would be updated` on a dry run; `unchanged` either way. */
export function layoutStateText(state: LayoutWrite["files"][number]["state"], dryRun: boolean): string {
  return dryRun && state !== "unchanged" ? `would be ${state}` : state;
}

/** `2 created, 1 updated, 5 unchanged` (`would be created`... on a dry run), the states that occur, in that order. */
export function layoutCountsText(files: LayoutWrite["files"], dryRun: boolean): string {
  const states = ["created", "updated", "unchanged"] as const;
  return states
    .map((state) => [state, files.filter((f) => f.state === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${layoutStateText(state, dryRun)}`)
    .join(", ");
}
