import { TokenFileError } from "../../core/auth/token-file-error.js";
import { parseKeyringMarker } from "../../core/auth/token-file-format.js";
import { BoundedKeyring, KeyringError } from "./keyring.js";
import { readIfExists, removeIfExists } from "./private-files.js";
import type { StoreContext } from "./store-context.js";
import { existingLocations, type TokenLocation } from "./token-location.js";

export interface Removal {
  removed: TokenLocation[];
  /** Stores that still hold the token, with the reason; their files are kept so a retry finds them. */
  failed: { location: TokenLocation; reason: string }[];
}

/** Removes the host's token from every store that holds one. Needs no passphrase: a sealed file is just deleted. */
export async function removeToken(context: StoreContext, host: string): Promise<Removal> {
  const removal: Removal = { removed: [], failed: [] };
  for (const location of await existingLocations(context, host)) {
    if (location.kind === "keyring") {
      const reason = await deleteKeyringEntry(context, host, location);
      if (reason) {
        removal.failed.push({ location, reason });
        continue;
      }
    }
    if (await removeIfExists(location.path, context.directory)) removal.removed.push(location);
  }
  return removal;
}

/** Undefined when the entry is gone; else why it could not be deleted. */
async function deleteKeyringEntry(
  context: StoreContext,
  host: string,
  marker: TokenLocation,
): Promise<string | undefined> {
  let account = host;
  try {
    account = parseKeyringMarker((await readIfExists(marker.path)) ?? "", host).account;
  } catch (error) {
    // A damaged marker still names this host's entry: its file name is the host.
    if (!(error instanceof TokenFileError)) throw error;
  }
  try {
    await new BoundedKeyring(await context.keyring(), context.keyringTimeoutMs).delete(account);
    return undefined;
  } catch (error) {
    return error instanceof KeyringError ? error.message : `no keyring module (${String(error)})`;
  }
}
