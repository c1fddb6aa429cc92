import { isDeepStrictEqual } from "node:util";
import { parseSource } from "../element/parse.js";
import { DEFAULT_MAX_FILE_SIZE } from "../element/source.js";
import type { Element } from "../element/types.js";
import { plainElement, readElement } from "./element-record.js";

/**
 * Whether `text`, read the way the repository loads files, is exactly `element`: a file written from a text made
 * elsewhere (an import keeps the source's comments) must load back as the element the cache holds.
 */
export function textHoldsElement(text: string, element: Element): boolean {
  const parsed = parseSource(
    { file: "", bytes: new TextEncoder().encode(text) },
    { maxFileSize: DEFAULT_MAX_FILE_SIZE },
  );
  if (!parsed.ok) return false;
  const read = readElement(parsed.value);
  return typeof read !== "string" && isDeepStrictEqual(plainElement(read), plainElement(element));
}
