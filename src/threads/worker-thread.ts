// A worker thread that runs a bundle in a role and answers questions by id: the plumbing the validation workers
// (which check batches) and the reader (which reads batches ahead) share. This module is bundled into the CLI's and
// the Action's entries, so by default `import.meta.url` is the entry and the thread starts that whole bundle, which
// sees its role (serveRole) and serves instead of running a command; the reader starts a smaller bundle of its own.
// An answer is parsed before it is trusted; a thread that fails or stops fails every question still open and
// every later one.
import { isMainThread, parentPort, type Transferable, Worker, workerData } from "node:worker_threads";
import { isPlainObject } from "../core/common/plain-object.js";

interface Pending {
  settle(answer: unknown): void;
  reject(error: Error): void;
}

export class WorkerThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #failure: Error | undefined;

  /** `name` is how errors speak of the thread ("the validation worker"); `bundle` what it runs (this one by default). */
  constructor(
    role: string,
    private readonly name: string,
    bundle: string | URL = new URL(import.meta.url),
  ) {
    this.#worker = new Worker(bundle, { workerData: { role } });
    this.#worker.on("message", (message: unknown) => this.#answer(message));
    this.#worker.on("error", (error) => this.#fail(error));
    this.#worker.on("exit", (code) => this.#fail(new Error(`${this.name} stopped (exit code ${code})`)));
  }

  /** The answer to `question`, as `parse` reads it; rejected when the thread fails or `parse` refuses it. */
  ask<T>(question: unknown, parse: (answer: unknown) => T | undefined): Promise<T> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const settle = (answer: unknown): void => {
        const parsed = parse(answer);
        if (parsed === undefined) reject(new Error(`${this.name} sent an answer that is not one to its question`));
        else resolve(parsed);
      };
      this.#pending.set(id, { settle, reject });
      this.#worker.postMessage({ id, question });
    });
  }

  close(): void {
    this.#failure ??= new Error(`${this.name} was closed`);
    void this.#worker.terminate();
  }

  #answer(message: unknown): void {
    const id = isPlainObject(message) && typeof message.id === "number" ? message.id : undefined;
    const waiting = id === undefined ? undefined : this.#pending.get(id);
    if (id === undefined || !waiting || !isPlainObject(message)) {
      this.#fail(new Error(`${this.name} answered a question it was not asked`));
      return;
    }
    this.#pending.delete(id);
    waiting.settle(message.answer);
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#pending.values()) waiting.reject(error);
    this.#pending.clear();
  }
}

/** What a role answers to one question, with the buffers to move (not copy) to the asking thread. */
export interface Answer {
  answer: unknown;
  transfer?: Transferable[];
}

/**
 * In a worker started by WorkerThread with one of these roles, answer its questions until the main thread
 * terminates it, and return true; anywhere else return false. The CLI's and the Action's entries call this first.
 */
export function serveRole(roles: Readonly<Record<string, (question: unknown) => Answer>>): boolean {
  const role = !isMainThread && isPlainObject(workerData) ? workerData.role : undefined;
  const serve = typeof role === "string" && Object.hasOwn(roles, role) ? roles[role] : undefined;
  if (!serve || !parentPort) return false;
  const port = parentPort;
  port.on("message", (message: unknown) => {
    if (!isPlainObject(message)) return;
    const { answer, transfer } = serve(message.question);
    port.postMessage({ id: message.id, answer }, transfer ?? []);
  });
  return true;
}
