// Reading a path template backwards: which element type and (slugged) id a collection path stands for. The check
// learns what the collection holds from its tree alone, without downloading a file.
import { slug } from "../element/identity.js";
import type { KnownCollection } from "../element/report.js";
import { ELEMENT_TYPES, type ElementType, isElementType } from "../element/types.js";

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  type: `(?<type>${ELEMENT_TYPES.join("|")})`,
  id: `(?<id>${SLUG})`,
  author: SLUG,
  created: "\\d{4}-\\d{2}-\\d{2}",
};

/**
 * A pattern matching exactly the paths `template` can produce, capturing `type` and `id`; undefined when the
 * template does not name both (or has a placeholder collectionPath refuses), since then a path tells neither.
 */
export function templatePattern(template: string): RegExp | undefined {
  const seen = new Set<string>();
  let source = "";
  let rest = template;
  for (let open = rest.indexOf("{"); open !== -1; open = rest.indexOf("{")) {
    const close = rest.indexOf("}", open);
    if (close === -1) return undefined;
    const name = rest.slice(open + 1, close);
    const pattern = PLACEHOLDERS[name];
    if (pattern === undefined) return undefined;
    source += escapeRegExp(rest.slice(0, open));
    // A placeholder written twice must hold the same text both times.
    source += (name === "type" || name === "id") && seen.has(name) ? `\\k<${name}>` : pattern;
    seen.add(name);
    rest = rest.slice(close + 1);
  }
  if (!seen.has("type") || !seen.has("id")) return undefined;
  return new RegExp(`^${source}${escapeRegExp(rest)}$`);
}

/**
 * The collection's elements by slugged id, read from its file paths: a reference resolves when the collection
 * holds a file for that id and type. Undefined when the template cannot be read backwards.
 */
export function collectionFromPaths(template: string, paths: Iterable<string>): KnownCollection | undefined {
  const pattern = templatePattern(template);
  if (!pattern) return undefined;
  const bySlug = new Map<string, ElementType>();
  for (const path of paths) {
    const groups = pattern.exec(path)?.groups;
    const type = groups?.type;
    const id = groups?.id;
    if (id !== undefined && isElementType(type) && !bySlug.has(id)) bySlug.set(id, type);
  }
  return { get: (id) => bySlug.get(slug(id)) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
