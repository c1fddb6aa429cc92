import { type StoreKind, storeStrength } from "./store-kind.js";

/** What `login` found out before choosing where the token goes; every fact is gathered by the adapter. */
export interface StorageFacts {
  keyring: { usable: true } | { usable: false; reason: string };
  /** NEXS_TOKEN_PASSPHRASE, undefined when unset or empty. */
  passphrase: string | undefined;
  insecureStorage: boolean;
  /** The stores that already hold a token for this host. */
  existing: readonly StoreKind[];
}

export type StorageDecision =
  | { ok: true; kind: StoreKind; replaces: StoreKind[]; notes: string[] }
  | { ok: false; reason: string };

/** Shorter passphrases are refused when sealing: scrypt slows guessing down, it cannot make 6 letters safe. */
export const MIN_PASSPHRASE_LENGTH = 12;

export const PLAIN_FILE_WARNING =
  "WARNING: the token is stored in a PLAIN, UNENCRYPTED file: anyone who can read it can act as you on GitHub. " +
  "Set NEXS_TOKEN_PASSPHRASE and log in again to encrypt it.";

/**
 * The strongest store available (OS keyring, then a passphrase-sealed file, then a plain file only when asked
 * for). Never a silent downgrade: when this host's token already sits in a stronger store than the ones usable
 * now, login refuses and says how to go on, instead of writing a weaker copy.
 */
export function chooseStorage(facts: StorageFacts): StorageDecision {
  const notes: string[] = [];
  if (!facts.keyring.usable) notes.push(`The OS keyring is not usable here: ${facts.keyring.reason}.`);
  const kind = availableKind(facts);
  if (typeof kind !== "string") return kind;
  const stronger = facts.existing.find((existing) => storeStrength(existing) > storeStrength(kind));
  if (stronger) return { ok: false, reason: refusalFor(stronger, facts) };
  if (kind === "plain-file") notes.push(PLAIN_FILE_WARNING);
  return { ok: true, kind, replaces: facts.existing.filter((existing) => existing !== kind), notes };
}

function availableKind(facts: StorageFacts): StoreKind | { ok: false; reason: string } {
  if (facts.keyring.usable) return "keyring";
  const passphrase = facts.passphrase;
  if (passphrase !== undefined) {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      return {
        ok: false,
        reason: `NEXS_TOKEN_PASSPHRASE is too short (${passphrase.length} characters): use ${MIN_PASSPHRASE_LENGTH} or more`,
      };
    return "encrypted-file";
  }
  if (facts.insecureStorage) return "plain-file";
  return {
    ok: false,
    reason:
      `nowhere safe to store the token: the OS keyring is not usable (${keyringReason(facts)}). ` +
      "Set NEXS_TOKEN_PASSPHRASE to keep it in an encrypted file, or pass --insecure-storage to keep it in a " +
      "plain file (not recommended)",
  };
}

function refusalFor(stronger: StoreKind, facts: StorageFacts): string {
  if (stronger === "keyring")
    return (
      `the token for this host is in the OS keyring, which is not usable now (${keyringReason(facts)}); ` +
      "it is not moved to a weaker store: fix the keyring, or run `nexs-publish logout` first"
    );
  return (
    "an encrypted token file exists for this host but NEXS_TOKEN_PASSPHRASE is not set; it is not replaced by a " +
    "plain file: set the passphrase, or run `nexs-publish logout` first"
  );
}

function keyringReason(facts: StorageFacts): string {
  return facts.keyring.usable ? "usable" : facts.keyring.reason;
}
