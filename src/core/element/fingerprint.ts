// A fingerprint of a file's bytes, to tell whether a second read found what the first one did. SHA-256 through
// Node's one-shot crypto.hash where it exists (Node ≥ 20.12, about twice as fast on small files), else createHash.
import * as crypto from "node:crypto";

export function fingerprint(bytes: Uint8Array): string {
  // The namespace import keeps older Node, where `hash` is missing, loading this module.
  return typeof crypto.hash === "function"
    ? crypto.hash("sha256", bytes, "base64")
    : crypto.createHash("sha256").update(bytes).digest("base64");
}
