/** The six kinds of NEXS MCP element (docs/elements.md). */
export const ELEMENT_TYPES = ["persona", "skill", "template", "agent", "memory", "ensemble"] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];

export function isElementType(value: unknown): value is ElementType {
  return typeof value === "string" && (ELEMENT_TYPES as readonly string[]).includes(value);
}

/** The metadata every element carries, after schema validation has proven its shape. */
export interface ElementMetadata {
  id: string;
  type: ElementType;
  name: string;
  description?: string;
  version: string;
  author: string;
  tags?: string[];
  is_active?: boolean;
  created_at?: string;
  updated_at?: string;
  custom?: Record<string, unknown>;
}

/** A validated element: metadata is typed, data stays as parsed JSON-compatible values. */
export interface Element {
  metadata: ElementMetadata;
  data: Record<string, unknown>;
}

/** One element file that passed validation, with what publishing needs to know about it. */
export interface ValidElement {
  /** Path relative to the scanned root, with forward slashes. */
  file: string;
  /** The exact bytes read; the collection gets these bytes, so blob SHAs match. */
  bytes: Uint8Array;
  /** Git blob SHA-1 of `bytes`. */
  blob: string;
  element: Element;
}
