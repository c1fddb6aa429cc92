import { type SourceRef, STATE_SCHEMA_VERSION, type StateDocument } from "./state-document.js";

/** The document a source gets on its first publish: nothing merged, nothing submitted. */
export function emptyStateDocument(source: SourceRef): StateDocument {
  return {
    schema: STATE_SCHEMA_VERSION,
    source: { ...source },
    base: {},
    submissions: {},
    stats: { total: 0, pending: 0, draft: 0, merged: 0, rejected: 0 },
    history: [],
  };
}
