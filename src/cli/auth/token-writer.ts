import { dirname } from "node:path";
import { sealToken, unsealToken } from "../../core/auth/sealed-token.js";
import { chooseStorage } from "../../core/auth/storage-choice.js";
import type { StoreKind } from "../../core/auth/store-kind.js";
import { TokenFileError } from "../../core/auth/token-file-error.js";
import { serializeKeyringMarker, serializeToken } from "../../core/auth/token-file-format.js";
import { UsageError } from "../io.js";
import { type BoundedKeyring, KEYRING_SERVICE } from "./keyring.js";
import { probeKeyring } from "./keyring-probe.js";
import { ensurePrivateDirectory, exists, readIfExists, removeIfExists, writePrivateFile } from "./private-files.js";
import { passphraseOf, type StoreContext, tokenPath } from "./store-context.js";
import { existingLocations, type TokenLocation } from "./token-location.js";

/** Where login will put the token, decided before the browser step so a refusal costs the user nothing. */
export interface StoragePlan {
  host: string;
  kind: StoreKind;
  /** Other stores holding an older token for the host, emptied once the new one is safe. */
  replaces: TokenLocation[];
  /** What the user is told about the choice (the keyring's failure, the plain-file warning). */
  notes: string[];
  keyring: BoundedKeyring | undefined;
  passphrase: string | undefined;
}

export async function planStorage(
  context: StoreContext,
  host: string,
  options: { insecureStorage: boolean },
): Promise<StoragePlan> {
  const existing = await existingLocations(context, host);
  const probe = await probeKeyring(context.keyring, context.keyringTimeoutMs);
  const passphrase = passphraseOf(context.env);
  const decision = chooseStorage({
    keyring: probe.usable ? { usable: true } : { usable: false, reason: probe.reason },
    passphrase,
    insecureStorage: options.insecureStorage,
    existing: existing.map((location) => location.kind),
  });
  if (!decision.ok) throw new UsageError(decision.reason);
  const sealed = existing.find((location) => location.kind === "encrypted-file");
  // Replacing a sealed token needs its passphrase: a typo would otherwise seal the new token under it, silently.
  if (decision.kind === "encrypted-file" && sealed && passphrase) await requireOpens(sealed, host, passphrase);
  return {
    host,
    kind: decision.kind,
    replaces: existing.filter((location) => decision.replaces.includes(location.kind)),
    notes: decision.notes,
    keyring: probe.usable ? probe.keyring : undefined,
    passphrase,
  };
}

async function requireOpens(location: TokenLocation, host: string, passphrase: string): Promise<void> {
  try {
    await unsealToken((await readIfExists(location.path)) ?? "", host, passphrase);
  } catch (error) {
    if (!(error instanceof TokenFileError)) throw error;
    const remedy =
      error.reason === "wrong-passphrase"
        ? "set the passphrase it was sealed with, or run `nexs-publish logout` first"
        : "run `nexs-publish logout` first";
    throw new UsageError(`the existing token file ${location.path} ${error.message}: ${remedy}`);
  }
}

/** Stores the token as planned, then empties the stores it replaces; returns where it now lives. */
export async function saveToken(context: StoreContext, plan: StoragePlan, token: string): Promise<TokenLocation> {
  await ensurePrivateDirectory(context.directory);
  const location = { kind: plan.kind, path: tokenPath(context, plan.host, plan.kind) };
  if (plan.kind === "keyring") await saveInKeyring(plan, location.path, token);
  else if (plan.kind === "encrypted-file")
    await writePrivateFile(location.path, await sealToken(plan.host, token, plan.passphrase ?? ""));
  else await writePrivateFile(location.path, serializeToken(plan.host, token));
  for (const old of plan.replaces) await removeIfExists(old.path, context.directory);
  return location;
}

async function saveInKeyring(plan: StoragePlan, markerPath: string, token: string): Promise<void> {
  const keyring = plan.keyring;
  if (!keyring) throw new Error("the storage plan has no keyring");
  const replacing = await exists(markerPath);
  // The marker first: should the process die after the keyring write, logout still knows what to remove.
  const marker = serializeKeyringMarker(plan.host, { service: KEYRING_SERVICE, account: plan.host });
  await writePrivateFile(markerPath, marker);
  try {
    await keyring.set(plan.host, token);
    if ((await keyring.get(plan.host)) !== token) throw new Error("the token read back from it differs");
  } catch (error) {
    // A first login leaves nothing behind; a repeated one keeps the marker of the entry that may still be there.
    if (!replacing) {
      await keyring.delete(plan.host).catch(() => undefined);
      await removeIfExists(markerPath, dirname(markerPath)).catch(() => undefined);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`the OS keyring did not keep the new token (${reason}); it was not stored`);
  }
}
