// Token storage under test: a temporary XDG_CONFIG_HOME and a fake keyring (never the machine's real one).
import { join } from "node:path";
import type { KeyringBackend, KeyringLoader } from "../../../src/cli/auth/keyring.js";
import { type StoreContext, type StoreDeps, storeContext } from "../../../src/cli/auth/store-context.js";
import { tempDir } from "../../support/tmp-dir.js";

/** A keyring that keeps what it is given, in memory; `entries` is keyed "service/account". */
export interface MemoryKeyring extends KeyringBackend {
  entries: Map<string, string>;
  calls: string[];
}

export function memoryKeyring(): MemoryKeyring {
  const entries = new Map<string, string>();
  const calls: string[] = [];
  return {
    entries,
    calls,
    get: async (service, account) => {
      calls.push(`get ${account}`);
      return entries.get(`${service}/${account}`) ?? null;
    },
    set: async (service, account, secret) => {
      calls.push(`set ${account}`);
      entries.set(`${service}/${account}`, secret);
    },
    delete: async (service, account) => {
      calls.push(`delete ${account}`);
      return entries.delete(`${service}/${account}`);
    },
  };
}

/** Every call fails, as @napi-rs/keyring does without a secret service ("AccessDenied"). */
export function throwingKeyring(): KeyringBackend {
  const fail = async (): Promise<never> => {
    throw new Error("Platform secure storage failure: AccessDenied");
  };
  return { get: fail, set: fail, delete: fail };
}

/** Every call hangs forever, signal or not: a keyring daemon that never answers. */
export function hangingKeyring(): KeyringBackend {
  const never = () => new Promise<never>(() => {});
  return { get: never, set: never, delete: never };
}

/** Writes are accepted, but a read gives back something else (a keyring that mangles or loses secrets). */
export function garblingKeyring(): KeyringBackend {
  return { get: async () => "ghu_somethingElseEntirely", set: async () => {}, delete: async () => true };
}

export const loaderOf =
  (backend: KeyringBackend): KeyringLoader =>
  () =>
    Promise.resolve(backend);

export const noKeyringModule: KeyringLoader = () => Promise.reject(new Error("Cannot find module '@napi-rs/keyring'"));

/** Generous for a keyring that answers (a busy machine is not a broken keyring); small where it must fire. */
export const ANSWERING_TIMEOUT_MS = 30_000;
export const HANGING_TIMEOUT_MS = 50;

export interface ConfigHome {
  /** XDG_CONFIG_HOME */
  root: string;
  /** <root>/nexs-publish */
  directory: string;
  env: Record<string, string>;
  deps(keyring: KeyringLoader, timeoutMs?: number): StoreDeps;
  context(keyring: KeyringLoader, extraEnv?: Record<string, string>, timeoutMs?: number): StoreContext;
}

/** A fresh config home, removed when the test ends. */
export function configHome(): ConfigHome {
  const root = join(tempDir("nexs-auth-"), "config");
  const env = { XDG_CONFIG_HOME: root };
  const deps = (keyring: KeyringLoader, timeoutMs = ANSWERING_TIMEOUT_MS): StoreDeps => ({
    platform: "linux",
    home: "/nonexistent-home",
    keyring,
    keyringTimeoutMs: timeoutMs,
  });
  return {
    root,
    directory: join(root, "nexs-publish"),
    env,
    deps,
    context: (keyring, extraEnv = {}, timeoutMs) => storeContext({ ...env, ...extraEnv }, deps(keyring, timeoutMs)),
  };
}

export const HOST = "api.github.com";
export const TOKEN = "ghu_storedTokenForTheTests0123456789";
export const PASSPHRASE = "correct horse battery staple";
