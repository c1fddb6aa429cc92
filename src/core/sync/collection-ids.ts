import { slug } from "../element/identity.js";
import type { LocalElement } from "./plan.js";

/**
 * Where the collection already holds each local id, read from file names: with a template whose last segment is
 * `{id}.yaml` (or `.yml`), a file `X.yaml` below the template's fixed prefix holds the element whose slugged id
 * is X. That finds an id published at another path (another type, an older template) without downloading a
 * single file. Other templates give no map, and collisions are then found from the state document's base alone.
 */
export function collectionIds(
  template: string,
  paths: Iterable<string>,
  local: readonly Pick<LocalElement, "id">[],
): Map<string, string[]> | undefined {
  const last = template.slice(template.lastIndexOf("/") + 1);
  if (last !== "{id}.yaml" && last !== "{id}.yml") return undefined;
  const firstPlaceholder = template.indexOf("{");
  const prefix = template.slice(0, template.lastIndexOf("/", firstPlaceholder) + 1);
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const match = /^([a-z0-9][a-z0-9-]*)\.ya?ml$/.exec(path.slice(path.lastIndexOf("/") + 1));
    if (!match?.[1]) continue;
    const found = byName.get(match[1]);
    if (found) found.push(path);
    else byName.set(match[1], [path]);
  }
  const ids = new Map<string, string[]>();
  for (const element of local) {
    const found = byName.get(slug(element.id));
    if (found) ids.set(element.id, found);
  }
  return ids;
}
