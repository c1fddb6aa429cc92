/**
 * The OS keyring as nexs-publish uses it: one secret per (service, account). The native module is loaded at
 * run time, never bundled (ncc would copy only this machine's binary; it is an optional dependency), and every
 * call is bounded by a timeout, since a keyring daemon that never answers must not hang the CLI.
 */
export const KEYRING_SERVICE = "nexs-publish";

/** What nexs-publish needs of a keyring: @napi-rs/keyring's AsyncEntry at run time, fakes in tests. */
export interface KeyringBackend {
  get(service: string, account: string, signal: AbortSignal): Promise<string | null>;
  set(service: string, account: string, secret: string, signal: AbortSignal): Promise<void>;
  delete(service: string, account: string, signal: AbortSignal): Promise<boolean>;
}

/** Loads the backend, or rejects when there is none (module missing, no binary for this platform). */
export type KeyringLoader = () => Promise<KeyringBackend>;

let native: Promise<KeyringBackend> | undefined;

/** The real keyring, loaded once per process. */
export const loadNativeKeyring: KeyringLoader = () => {
  native ??= importNative();
  return native;
};

async function importNative(): Promise<KeyringBackend> {
  const { AsyncEntry } = await import(/* webpackIgnore: true */ "@napi-rs/keyring");
  if (typeof AsyncEntry !== "function") throw new Error("@napi-rs/keyring has no AsyncEntry");
  // async arrows: the constructor throws synchronously on some platforms (no D-Bus session); make it a rejection.
  return {
    get: async (service, account, signal) => new AsyncEntry(service, account).getPassword(signal),
    set: async (service, account, secret, signal) => new AsyncEntry(service, account).setPassword(secret, signal),
    delete: async (service, account, signal) => new AsyncEntry(service, account).deletePassword(signal),
  };
}

export class KeyringError extends Error {
  override readonly name = "KeyringError";
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

let leftRunning = 0;

/**
 * Keyring calls that timed out and may still hold a native thread: the entry point exits explicitly when there
 * are any, since such a thread keeps Node's event loop alive after the command has finished.
 */
export function keyringCallsLeftRunning(): number {
  return leftRunning;
}

/** A backend whose every call ends within `timeoutMs`, failures as KeyringError with a readable reason. */
export class BoundedKeyring {
  constructor(
    private readonly backend: KeyringBackend,
    private readonly timeoutMs: number,
  ) {}

  get(account: string): Promise<string | null> {
    return this.bounded("read", (signal) => this.backend.get(KEYRING_SERVICE, account, signal));
  }

  set(account: string, secret: string): Promise<void> {
    return this.bounded("write", (signal) => this.backend.set(KEYRING_SERVICE, account, secret, signal));
  }

  delete(account: string): Promise<boolean> {
    return this.bounded("delete", (signal) => this.backend.delete(KEYRING_SERVICE, account, signal));
  }

  private async bounded<T>(what: string, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        leftRunning += 1;
        controller.abort();
        reject(new KeyringError(`a keyring ${what} did not finish within ${this.timeoutMs} ms`, true));
      }, this.timeoutMs);
    });
    const running = Promise.resolve().then(() => call(controller.signal));
    // A call abandoned after its timeout may still fail later: that is not an unhandled rejection.
    running.catch(() => undefined);
    try {
      return await Promise.race([running, timeout]);
    } catch (error) {
      if (error instanceof KeyringError) throw error;
      throw new KeyringError(`a keyring ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
