import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { errnoCode } from "../common/errno-code.js";
import { writeFileAtomic } from "../repository/atomic-file-write.js";
import { type LockEnvironment, withFileLock } from "./file-store-lock.js";
import type { StateStore, StoredText, WriteOutcome } from "./state-store.js";

export interface FileStoreOptions {
  /** Longest wait for another process's lock before giving up with a clear error. */
  lockTimeoutMs?: number;
}

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_SEGMENTS = 8;

export class InvalidStateKeyError extends Error {
  override readonly name = "InvalidStateKeyError";
}

/**
 * The state-store port on a local directory (CLI, local runs): one file per key (`sources/o/r.json` is a path
 * under the directory), version = SHA-256 of the file's bytes, writes atomic (temporary file, fsync, rename,
 * directory fsync) and made under an exclusive lock file so two processes cannot lose an update. Reads take
 * no lock: rename makes every read see a whole old or a whole new file.
 */
export class FileStateStore implements StateStore {
  private readonly lockTimeoutMs: number;
  /** Same-process writers queue here instead of polling the lock file. */
  private readonly inProcess = new Map<string, Promise<unknown>>();

  constructor(
    readonly directory: string,
    /** Clock, waits and jitter of the lock (Date.now, a timer and Math.random in production). */
    private readonly environment: LockEnvironment,
    options: FileStoreOptions = {},
  ) {
    this.lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  }

  async read(key: string): Promise<StoredText | undefined> {
    const bytes = await readIfExists(this.pathOf(key));
    return bytes && { text: bytes.toString("utf8"), version: versionOf(bytes) };
  }

  async write(key: string, text: string, expected: string | null, _message: string): Promise<WriteOutcome> {
    const path = this.pathOf(key);
    const previous = this.inProcess.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.writeLocked(path, text, expected));
    this.inProcess.set(path, next);
    void next
      .finally(() => {
        if (this.inProcess.get(path) === next) this.inProcess.delete(path);
      })
      .catch(() => undefined);
    return await next;
  }

  private async writeLocked(path: string, text: string, expected: string | null): Promise<WriteOutcome> {
    const directory = dirname(path);
    await mkdir(directory, { recursive: true });
    const lockPath = join(directory, `.${basename(path)}.lock`);
    return withFileLock(lockPath, { timeoutMs: this.lockTimeoutMs }, this.environment, async () => {
      const current = await readIfExists(path);
      if ((current ? versionOf(current) : null) !== expected) return { ok: false, reason: "conflict" } as const;
      const bytes = Buffer.from(text, "utf8");
      await writeFileAtomic(path, bytes);
      return { ok: true, version: versionOf(bytes) } as const;
    });
  }

  /** Keys are relative paths of plain segments: no `..`, no hidden files, nothing that escapes the directory. */
  private pathOf(key: string): string {
    const segments = key.split("/");
    if (segments.length > MAX_SEGMENTS || !segments.every((s) => SEGMENT.test(s))) {
      throw new InvalidStateKeyError(
        `state key "${key}" is not usable as a file path: use up to ${MAX_SEGMENTS} "/"-separated names of letters, digits, ".", "_" and "-", not starting with "."`,
      );
    }
    return join(this.directory, ...segments);
  }
}

function versionOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw error;
  }
}
