// What a collection's element globs find on disk, for `collection init`: per glob the element files it matches,
// with the metadata init derives the manifest's defaults and stats from.
import { join } from "node:path";
import { isPlainObject } from "../common/plain-object.js";
import { diskTree } from "./collection-disk.js";
import { matchGlob } from "./collection-glob.js";
import { parseSource } from "./parse.js";
import { MANIFEST_FILE_NAMES, readListedFile } from "./read-tree.js";
import { type ElementType, isElementType } from "./types.js";

export interface SurveyedFile {
  path: string;
  type: ElementType;
  author: string | undefined;
  /** updated_at, else created_at, as written. */
  stamp: string | undefined;
}

/** The element files of `type` (any type when undefined) that `glob` matches under `root`. */
export function surveyGlob(
  root: string,
  glob: string,
  type: ElementType | undefined,
  maxFileSize: number,
): SurveyedFile[] {
  const result = matchGlob(diskTree(root), glob);
  if (!result.ok) return [];
  const out: SurveyedFile[] = [];
  for (const match of result.matches) {
    if (match.kind !== "file" || !/\.ya?ml$/.test(match.path) || MANIFEST_FILE_NAMES.includes(match.path)) continue;
    const read = readListedFile({ file: match.path, absolute: join(root, match.path) }, { cwd: root, maxFileSize });
    if (!read.ok) continue;
    const parsed = parseSource({ file: match.path, bytes: read.bytes }, { maxFileSize, shape: "mapping" });
    const metadata = parsed.ok && isPlainObject(parsed.value.metadata) ? parsed.value.metadata : undefined;
    const found = metadata?.type;
    if (!metadata || !isElementType(found) || (type !== undefined && found !== type)) continue;
    const text = (v: unknown) => (typeof v === "string" ? v : undefined);
    out.push({
      path: match.path,
      type: found,
      author: text(metadata.author),
      stamp: text(metadata.updated_at) ?? text(metadata.created_at),
    });
  }
  return out;
}
