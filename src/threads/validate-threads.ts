// Worker threads for validateTree, so a large tree uses every core: workers that check batches of element files,
// and a reader that reads the main thread's next batches while it checks one. Shared by the CLI and the Action.
// The workers run the bundle that started them (worker-thread.ts: its entry sees the role and calls
// serveValidationWorker instead of running a command); the reader runs a small bundle of its own (reader-main.ts).
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isPlainObject } from "../core/common/plain-object.js";
import { parsePositiveInteger } from "../core/common/positive-integer.js";
import {
  type BatchOptions,
  checkListedFiles,
  type FileOutcome,
  parseFileOutcome,
  type ReadAhead,
} from "../core/element/check-batch.js";
import type { ListedFile } from "../core/element/read-tree.js";
import type { BatchHelper, BatchReader } from "../core/element/validate-tree.js";
import { CHECKER, parseQuestion, READER } from "./validate-question.js";
import { type Answer, serveRole, WorkerThread } from "./worker-thread.js";

/**
 * The reader's bundle, beside the one running (dist/validate-reader/ next to dist/cli/ and dist/action/); a path,
 * not a URL the bundler would follow.
 */
const READER_BUNDLE = join(dirname(fileURLToPath(import.meta.url)), "..", "validate-reader", "index.js");
/** Below this many files a worker would still be starting (≈ 0.15 s) when the main thread is done. */
export const MIN_FILES_FOR_WORKERS = 2000;
/**
 * With only two cores, below this many files one thread is faster than two (bench/validate, 2 cores: 10,000 files
 * 0.88–0.92× the time with a worker, 20,000 about even, 40,000 and 100,000 1.15× and 1.45× faster with one). V8's
 * background compiler and garbage collector already use the second core for the main thread, and a worker compiles
 * every function again for itself: it pays only once it has checked enough files to be warm for long.
 */
export const MIN_FILES_ON_TWO_CORES = 20_000;
export const MAX_WORKERS = 3;
/** The most a caller may ask for: each worker is a whole V8 instance that compiles the checks again. */
export const MAX_WORKERS_ASKED = 16;

/** `--workers` / the `workers` input: a whole number from 0 to MAX_WORKERS_ASKED, digits only; else undefined. */
export function parseWorkerCount(text: string): number | undefined {
  const count = text === "0" ? 0 : parsePositiveInteger(text);
  return count === undefined || count > MAX_WORKERS_ASKED ? undefined : count;
}

/**
 * How many workers check a tree of `files` files on `cores` cores by default: one per core beyond the two the main
 * thread and V8's background threads keep busy (at most MAX_WORKERS); on two cores, one for a very large tree.
 */
export function defaultWorkerCount(files: number, cores: number): number {
  const beyondTwo = Math.min(cores - 2, MAX_WORKERS);
  if (beyondTwo > 0) return files >= MIN_FILES_FOR_WORKERS ? beyondTwo : 0;
  return cores === 2 && files >= MIN_FILES_ON_TWO_CORES ? 1 : 0;
}

/**
 * Helpers for validateTree: `workers` of them when the caller chose how many (`--workers`, the `workers` input),
 * the default count for this machine otherwise.
 */
export function validateWorkers(workers?: number): (files: number) => BatchHelper[] {
  return (files) => {
    const count = workers ?? defaultWorkerCount(files, availableParallelism());
    return Array.from({ length: count }, () => new WorkerHelper());
  };
}

/**
 * A reader for validateTree, from as many files as workers start at, when it has a core of its own beside the
 * main thread and the default workers (or when the caller asked for workers): the main thread then spends its time
 * checking, while the reader's open, stat, read and close calls (about a tenth of a run) take place on another
 * core. On two cores that is below 20,000 files: with a worker as well, three threads on two cores were 5% slower
 * at 100,000 files than the worker alone. None with `--workers 0`, one thread.
 */
export function validateReader(workers?: number): (files: number) => BatchReader | undefined {
  return (files) => {
    const wanted = workers === undefined ? defaultReader(files, availableParallelism()) : workers > 0;
    return wanted ? new ReaderHelper() : undefined;
  };
}

/** Whether a tree of `files` files on `cores` cores gets a reader by default. */
export function defaultReader(files: number, cores: number): boolean {
  return files >= MIN_FILES_FOR_WORKERS && cores >= defaultWorkerCount(files, cores) + 2;
}

class WorkerHelper implements BatchHelper {
  readonly #thread = new WorkerThread(CHECKER, "the validation worker");

  check(batch: readonly ListedFile[], options: BatchOptions): Promise<FileOutcome[]> {
    return this.#thread.ask({ batch, options }, parseOutcomes);
  }

  close(): void {
    this.#thread.close();
  }
}

class ReaderHelper implements BatchReader {
  readonly #thread = new WorkerThread(READER, "the validation reader", READER_BUNDLE);

  read(batch: readonly ListedFile[], options: BatchOptions): Promise<ReadAhead[]> {
    return this.#thread.ask({ batch, options }, parseReads);
  }

  close(): void {
    this.#thread.close();
  }
}

function parseOutcomes(answer: unknown): FileOutcome[] | undefined {
  if (!Array.isArray(answer) || answer.length === 0) return undefined;
  const outcomes = answer.map(parseFileOutcome);
  return outcomes.every((o) => o !== undefined) ? outcomes : undefined;
}

function parseReads(answer: unknown): ReadAhead[] | undefined {
  if (!Array.isArray(answer)) return undefined;
  const reads: ReadAhead[] = [];
  for (const entry of answer) {
    if (!isPlainObject(entry) || typeof entry.file !== "string") return undefined;
    if (!(entry.bytes === null || entry.bytes instanceof Uint8Array)) return undefined;
    if (!(entry.fingerprint === undefined || typeof entry.fingerprint === "string")) return undefined;
    reads.push({ file: entry.file, bytes: entry.bytes ?? undefined, fingerprint: entry.fingerprint });
  }
  return reads;
}

// An answer the main thread refuses (no outcomes, or no reads) makes it check or read that batch itself.
function checkBatch(question: unknown): Answer {
  const asked = parseQuestion(question);
  return { answer: asked ? checkListedFiles(asked.batch, asked.options) : [] };
}

/**
 * In a worker started by this module, answer its questions until the main thread terminates it, and return true;
 * anywhere else return false. The CLI's and the Action's entries call this first, so each bundle serves the
 * checking workers it starts.
 */
export function serveValidationWorker(): boolean {
  return serveRole({ [CHECKER]: checkBatch });
}
