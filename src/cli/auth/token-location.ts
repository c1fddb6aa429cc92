import { STORE_KINDS, type StoreKind } from "../../core/auth/store-kind.js";
import { UsageError } from "../io.js";
import { KEYRING_SERVICE } from "./keyring.js";
import { exists } from "./private-files.js";
import { type StoreContext, tokenPath } from "./store-context.js";

/** Where a host's token is: the store, and its file (for the keyring, the marker that records the entry). */
export interface TokenLocation {
  kind: StoreKind;
  path: string;
}

/** Every store holding something for the host; normally one at most. */
export async function existingLocations(context: StoreContext, host: string): Promise<TokenLocation[]> {
  const found: TokenLocation[] = [];
  for (const kind of STORE_KINDS) {
    const path = tokenPath(context, host, kind);
    if (await exists(path)) found.push({ kind, path });
  }
  return found;
}

/** The one place the host's token is; two places (an interrupted login) is an error, not a guess. */
export async function locateToken(context: StoreContext, host: string): Promise<TokenLocation | undefined> {
  const found = await existingLocations(context, host);
  if (found.length > 1)
    throw new UsageError(
      `two tokens are stored for ${host} (${found.map(describeLocation).join("; ")}): ` +
        "run `nexs-publish logout`, then `nexs-publish login`",
    );
  return found[0];
}

/** For whoami, login and errors: where the token lives, and that a plain file is not encrypted. */
export function describeLocation(location: TokenLocation): string {
  switch (location.kind) {
    case "keyring":
      return `the OS keyring (service "${KEYRING_SERVICE}"; recorded in ${location.path})`;
    case "encrypted-file":
      return `the encrypted file ${location.path} (AES-256-GCM, key from NEXS_TOKEN_PASSPHRASE)`;
    case "plain-file":
      return `the PLAIN, UNENCRYPTED file ${location.path}`;
  }
}
