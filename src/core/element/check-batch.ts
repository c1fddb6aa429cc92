// A batch of listed element files → what validateTree keeps of each: its findings, the facts the cross-file rules
// need, a fingerprint of its bytes, and (only when asked) the element with its bytes and blob SHA. Plain data, so
// that a batch can be checked in another thread and its outcome sent back; parseFileOutcome checks what comes back.

import { isPlainObject } from "../common/plain-object.js";
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { gitBlobSha } from "../git/object-sha.js";
import { checkSource } from "./check-source.js";
import { type CrossFileFacts, factsOf } from "./cross-file-facts.js";
import { readMetadata } from "./element-metadata.js";
import { fingerprint } from "./fingerprint.js";
import { type ListedFile, type ReadOutcome, readListedFile } from "./read-tree.js";
import { type Element, isElementType } from "./types.js";

export interface BatchOptions {
  strict: boolean;
  maxFileSize: number;
  cwd: string;
  /** Keep the element and its bytes for a file that passes its own checks. */
  keepElements: boolean;
}

export interface FileOutcome {
  file: string;
  /** False when the file could not be read; `diagnostics` then says why. */
  read: boolean;
  diagnostics: Diagnostic[];
  /** Set when the file parsed. */
  facts: CrossFileFacts | undefined;
  /** Of the bytes checked (see `fingerprint`), set when the file parsed: a second read must find the same. */
  fingerprint: string | undefined;
  element: KeptElement | undefined;
  /** Every form of every secret found in the file (SourceCheck.secrets): the run redacts them everywhere. */
  secrets: string[];
}

export interface KeptElement {
  bytes: Uint8Array;
  /** Git blob SHA of `bytes`. */
  blob: string;
  element: Element;
}

/** One file of a batch as read elsewhere (BatchReader): the bytes readListedFile gave there, if any. */
export interface ReadAhead {
  file: string;
  bytes: Uint8Array | undefined;
  /** `fingerprint(bytes)`, taken there too: one hash less on the checking thread per file. */
  fingerprint?: string;
}

/**
 * `given`, when set, holds what was read elsewhere for each file, in the batch's order; a file it has no bytes for
 * is read here, and so gets the exact finding when it cannot be.
 */
export function checkListedFiles(
  batch: readonly ListedFile[],
  options: BatchOptions,
  given?: readonly ReadAhead[],
): FileOutcome[] {
  return batch.map((listed, k) => {
    const read = given?.[k];
    const outcome: ReadOutcome = read?.bytes ? { ok: true, bytes: read.bytes } : readListedFile(listed, options);
    if (!outcome.ok)
      return {
        file: listed.file,
        read: false,
        diagnostics: [outcome.diagnostic],
        facts: undefined,
        fingerprint: undefined,
        element: undefined,
        secrets: [],
      };
    const check = checkSource({ file: listed.file, bytes: outcome.bytes }, options);
    const facts = factsOf(check);
    const passed = check.element && !check.diagnostics.some((d) => d.severity === "error");
    return {
      file: listed.file,
      read: true,
      diagnostics: check.diagnostics,
      facts,
      fingerprint: facts ? (read?.fingerprint ?? fingerprint(outcome.bytes)) : undefined,
      element:
        options.keepElements && passed && check.element
          ? {
              bytes: outcome.bytes,
              blob: gitBlobSha(outcome.bytes),
              element: { metadata: check.element.metadata, data: check.element.data },
            }
          : undefined,
      secrets: check.secrets,
    };
  });
}

/** A FileOutcome from data that crossed a thread boundary, or undefined when it is not one. */
export function parseFileOutcome(value: unknown): FileOutcome | undefined {
  if (!isPlainObject(value)) return undefined;
  const { file, read, diagnostics, facts, fingerprint, element, secrets } = value;
  if (
    typeof file !== "string" ||
    typeof read !== "boolean" ||
    !Array.isArray(diagnostics) ||
    !diagnostics.every(isDiagnostic)
  )
    return undefined;
  if (!(facts === undefined || isFacts(facts)) || !(fingerprint === undefined || typeof fingerprint === "string"))
    return undefined;
  if (!Array.isArray(secrets) || !secrets.every((s) => typeof s === "string")) return undefined;
  const kept = element === undefined ? undefined : parseKeptElement(element);
  if (element !== undefined && kept === undefined) return undefined;
  return { file, read, diagnostics, facts, fingerprint, element: kept, secrets };
}

const SEVERITIES: readonly unknown[] = ["error", "warning", "info"];
const isOptionalNumber = (v: unknown): boolean => v === undefined || typeof v === "number";

function isDiagnostic(value: unknown): value is Diagnostic {
  if (!isPlainObject(value)) return false;
  return (
    typeof value.file === "string" &&
    typeof value.line === "number" &&
    typeof value.column === "number" &&
    isOptionalNumber(value.endLine) &&
    isOptionalNumber(value.endColumn) &&
    SEVERITIES.includes(value.severity) &&
    typeof value.code === "string" &&
    typeof value.message === "string"
  );
}

function isFacts(value: unknown): value is CrossFileFacts {
  if (!isPlainObject(value)) return false;
  const { file, id, type, references, requires } = value;
  return (
    typeof file === "string" &&
    (id === undefined || typeof id === "string") &&
    (type === undefined || isElementType(type)) &&
    (references === undefined || (Array.isArray(references) && references.every(isReference))) &&
    Array.isArray(requires) &&
    requires.every((r) => typeof r === "string")
  );
}

function isReference(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return typeof value.id === "string" && isElementType(value.type);
}

function parseKeptElement(value: unknown): KeptElement | undefined {
  if (
    !isPlainObject(value) ||
    !(value.bytes instanceof Uint8Array) ||
    typeof value.blob !== "string" ||
    !isPlainObject(value.element)
  )
    return undefined;
  const metadata = readMetadata(value.element.metadata);
  const data = value.element.data;
  return metadata && isPlainObject(data)
    ? { bytes: value.bytes, blob: value.blob, element: { metadata, data } }
    : undefined;
}
