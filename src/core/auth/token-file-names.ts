import type { StoreKind } from "./store-kind.js";

/** One file per host and store, so a host's token is removed without opening (or decrypting) anyone else's. */
const SUFFIX: Record<StoreKind, string> = {
  keyring: ".keyring.json",
  "encrypted-file": ".token.sealed",
  "plain-file": ".token.json",
};

/**
 * A host as a file name on every platform: letters, digits, dots and hyphens stay, any other character (the `:`
 * of a port, IPv6 brackets) becomes its UTF-8 bytes as %XX, so two hosts never share a name; a leading dot is
 * escaped too, so the file is never hidden.
 */
export function hostFileStem(host: string): string {
  if (host.length === 0) throw new Error("a token file needs a host name");
  const stem = [...host.toLowerCase()]
    .map((c) => (/[a-z0-9.-]/.test(c) ? c : [...Buffer.from(c, "utf8")].map(percent).join("")))
    .join("");
  return stem.startsWith(".") ? `%2E${stem.slice(1)}` : stem;
}

function percent(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

export function tokenFileName(host: string, kind: StoreKind): string {
  return `${hostFileStem(host)}${SUFFIX[kind]}`;
}
