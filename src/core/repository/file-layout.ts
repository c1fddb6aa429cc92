import type { Element } from "../element/types.js";

/** The directory for elements without metadata.created_at: they still get a stable, valid place. */
export const UNDATED_DIRECTORY = "undated";

/**
 * Where an element lives under the repository's base directory: `<type>/<created YYYY-MM-DD>/<id>.yaml`.
 * The date is the one written in created_at (the author's calendar day, as the collection's `{created}`
 * placeholder uses it), not converted to UTC; no created_at means `<type>/undated/<id>.yaml`.
 */
export function elementFilePath(element: Element): string {
  const date = /^(\d{4}-\d{2}-\d{2})[Tt]/.exec(element.metadata.created_at ?? "")?.[1] ?? UNDATED_DIRECTORY;
  return `${element.metadata.type}/${date}/${element.metadata.id}.yaml`;
}

/**
 * How a file repository arranges its files. `dated`: every element at elementFilePath, moved there on update.
 * `in-place`: a source repository's own arrangement, any depth; an update edits the file where it is, and only
 * a new element goes to elementFilePath.
 */
export type FileLayout = "dated" | "in-place";

/** Temporary files of interrupted writes: hidden, same directory, `.tmp` suffix. */
export const isTemporaryFile = (name: string): boolean => name.startsWith(".") && name.endsWith(".tmp");
