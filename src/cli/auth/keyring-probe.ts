import { randomBytes } from "node:crypto";
import { printable } from "../../core/auth/printable.js";
import { BoundedKeyring, KeyringError, type KeyringLoader } from "./keyring.js";

export type KeyringProbe = { usable: true; keyring: BoundedKeyring } | { usable: false; reason: string };

/**
 * Whether the keyring really keeps secrets here: write a random test entry, read it back, delete it. A keyring
 * can refuse a write yet keep it, or answer "nothing" without an error (headless Linux), so neither an error-free
 * write nor an empty read proves anything; only the read-back does.
 */
export async function probeKeyring(load: KeyringLoader, timeoutMs: number): Promise<KeyringProbe> {
  let keyring: BoundedKeyring;
  try {
    keyring = new BoundedKeyring(await load(), timeoutMs);
  } catch (error) {
    if (error instanceof KeyringError) return { usable: false, reason: describe(error) };
    return { usable: false, reason: `no keyring module could be loaded (${describe(error)})` };
  }
  const account = `probe-${randomBytes(6).toString("hex")}`;
  const secret = randomBytes(16).toString("hex");
  let timedOut = false;
  try {
    await keyring.set(account, secret);
    const back = await keyring.get(account);
    if (back === secret) return { usable: true, keyring };
    return { usable: false, reason: back === null ? "a test entry was not kept" : "a test entry read back different" };
  } catch (error) {
    timedOut = error instanceof KeyringError && error.timedOut;
    return { usable: false, reason: describe(error) };
  } finally {
    // A failed write may still have landed; a keyring that hangs is not asked again.
    if (!timedOut) await keyring.delete(account).catch(() => undefined);
  }
}

function describe(error: unknown): string {
  return printable(error instanceof Error ? error.message : String(error), 200);
}
