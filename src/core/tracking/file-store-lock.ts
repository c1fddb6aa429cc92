// The file store's cross-process lock. It probes process ids (a lock must notice a dead holder); the clock,
// waiting and jitter come from the caller, as everywhere in the core.
import { randomBytes } from "node:crypto";
import { type FileHandle, open, readFile, stat, unlink } from "node:fs/promises";
import { errnoCode } from "../common/errno-code.js";
import type { RetryEnvironment } from "./update-with-retry.js";

export interface LockOptions {
  /** Give up after this long; the error names the holder. */
  timeoutMs: number;
}

export interface LockEnvironment extends RetryEnvironment {
  /** Wall-clock milliseconds since the epoch: lock files' modification times are compared with it. */
  now(): number;
}

/** A lock file whose content never became readable is taken over only after this long (its creator died mid-write). */
const UNREADABLE_LOCK_STALE_MS = 5_000;
const MAX_POLL_MS = 16;
const MAX_TAKEOVER_DEPTH = 2;

export class StateLockTimeoutError extends Error {
  override readonly name = "StateLockTimeoutError";
  constructor(
    readonly lockPath: string,
    readonly timeoutMs: number,
    holder: string,
  ) {
    super(
      `could not lock ${lockPath} within ${timeoutMs} ms: it is held by ${holder}. ` +
        "If no nexs-publish process is running, delete the lock file and run again.",
    );
  }
}

interface Holder {
  pid: number;
  token: string;
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const pid = "pid" in value ? value.pid : undefined;
    const token = "token" in value ? value.token : undefined;
    if (
      typeof pid === "number" &&
      Number.isSafeInteger(pid) &&
      pid > 0 &&
      typeof token === "string" &&
      /^[0-9a-f]{16,64}$/.test(token)
    ) {
      return { pid, token };
    }
  } catch {
    // Empty or torn content: judged by age below.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(error) === "EPERM";
  }
}

/** Creates the file only if absent (O_EXCL) and fills it; false when someone else holds it. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, "wx");
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  return true;
}

/** Identity of one lock file instance: its token, or its inode while its content is unreadable. */
async function identify(path: string): Promise<{ id: string; holder?: Holder; mtimeMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    const holder = parseHolder(text);
    return holder
      ? { id: holder.token, holder, mtimeMs: info.mtimeMs }
      : { id: `ino${info.ino}`, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Removes a lock whose holder is dead. Safe against racing takers: removing the lock instance `id` first needs
 * the exclusive marker file `<lock>.takeover-<id>`, and only the marker's holder ever deletes that instance, so
 * no one can delete a fresh lock that replaced it. Returns true when the lock is gone.
 */
async function takeOverIfStale(lockPath: string, self: string, depth: number, now: number): Promise<boolean> {
  const found = await identify(lockPath);
  if (!found) return true;
  const stale = found.holder ? !isAlive(found.holder.pid) : now - found.mtimeMs > UNREADABLE_LOCK_STALE_MS;
  if (!stale) return false;
  const marker = `${lockPath}.takeover-${found.id}`;
  if (!(await createExclusive(marker, self))) {
    // Another process is taking over; if it died doing so, clear its marker the same way.
    if (depth < MAX_TAKEOVER_DEPTH) await takeOverIfStale(marker, self, depth + 1, now);
    return false;
  }
  try {
    const again = await identify(lockPath);
    if (again?.id === found.id) await unlink(lockPath);
  } finally {
    await unlink(marker).catch(() => undefined);
  }
  return true;
}

/** Runs `work` while holding an exclusive lock file; waits (bounded) for a live holder, takes over a dead one. */
export async function withFileLock<T>(
  lockPath: string,
  options: LockOptions,
  env: LockEnvironment,
  work: () => Promise<T>,
): Promise<T> {
  // The token tells this lock instance from a later one; it must differ between processes whatever env.random does.
  const token = randomBytes(16).toString("hex");
  const self = JSON.stringify({ pid: process.pid, token });
  const deadline = env.now() + options.timeoutMs;
  for (let poll = 1; !(await createExclusive(lockPath, self)); poll = Math.min(poll * 2, MAX_POLL_MS)) {
    if (await takeOverIfStale(lockPath, self, 0, env.now())) continue;
    if (env.now() >= deadline) {
      const holder = await identify(lockPath).catch(() => undefined);
      throw new StateLockTimeoutError(
        lockPath,
        options.timeoutMs,
        holder?.holder ? `process ${holder.holder.pid}` : "an unknown process",
      );
    }
    // Jitter keeps waiters from polling in lockstep, which can starve one of them behind the others.
    await env.sleep(poll + Math.floor(env.random() * (poll + 1)));
  }
  try {
    return await work();
  } finally {
    const still = await identify(lockPath).catch(() => undefined);
    if (still?.id === token) await unlink(lockPath).catch(() => undefined);
  }
}
