/** Why a token file could not be used. Never thrown with the token in it. */
export type TokenFileFailure =
  | "malformed"
  | "other-host"
  | "unsupported"
  | "truncated"
  | "tampered"
  | "wrong-passphrase";

const WHAT: Record<TokenFileFailure, string> = {
  malformed: "is not a nexs-publish token file",
  "other-host": "holds the token of another host",
  unsupported: "was written by a newer nexs-publish (upgrade nexs-publish to read it)",
  truncated: "is cut short (an interrupted copy, or a full disk)",
  tampered: "was altered or damaged after it was written (its checksum does not match), so it cannot be trusted",
  "wrong-passphrase": "does not open with this NEXS_TOKEN_PASSPHRASE (the file itself is intact)",
};

export class TokenFileError extends Error {
  override readonly name = "TokenFileError";
  constructor(
    readonly reason: TokenFileFailure,
    detail?: string,
  ) {
    super(`${WHAT[reason]}${detail ? ` (${detail})` : ""}`);
  }
}
