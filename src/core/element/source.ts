import type { Diagnostic, Position } from "../diagnostic/diagnostic.js";

/** The raw bytes of one element file, as read from disk, a pull request or a test. */
export interface SourceFile {
  /** Display path (relative, forward slashes); diagnostics carry it unchanged. */
  file: string;
  bytes: Uint8Array;
}

/** A path into the parsed document: mapping keys and sequence indexes, from the root. */
export type NodePath = readonly (string | number)[];

/** A file that parsed into one safe YAML document whose top level is a mapping. */
export interface ParsedSource {
  ok: true;
  file: string;
  bytes: Uint8Array;
  /** Decoded text without a leading BOM. */
  text: string;
  /** Plain JSON-compatible data: no tags, aliases expanded within limits, no prototype keys. */
  value: Record<string, unknown>;
  /**
   * Where a node is. `key` is the position of the mapping key that holds the node (for a sequence item,
   * the item itself); `value` the node. When the path does not exist, the nearest existing ancestor's
   * position is returned (so a missing key points at its parent mapping). May be computed lazily.
   */
  locate(path: NodePath, want: "key" | "value"): Position;
  /** Non-fatal findings from parsing (warnings and infos). */
  diagnostics: Diagnostic[];
}

export interface RejectedSource {
  ok: false;
  file: string;
  /** At least one error explaining why the file could not be parsed. */
  diagnostics: Diagnostic[];
}

export type ParseResult = ParsedSource | RejectedSource;

export interface ParseOptions {
  /** Files larger than this many bytes are refused (`limit/file-size`). Default 256 KiB. */
  maxFileSize: number;
  /**
   * `element` (default): the top level must be exactly `metadata` and `data` (`structure/top-level`; a NEXS MCP
   * server file or flat sample gets one `structure/nexs-server-format` or `structure/flat-format` instead).
   * `mapping`: any mapping (a collection manifest, a file being imported).
   */
  shape?: "element" | "mapping";
}

export const DEFAULT_MAX_FILE_SIZE = 256 * 1024;
