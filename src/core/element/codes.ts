/**
 * Every stable diagnostic code, with a one-line meaning. Users search for these; tests assert them; the
 * README lists them. Add new codes here (one entry each) and never rename one that has shipped.
 */
export const DIAGNOSTIC_CODES = {
  // Reading files (read-tree)
  "file/not-found": "A path given on the command line or as an input does not exist.",
  "file/not-regular": "A symlink, FIFO, socket or device named like an element file: it is never opened.",
  "file/unreadable": "The file or directory exists but could not be read (permissions, I/O error).",
  // Limits (refused before the YAML parser runs, or while it runs)
  "limit/file-size": "The file is larger than the maximum file size (default 256 KiB).",
  "limit/depth": "Collections are nested deeper than 64 levels.",
  "limit/aliases": "More than 100 aliases, an alias that contains itself, or aliases that expand to too much data.",
  // Bytes and YAML
  "encoding/utf8": "The bytes are not valid UTF-8; the position is the first bad byte.",
  "yaml/syntax": "The text is not valid YAML; the position and message come from the YAML parser.",
  "yaml/multiple-documents": "More than one YAML document (`---`) in one file.",
  "yaml/directive": "A `%YAML` or `%TAG` directive: element files use plain YAML 1.2 without directives.",
  "yaml/duplicate-key": "The same key appears twice in one mapping.",
  "yaml/forbidden-key": "A key named `__proto__`, `constructor` or `prototype`.",
  "yaml/tag": "An explicit tag (`!!str`, `!!python/object`, `!custom`...): element files use untagged YAML only.",
  "yaml/merge-key": "A merge key (`<<`): write the keys out instead.",
  "yaml/complex-key": "A mapping key that is a collection or an alias: keys must be plain or quoted scalars.",
  "parse/internal": "The parser failed unexpectedly: a bug, please report it with the file.",
  // Shape of the document
  "structure/top-level": "The top level is not a mapping with exactly the keys `metadata` and `data`.",
} as const satisfies Record<string, string>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
