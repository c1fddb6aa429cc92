/**
 * Why an envelope could not be opened. One error class for every cause, so callers handle a single case and
 * never see a raw Node error or, worse, plaintext from a tampered envelope.
 */
export type DecryptionFailure =
  /** Not an envelope at all: wrong magic, bad armour, bad base64. */
  | "format"
  /** A header version or algorithm this build does not know. */
  | "unsupported"
  /** Header parameters outside the accepted sets (a hostile or corrupted header). */
  | "parameters"
  /** Shorter than its own header says it must be. */
  | "truncated"
  /** The key source does not fit the envelope (a passphrase for a raw-key envelope, or the reverse). */
  | "key-kind"
  /** Wrong key, or the header, ciphertext, tag or associated data were altered. */
  | "authentication";

const ADVICE: Record<DecryptionFailure, string> = {
  format: "the input is not a nexs-publish encrypted envelope; check that the whole file was copied",
  unsupported: "the envelope was written by a newer or unknown version of nexs-publish; upgrade and retry",
  parameters:
    "the envelope header asks for key-derivation parameters outside the accepted range; it was not written by nexs-publish",
  truncated: "the envelope is cut short; restore the complete file",
  "key-kind": "the envelope needs a different kind of key (passphrase versus raw 256-bit key)",
  authentication: "wrong key, or the envelope was altered; check the configured encryption key",
};

export class DecryptionError extends Error {
  override readonly name = "DecryptionError";
  constructor(
    readonly reason: DecryptionFailure,
    detail?: string,
  ) {
    super(`cannot decrypt: ${ADVICE[reason]}${detail ? ` (${detail})` : ""}`);
  }
}

/** A key or parameter the caller supplied is unusable; raised before anything is encrypted. */
export class CryptoInputError extends Error {
  override readonly name = "CryptoInputError";
}
