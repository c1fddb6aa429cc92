// import: files in the shapes NEXS MCP users have → element files, with a report per file of what was mapped, what
// was kept aside and what still needs a person. Pure: bytes in, texts out; writing is the caller's (in place, or
// through the file element repository).
import type { Document } from "yaml";
import { isPlainObject, type PlainObject } from "../common/plain-object.js";
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { type ForeignShape, recognizeForeignShape } from "../element/foreign-shape.js";
import { isValidId, slug, suggestId } from "../element/identity.js";
import { describePath, pointerToPath } from "../element/node-path.js";
import { parseSource } from "../element/parse.js";
import { validatorFor } from "../element/schemas.js";
import type { SourceFile } from "../element/source.js";
import { type Element, type ElementType, isElementType } from "../element/types.js";
import { validateSources } from "../element/validate-sources.js";
import { readElement, storageProblem } from "../repository/element-record.js";
import { readYaml, writeYaml } from "../sync/yaml-text.js";
import { type ConversionNotes, emptyNotes } from "./conversion.js";
import { convertFlatDocument } from "./convert-flat.js";
import { convertServerDocument } from "./convert-server.js";
import { idMentions } from "./renamed-references.js";
import { setScalarIn } from "./yaml-nodes.js";

export interface ImportOptions {
  /** Ids that break the id rule are replaced by the nearest that follows it, and references to them rewritten. */
  renameIds: boolean;
  maxFileSize: number;
}

export type ImportOutcome =
  /** In a NEXS MCP shape: `text` is the element file it becomes. */
  | "converted"
  /** Already an element file: left alone. */
  | "element"
  /** In neither shape: left alone. */
  | "neither"
  /** Not readable as YAML (or refused by the YAML checks): left alone; `diagnostics` say why. */
  | "unreadable";

export interface ImportedFile {
  file: string;
  outcome: ImportOutcome;
  shape: ForeignShape | undefined;
  type: ElementType | undefined;
  /** The converted text (outcome converted). */
  text: string | undefined;
  /** True when the converted text is the file's own text: nothing to write. */
  unchanged: boolean;
  /** The converted element as a repository stores it, when it has what storage needs; else `unstorable` says why. */
  element: Element | undefined;
  unstorable: string | undefined;
  renamed: { from: string; to: string } | undefined;
  notes: ConversionNotes;
  /** Required fields with no source: `data.system_prompt`, `data.expertise_areas[].level (3 entries)`. */
  needsPerson: string[];
  /** Findings of validate on the converted file (or, when unreadable, why it could not be read). */
  diagnostics: Diagnostic[];
}

export function planImport(sources: readonly SourceFile[], options: ImportOptions): ImportedFile[] {
  const converted = sources.map((source) => convertOne(source, options));
  if (options.renameIds) renameInvalidIds(converted);
  const results = converted.map((c) => c.result);
  const texts = results.flatMap((r) => (r.text === undefined ? [] : [{ file: r.file, bytes: encode(r.text) }]));
  // Validated together, so references between the imported files resolve.
  const report = validateSources(texts, { strict: false, maxFileSize: options.maxFileSize });
  for (const result of results) {
    if (result.text === undefined) continue;
    result.diagnostics = report.diagnostics.filter((d) => d.file === result.file);
  }
  return results;
}

interface Converting {
  result: ImportedFile;
  document: Document | undefined;
  conventions: Parameters<typeof writeYaml>[1] | undefined;
  original: string;
}

function convertOne(source: SourceFile, options: ImportOptions): Converting {
  const result: ImportedFile = {
    file: source.file,
    outcome: "neither",
    shape: undefined,
    type: undefined,
    text: undefined,
    unchanged: false,
    element: undefined,
    unstorable: undefined,
    renamed: undefined,
    notes: emptyNotes(),
    needsPerson: [],
    diagnostics: [],
  };
  const none = (outcome: ImportOutcome, diagnostics: Diagnostic[] = []): Converting => {
    result.outcome = outcome;
    result.diagnostics = diagnostics;
    return { result, document: undefined, conventions: undefined, original: "" };
  };
  const parsed = parseSource(source, { maxFileSize: options.maxFileSize, shape: "mapping" });
  if (!parsed.ok) return none("unreadable", parsed.diagnostics);
  const foreign = recognizeForeignShape(parsed.value);
  if (!foreign) {
    const element = Object.hasOwn(parsed.value, "metadata") && Object.hasOwn(parsed.value, "data");
    return none(element ? "element" : "neither");
  }
  const read = readYaml(parsed.text, "mapping");
  if (!read.ok) return none("unreadable");
  result.outcome = "converted";
  result.shape = foreign.shape;
  result.type = foreign.type;
  result.notes =
    foreign.shape === "nexs-server"
      ? convertServerDocument(read.document, read.value, foreign.type)
      : convertFlatDocument(read.document, read.value, foreign.type ?? "persona");
  const original = new TextDecoder().decode(source.bytes);
  const converting = { result, document: read.document, conventions: read.conventions, original };
  finish(converting, options);
  return converting;
}

/** The text, element and needs of a converted document, after any change to it. */
function finish(c: Converting, options: ImportOptions): void {
  if (!c.document || !c.conventions) return;
  const text = writeYaml(c.document, c.conventions);
  const { result } = c;
  result.text = text;
  result.unchanged = text === c.original;
  const parsed = parseSource({ file: result.file, bytes: encode(text) }, { maxFileSize: options.maxFileSize });
  if (!parsed.ok) {
    result.needsPerson = [];
    result.element = undefined;
    result.unstorable = parsed.diagnostics[0]?.message ?? "the converted file does not read back";
    return;
  }
  result.needsPerson = missingFields(parsed.value);
  const element = readElement(parsed.value);
  const missing = result.needsPerson.filter((f) => f.startsWith("metadata."));
  const problem =
    typeof element !== "string"
      ? storageProblem(element)
      : missing.length > 0
        ? `it has no ${missing.join(", ")}`
        : element;
  result.element = typeof element === "string" || problem !== undefined ? undefined : element;
  result.unstorable = problem;
}

/** Required keys the converted element lacks, one line per field (list entries folded together). */
function missingFields(value: PlainObject): string[] {
  const metadata = isPlainObject(value.metadata) ? value.metadata : {};
  const type = isElementType(metadata.type) ? metadata.type : undefined;
  const validate = validatorFor(type);
  if (validate(value)) return [];
  const counts = new Map<string, number>();
  for (const error of validate.errors ?? []) {
    if (error.keyword !== "required") continue;
    const missing: unknown = error.params.missingProperty;
    if (typeof missing !== "string") continue;
    const path = [...pointerToPath(error.instancePath, value), missing];
    const field = describePath(path).replace(/\[\d+\]/g, "[]");
    counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts].map(([field, n]) => (n > 1 ? `${field} (${n} entries)` : field));
}

/** Ids that break the rule get the nearest valid one (unique in the batch); references to them follow. */
function renameInvalidIds(all: readonly Converting[]): void {
  const taken = new Set<string>();
  const idOf = (c: Converting): string | undefined => {
    const id = c.result.element?.metadata.id ?? plainId(c);
    return typeof id === "string" ? id : undefined;
  };
  for (const c of all) {
    const id = idOf(c);
    if (id !== undefined && isValidId(id)) taken.add(id);
  }
  const renames = new Map<string, string>();
  for (const c of all) {
    const id = idOf(c);
    if (id === undefined || isValidId(id) || renames.has(id) || !c.document) continue;
    const name = c.document.getIn(["metadata", "name"]);
    const fallback = `${c.result.type ?? "element"}-${slug(typeof name === "string" ? name : "") || "unnamed"}`;
    let next = suggestId(id, fallback);
    for (let n = 2; taken.has(next); n++) next = `${suggestId(id, fallback).slice(0, 120)}-${n}`;
    taken.add(next);
    renames.set(id, next);
  }
  if (renames.size === 0) return;
  for (const c of all) {
    const { document, result } = c;
    if (!document || result.text === undefined) continue;
    let changed = false;
    const id = idOf(c);
    const to = id === undefined ? undefined : renames.get(id);
    if (id !== undefined && to !== undefined) {
      setScalarIn(document, ["metadata", "id"], to);
      result.renamed = { from: id, to };
      changed = true;
    }
    if (result.type) {
      for (const ref of idMentions(result.type, document.toJS())) {
        const target = renames.get(ref.id);
        if (target === undefined) continue;
        setScalarIn(document, ref.path, target);
        result.notes.mapped.push({ from: `${describePath(ref.path)}: ${ref.id}`, to: target });
        changed = true;
      }
    }
    if (changed) finish(c, { renameIds: true, maxFileSize: Number.POSITIVE_INFINITY });
  }
}

function plainId(c: Converting): unknown {
  return c.document?.getIn(["metadata", "id"]);
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
