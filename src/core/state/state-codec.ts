import type { DocumentCodec } from "../common/document-codec.js";
import type { StateDocument } from "./state-document.js";
import { StateDocumentError } from "./state-error.js";
import { parseStateDocument } from "./state-parse.js";
import { serializeStateDocument } from "./state-serialize.js";

/** The state document as the stores keep it: strict parse, canonical text. */
export const STATE_CODEC: DocumentCodec<StateDocument> = {
  parse: parseStateDocument,
  serialize: serializeStateDocument,
};

/** Where a source's document lives in a state store (on GitHub, a path on the state branch). */
export function stateKey(source: { owner: string; repo: string }): string {
  return `sources/${source.owner}/${source.repo}.json`;
}

/** A stored document, parsed; a broken one is one message that names it and says what to do. */
export function parseStoredState(text: string, key: string, branch: string): StateDocument {
  try {
    return STATE_CODEC.parse(text);
  } catch (error) {
    if (!(error instanceof StateDocumentError)) throw error;
    throw new Error(
      `the state document ${key} on branch ${branch} of the collection is not valid (${error.message}); ` +
        "repair it or delete it to start afresh",
    );
  }
}
