// What the main thread asks a validation thread (a batch of listed files and the options to check or read them
// with), and the roles those threads serve. Shared by the checking workers (validate-workers.ts) and the reader's
// own small bundle (reader-main.ts), which must not load the checker.
import { isPlainObject } from "../core/common/plain-object.js";
import type { BatchOptions } from "../core/element/check-batch.js";
import type { ListedFile } from "../core/element/read-tree.js";

export const CHECKER = "nexs-publish validate worker";
export const READER = "nexs-publish validate reader";

export interface BatchQuestion {
  batch: ListedFile[];
  options: BatchOptions;
}

/** The question as sent, or undefined for anything else: a thread answers only what it can read. */
export function parseQuestion(question: unknown): BatchQuestion | undefined {
  if (!isPlainObject(question) || !Array.isArray(question.batch) || !isPlainObject(question.options)) return undefined;
  const batch: ListedFile[] = [];
  for (const entry of question.batch) {
    if (!isPlainObject(entry) || typeof entry.file !== "string" || typeof entry.absolute !== "string") return undefined;
    batch.push({ file: entry.file, absolute: entry.absolute });
  }
  const { strict, maxFileSize, cwd, keepElements } = question.options;
  if (
    typeof strict !== "boolean" ||
    typeof maxFileSize !== "number" ||
    typeof cwd !== "string" ||
    typeof keepElements !== "boolean"
  )
    return undefined;
  return { batch, options: { strict, maxFileSize, cwd, keepElements } };
}
