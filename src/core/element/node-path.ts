import { isPlainObject } from "../common/plain-object.js";
// Paths into a parsed element: from ajv's JSON Pointers, and to the dotted form people read in messages.
import type { NodePath } from "./source.js";

/** The node path an ajv instancePath (a JSON Pointer) names; numeric segments become indexes under arrays. */
export function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === "") return [];
  const path: (string | number)[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^(?:0|[1-9][0-9]*)$/.test(key)) {
      const index = Number(key);
      path.push(index);
      node = node[index];
    } else {
      path.push(key);
      node = isPlainObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    }
  }
  return path;
}

/** The value at `path`, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: NodePath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (typeof segment === "number") node = Array.isArray(node) ? node[segment] : undefined;
    else node = isPlainObject(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
  }
  return node;
}

/** `data.behavioral_traits[0].intensity`; keys that are not plain words are quoted. */
export function describePath(path: NodePath): string {
  if (path.length === 0) return "the top level";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
