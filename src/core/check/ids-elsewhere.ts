// Where the collection already holds an id, as publish's plan finds it: a path the state documents recorded for
// that id at a merge (still present), or, with a template ending in `{id}.yaml`, a file named after the id.
import { collectionIds } from "../sync/collection-ids.js";

export interface ElsewhereInput {
  template: string;
  /** The base branch's files, without those the pull request changes (their head versions are checked). */
  paths: ReadonlySet<string>;
  /** Every source's recorded base: element id → path at the last merge. */
  recorded: Iterable<readonly [id: string, path: string]>;
  /** The pull request's element ids. */
  ids: readonly string[];
}

/** id → the collection paths holding it, sorted; ids found nowhere are left out. */
export function idsElsewhere(input: ElsewhereInput): Map<string, string[]> {
  const wanted = new Set(input.ids);
  const found = new Map<string, Set<string>>();
  const add = (id: string, path: string): void => {
    const paths = found.get(id) ?? new Set<string>();
    paths.add(path);
    found.set(id, paths);
  };
  const byName = collectionIds(
    input.template,
    input.paths,
    input.ids.map((id) => ({ id })),
  );
  for (const [id, paths] of byName ?? []) for (const path of paths) add(id, path);
  for (const [id, path] of input.recorded) if (wanted.has(id) && input.paths.has(path)) add(id, path);
  return new Map([...found].map(([id, paths]) => [id, [...paths].sort()]));
}
