import { unsealToken } from "../../core/auth/sealed-token.js";
import { TokenFileError } from "../../core/auth/token-file-error.js";
import { isPlausibleToken, parseKeyringMarker, parseToken } from "../../core/auth/token-file-format.js";
import type { Env } from "../../core/common/env.js";
import { UsageError } from "../io.js";
import { BoundedKeyring, KEYRING_SERVICE, KeyringError } from "./keyring.js";
import { readIfExists } from "./private-files.js";
import type { ResolvedToken, StoredTokenReader } from "./resolve-token.js";
import { defaultStoreDeps, passphraseOf, type StoreContext, type StoreDeps, storeContext } from "./store-context.js";
import { locateToken, type TokenLocation } from "./token-location.js";

/**
 * The token `nexs-publish login` stored for a host, read from the one store login chose; never a guess among
 * stores and never a silent fallback: a store that cannot give the token back is an error that says why.
 */
export async function readToken(context: StoreContext, host: string): Promise<ResolvedToken | undefined> {
  const location = await locateToken(context, host);
  if (!location) return undefined;
  const text = await readIfExists(location.path);
  if (text === undefined) return undefined;
  try {
    return { token: await tokenFrom(context, host, location, text), source: location.kind };
  } catch (error) {
    if (error instanceof TokenFileError) throw explainFileError(location, error);
    throw error;
  }
}

async function tokenFrom(context: StoreContext, host: string, location: TokenLocation, text: string) {
  if (location.kind === "plain-file") return parseToken(text, host);
  if (location.kind === "encrypted-file") {
    const passphrase = passphraseOf(context.env);
    if (!passphrase)
      throw new UsageError(
        `the token for ${host} is in the encrypted file ${location.path}: set NEXS_TOKEN_PASSPHRASE to its passphrase`,
      );
    return unsealToken(text, host, passphrase);
  }
  const marker = parseKeyringMarker(text, host);
  if (marker.service !== KEYRING_SERVICE) throw new TokenFileError("malformed", "unknown keyring service");
  return readFromKeyring(context, host, marker.account);
}

async function readFromKeyring(context: StoreContext, host: string, account: string): Promise<string> {
  let secret: string | null;
  try {
    secret = await new BoundedKeyring(await context.keyring(), context.keyringTimeoutMs).get(account);
  } catch (error) {
    const reason = error instanceof KeyringError ? error.message : `no keyring module (${String(error)})`;
    throw new UsageError(
      `the token for ${host} is in the OS keyring, which cannot be read now: ${reason}; ` +
        "fix the keyring, or run `nexs-publish logout` and log in again",
    );
  }
  if (secret === null)
    throw new UsageError(
      `the OS keyring no longer holds the token for ${host} (removed, or a kernel keyring cleared at reboot): ` +
        "run `nexs-publish login`",
    );
  if (!isPlausibleToken(secret))
    throw new UsageError(`the OS keyring holds something that is not a token for ${host}: run \`nexs-publish login\``);
  return secret;
}

function explainFileError(location: TokenLocation, error: TokenFileError): UsageError {
  const remedy =
    error.reason === "wrong-passphrase"
      ? "set the passphrase it was sealed with, or run `nexs-publish logout` and log in again"
      : "run `nexs-publish logout`, then `nexs-publish login`";
  return new UsageError(`${location.path} ${error.message}: ${remedy}`);
}

/** A StoredTokenReader for `resolveToken`, reading the given environment (XDG_CONFIG_HOME, the passphrase). */
export function storedTokenReader(env: Env, deps: StoreDeps = defaultStoreDeps()): StoredTokenReader {
  return (host) => readToken(storeContext(env, deps), host);
}
