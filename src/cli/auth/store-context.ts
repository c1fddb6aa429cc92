import { homedir } from "node:os";
import { join } from "node:path";
import { configDirectory } from "../../core/auth/config-directory.js";
import type { StoreKind } from "../../core/auth/store-kind.js";
import { tokenFileName } from "../../core/auth/token-file-names.js";
import type { Env } from "../../core/common/env.js";
import { UsageError } from "../io.js";
import { KeyringError, type KeyringLoader, loadNativeKeyring } from "./keyring.js";

/** What token storage depends on besides the environment; tests pass a temporary home and a fake keyring. */
export interface StoreDeps {
  platform: string;
  home: string;
  keyring: KeyringLoader;
  keyringTimeoutMs: number;
}

export const KEYRING_TIMEOUT_MS = 3_000;

export function defaultStoreDeps(): StoreDeps {
  return {
    platform: process.platform,
    home: homedir(),
    keyring: loadNativeKeyring,
    keyringTimeoutMs: KEYRING_TIMEOUT_MS,
  };
}

export interface StoreContext extends StoreDeps {
  env: Env;
  /** <config>/nexs-publish: the token files and keyring markers, one per host and store. */
  directory: string;
}

export function storeContext(env: Env, deps: StoreDeps): StoreContext {
  const directory = configDirectory({ env, platform: deps.platform, home: deps.home });
  if (!directory)
    throw new UsageError(
      "no configuration directory for the token: set XDG_CONFIG_HOME (APPDATA on Windows) to an absolute path",
    );
  // NEXS_KEYRING=off: where the keyring misbehaves (or must not be touched, as in tests), skip it, said as its reason.
  const keyring = env["NEXS_KEYRING"] === "off" ? keyringTurnedOff : deps.keyring;
  return { ...deps, keyring, env, directory };
}

const keyringTurnedOff: KeyringLoader = () => Promise.reject(new KeyringError("it is turned off by NEXS_KEYRING=off"));

export function tokenPath(context: StoreContext, host: string, kind: StoreKind): string {
  return join(context.directory, tokenFileName(host, kind));
}

/** NEXS_TOKEN_PASSPHRASE; an empty value counts as unset. */
export function passphraseOf(env: Env): string | undefined {
  return env["NEXS_TOKEN_PASSPHRASE"] || undefined;
}
