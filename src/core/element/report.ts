import type { Diagnostic } from "../diagnostic/diagnostic.js";
import type { ElementType, ValidElement } from "./types.js";

/**
 * What validation asks of the collection: the type of the element an id names there, if any. A Map fits; the
 * pull-request check answers from file paths (slugged ids), without downloading a single file.
 */
export interface KnownCollection {
  get(id: string): ElementType | undefined;
}

export interface ValidationOptions {
  /** Unknown `data` keys and unresolved references become errors instead of warnings. */
  strict: boolean;
  maxFileSize: number;
  /**
   * Elements already in the collection (id → type), when known: references may resolve to them.
   * Absent means the collection is unknown and only the source set counts.
   */
  collection?: KnownCollection;
}

export interface ValidationReport {
  /** Element files examined (`.yaml`/`.yml`), whether or not they parsed. */
  files: number;
  /** Every finding, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Files with no error, in file order: what publish may send. */
  elements: ValidElement[];
  /** Element files per type, counting only those whose type could be read. */
  byType: Record<ElementType, number>;
}
