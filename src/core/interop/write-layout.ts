// The layout writer export uses (and pull can): valid elements → files under a directory in a layout, all written
// or none. Elements that cannot be laid out are reported and left out; the others are written.
import { pathUnder, writeFileSet } from "../repository/file-set.js";
import { type ElementLayout, type ElementToLayOut, layoutElements } from "./layouts.js";

export interface LayoutWrite {
  /** Each file laid out, relative to the directory, and what happened to it. */
  files: { file: string; path: string; state: "created" | "updated" | "unchanged" | "planned" }[];
  /** Elements left out, by source file, with the reason. */
  problems: { file: string; message: string }[];
}

/**
 * Writes `elements` under `dir` in `layout` (`nexs-server`: what a NEXS MCP server loads; `elements`: the file
 * element repository's layout). With `dryRun`, plans and writes nothing (state `planned`). A write that fails
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
  if (options.dryRun) {
    return { files: absolute.map((f) => ({ file: f.file, path: f.path, state: "planned" })), problems: laid.problems };
  }
  const result = await writeFileSet(
    absolute.map((f) => ({ path: f.absolute, text: f.text })),
    { base: dir },
  );
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
