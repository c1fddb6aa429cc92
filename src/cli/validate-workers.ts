// Worker threads that check batches of element files for validateTree, so a large tree uses every core. The
// worker runs this same bundle (there is one file per entry point): the CLI's entry sees it is in a worker and
// calls serveValidationWorker instead of running a command.
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { isPlainObject } from "../core/common/plain-object.js";
import {
  type BatchOptions,
  checkListedFiles,
  type FileOutcome,
  parseFileOutcome,
} from "../core/element/check-batch.js";
import type { ListedFile } from "../core/element/read-tree.js";
import type { BatchHelper } from "../core/element/validate-tree.js";

const ROLE = "nexs-publish validate worker";
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
 * Helpers for validateTree: `workers` of them when the caller chose how many (the `--workers` flag), the default
 * count for this machine otherwise.
 */
export function validateWorkers(workers?: number): (files: number) => BatchHelper[] {
  return (files) => {
    const count = workers ?? defaultWorkerCount(files, availableParallelism());
    return Array.from({ length: count }, () => new WorkerHelper());
  };
}

interface Pending {
  resolve(outcomes: FileOutcome[]): void;
  reject(error: Error): void;
}

class WorkerHelper implements BatchHelper {
  private readonly worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor() {
    this.worker.on("message", (message: unknown) => this.answer(message));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`the validation worker stopped (exit code ${code})`)));
  }

  check(batch: readonly ListedFile[], options: BatchOptions): Promise<FileOutcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, batch, options });
    });
  }

  close(): void {
    this.failure ??= new Error("the validation worker was closed");
    void this.worker.terminate();
  }

  private answer(message: unknown): void {
    const id = isPlainObject(message) && typeof message.id === "number" ? message.id : undefined;
    const waiting = id === undefined ? undefined : this.pending.get(id);
    if (id === undefined || !waiting) {
      this.fail(new Error("the validation worker answered a question it was not asked"));
      return;
    }
    this.pending.delete(id);
    const outcomes =
      isPlainObject(message) && Array.isArray(message.outcomes) ? message.outcomes.map(parseFileOutcome) : [];
    const parsed = outcomes.filter((o): o is FileOutcome => o !== undefined);
    if (parsed.length === outcomes.length && parsed.length > 0) waiting.resolve(parsed);
    else waiting.reject(new Error("the validation worker sent an answer that is not a batch outcome"));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

function parseRequest(message: unknown): { id: number; batch: ListedFile[]; options: BatchOptions } | undefined {
  if (
    !isPlainObject(message) ||
    typeof message.id !== "number" ||
    !Array.isArray(message.batch) ||
    !isPlainObject(message.options)
  )
    return undefined;
  const batch: ListedFile[] = [];
  for (const entry of message.batch) {
    if (!isPlainObject(entry) || typeof entry.file !== "string" || typeof entry.absolute !== "string") return undefined;
    batch.push({ file: entry.file, absolute: entry.absolute });
  }
  const { strict, maxFileSize, cwd, keepElements } = message.options;
  if (
    typeof strict !== "boolean" ||
    typeof maxFileSize !== "number" ||
    typeof cwd !== "string" ||
    typeof keepElements !== "boolean"
  )
    return undefined;
  return { id: message.id, batch, options: { strict, maxFileSize, cwd, keepElements } };
}

/**
 * In a worker started by WorkerHelper, answer batches until the main thread terminates it, and return true;
 * anywhere else return false. The CLI's entry calls this first, so one bundle serves both roles.
 */
export function serveValidationWorker(): boolean {
  if (isMainThread || !isPlainObject(workerData) || workerData.role !== ROLE || !parentPort) return false;
  const port = parentPort;
  port.on("message", (message: unknown) => {
    const request = parseRequest(message);
    // An answer without outcomes makes the main thread check that batch itself.
    if (!request) port.postMessage({ id: isPlainObject(message) ? message.id : undefined, outcomes: [] });
    else port.postMessage({ id: request.id, outcomes: checkListedFiles(request.batch, request.options) });
  });
  return true;
}
