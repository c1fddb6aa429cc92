/** Where `nexs-publish login` keeps a token, strongest first; the names match ResolvedToken's `source`. */
export type StoreKind = "keyring" | "encrypted-file" | "plain-file";

export const STORE_KINDS: readonly StoreKind[] = ["keyring", "encrypted-file", "plain-file"];

/** Higher is stronger: a token is never moved to a weaker store without the user removing it first. */
export function storeStrength(kind: StoreKind): number {
  return STORE_KINDS.length - STORE_KINDS.indexOf(kind);
}
