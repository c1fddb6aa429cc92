// Where and how valid element files are written for a reader other than nexs-publish. Pure: elements and their
// texts in, relative paths and texts out; writing them is writeFileSet's (core/repository/file-set.ts).
//
// - `nexs-server`: what a NEXS MCP server loads from its data directory: `<type>/<YYYY-MM-DD>/<file>.yaml`, the
//   file named from the id as the server derives it, metadata under the lower-cased keys its YAML decoder reads
//   (`isactive`, `createdat`, `updatedat`, timestamps unquoted). `isactive: true` is written when the element
//   says nothing, since the server reads a missing key as false.
// - `elements`: the file element repository's layout (`<type>/<YYYY-MM-DD or undated>/<id>.yaml`), bytes as they are.
import { isMap, isScalar, Pair, Scalar } from "yaml";
import { SERVER_METADATA_KEYS } from "../element/foreign-shape.js";
import type { Element, ElementMetadata } from "../element/types.js";
import { elementFilePath } from "../repository/file-layout.js";
import { readYaml } from "../sync/yaml-text.js";
import { keyNode, keyOf } from "./yaml-nodes.js";

export const ELEMENT_LAYOUTS = ["nexs-server", "elements"] as const;
export type ElementLayout = (typeof ELEMENT_LAYOUTS)[number];

export function isElementLayout(value: unknown): value is ElementLayout {
  return typeof value === "string" && (ELEMENT_LAYOUTS as readonly string[]).includes(value);
}

/** An element to lay out: where it came from, its text as validated, and the element that text holds. */
export interface ElementToLayOut {
  file: string;
  text: string;
  element: Element;
}

export interface LaidOutFile {
  /** The source file. */
  file: string;
  /** Relative to the target directory, forward slashes. */
  path: string;
  text: string;
}

export interface LayoutResult {
  files: LaidOutFile[];
  /** Elements that cannot be laid out (two on one path, a text that does not convert), by source file. */
  problems: { file: string; message: string }[];
}

/** The server's directory for an element without created_at: the date of Go's zero time, which it then holds. */
export const SERVER_UNDATED_DIRECTORY = "0001-01-01";

/**
 * The file name the server gives an element (its sanitizeFileName of the id): accents dropped, lowercased, every
 * run of characters other than a-z and 0-9 turned into one `_`, `_` trimmed from the ends; then `.yaml`.
 */
export function serverFileName(id: string): string {
  const name = id
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return `${name}.yaml`;
}

/**
 * `<type>/<YYYY-MM-DD>/<file name>`: the date is the one written in created_at (the server formats the time in the
 * offset it was written with), or 0001-01-01 without one.
 */
export function serverElementPath(metadata: Pick<ElementMetadata, "id" | "type" | "created_at">): string {
  const date = /^(\d{4}-\d{2}-\d{2})[Tt]/.exec(metadata.created_at ?? "")?.[1] ?? SERVER_UNDATED_DIRECTORY;
  return `${metadata.type}/${date}/${serverFileName(metadata.id)}`;
}

const TO_SERVER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SERVER_METADATA_KEYS).map(([server, contract]) => [contract, server]),
);
const TIMESTAMPS = new Set(["createdat", "updatedat"]);

/**
 * An element file's text with the server's metadata keys: renamed in place (comments and order kept), timestamps
 * unquoted (its decoder reads a quoted one as a string, not a time), `isactive: true` added when missing, and
 * 4-space indentation as the server writes. Undefined when the text is not an element file.
 */
export function toServerText(text: string): string | undefined {
  const read = readYaml(text);
  if (!read.ok) return undefined;
  const { document } = read;
  const metadata = document.get("metadata", true);
  if (!isMap(metadata)) return undefined;
  let active = false;
  for (const pair of metadata.items) {
    const key = keyOf(pair);
    const target = key === undefined ? undefined : TO_SERVER[key];
    if (target === undefined) continue;
    pair.key = keyNode(target, pair.key);
    if (target === "isactive") active = true;
    if (TIMESTAMPS.has(target) && isScalar(pair.value) && typeof pair.value.value === "string")
      pair.value.type = Scalar.PLAIN;
  }
  if (!active) {
    // Where the server's encoder puts it: after tags (or author), before the timestamps.
    const after = ["tags", "author"].map((k) => metadata.items.findIndex((p) => keyOf(p) === k)).find((i) => i >= 0);
    metadata.items.splice((after ?? metadata.items.length - 1) + 1, 0, new Pair(keyNode("isactive"), true));
  }
  // A yaml-language-server modeline points at this project's schemas, which a server file does not follow.
  const modeline = /^ ?yaml-language-server:.*(?:\n|$)/gm;
  const first = document.contents && isMap(document.contents) ? document.contents.items[0]?.key : undefined;
  if (document.commentBefore) document.commentBefore = document.commentBefore.replace(modeline, "") || null;
  if (isScalar(first) && first.commentBefore) first.commentBefore = first.commentBefore.replace(modeline, "") || null;
  return document.toString({
    indent: 4,
    lineWidth: 0,
    indentSeq: true,
    flowCollectionPadding: read.conventions.flowPadding,
  });
}

/** Every element's file in `layout`; two elements on one path are both refused. */
export function layoutElements(layout: ElementLayout, elements: readonly ElementToLayOut[]): LayoutResult {
  const planned: LaidOutFile[] = [];
  const problems: LayoutResult["problems"] = [];
  for (const item of elements) {
    const path = layout === "nexs-server" ? serverElementPath(item.element.metadata) : elementFilePath(item.element);
    const text = layout === "nexs-server" ? toServerText(item.text) : item.text;
    if (text === undefined) problems.push({ file: item.file, message: "it is not an element file" });
    else planned.push({ file: item.file, path, text });
  }
  const byPath = new Map<string, LaidOutFile[]>();
  for (const file of planned) byPath.set(file.path, [...(byPath.get(file.path) ?? []), file]);
  const files: LaidOutFile[] = [];
  for (const [path, group] of byPath) {
    const [only, ...others] = group;
    if (only && others.length === 0) {
      files.push(only);
      continue;
    }
    for (const file of group) {
      const rest = group.filter((f) => f !== file).map((f) => f.file);
      problems.push({
        file: file.file,
        message: `${path} is also where ${rest.join(", ")} would go; give one another id`,
      });
    }
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems };
}
