/** Value rules shared by the state-document parser and its tests. */
export const SHA_RULE = { pattern: /^[0-9a-f]{40}$/, meaning: "a 40-character lowercase hex git SHA" };
export const ELEMENT_ID_RULE = {
  pattern: /^[a-z0-9](?:[a-z0-9_-]{0,126}[a-z0-9])?$/,
  meaning: "an element id (lowercase letters, digits, - and _)",
};
export const TIMESTAMP_RULE = {
  pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
  meaning: "an RFC 3339 timestamp",
};
/** Relative, forward slashes, no `.`/`..` segments, no empty segments: a path inside the collection. */
export const COLLECTION_PATH_RULE = {
  pattern: /^(?!\/)(?!.*\/\/)(?!(?:.*\/)?\.\.?(?:\/|$))[^\0\\]+(?<!\/)$/,
  meaning: "a relative path inside the collection",
};
