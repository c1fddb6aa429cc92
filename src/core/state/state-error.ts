/**
 * The one error a corrupt or unreadable state document produces. `path` is a JSON path into the document
 * (`$` for the whole text) so the person fixing the state branch knows exactly where to look.
 */
export class StateDocumentError extends Error {
  override readonly name = "StateDocumentError";

  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(
      `state document is invalid at ${path}: ${problem}. ` +
        "Fix the file on the state branch (or restore an earlier version); it is never reset automatically.",
    );
  }
}

/** Appends a key or index to a JSON path, quoting keys that are not plain identifiers. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
