import type { Diagnostic } from "../diagnostic/diagnostic.js";
import type { Element, ElementType } from "../element/types.js";

/** Which elements `list` returns. Every given filter must match; tags must all be present. */
export interface ElementFilter {
  type?: ElementType;
  /** Matches metadata.is_active, which defaults to true. */
  active?: boolean;
  tags?: readonly string[];
  /** Results are ordered by id; skip this many, then return at most `limit`. */
  offset?: number;
  limit?: number;
}

/** A new element, or a function from the stored element to its next version (run under the lock). */
export type ElementChange = Element | ((current: Element) => Element);

/**
 * Where elements live while an application works with them. Every method copies in and out, so callers can
 * never change stored elements behind the repository's back.
 */
export interface ElementRepository {
  create(element: Element): Promise<Element>;
  getById(id: string): Promise<Element | undefined>;
  /** Replaces the element stored under `id`; the new version may carry another id (a rename). */
  update(id: string, change: ElementChange): Promise<Element>;
  /** False when there was nothing to delete. */
  delete(id: string): Promise<boolean>;
  exists(id: string): Promise<boolean>;
  list(filter?: ElementFilter): Promise<Element[]>;
  /** All are created or none is: any invalid or duplicate element refuses the whole batch. */
  batchCreate(elements: readonly Element[]): Promise<Element[]>;
}

export type RepositoryProblem = "not-found" | "duplicate-id" | "invalid-element" | "storage";

export class RepositoryError extends Error {
  override readonly name = "RepositoryError";

  constructor(
    readonly problem: RepositoryProblem,
    message: string,
    /** Validation findings when problem is invalid-element. */
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
  }
}

/**
 * Checks an element file's text the way publishing will (the element validator); findings with severity
 * error refuse the write. `file` is the display path the diagnostics should carry.
 */
export type ValidateElementText = (file: string, text: string) => readonly Diagnostic[];
