// What a rule sees: one element whose schema check passed, and a way to report at a node of its file.

import { isPlainObject } from "../../common/plain-object.js";
import { type Diagnostic, diagnostic, type Position, type Severity } from "../../diagnostic/diagnostic.js";
import { appendAll, firstFindings } from "../../diagnostic/finding-cap.js";
import type { NodePath, ParsedSource } from "../source.js";
import type { ElementMetadata } from "../types.js";

export interface ElementUnderCheck {
  source: ParsedSource;
  metadata: ElementMetadata;
  data: Record<string, unknown>;
}

export interface RuleContext extends ElementUnderCheck {
  strict: boolean;
  /** Quotes a value for a message, or hides it when the file holds a secret. */
  show(value: unknown): string;
  report(path: NodePath, want: "key" | "value", severity: Severity, code: string, message: string): void;
  /** For a finding inside a scalar, where the node position is too coarse. */
  reportAt(at: Position, severity: Severity, code: string, message: string): void;
  /**
   * Findings of one kind, one per item, the items in position order: past the per-file cap they are only
   * counted (firstFindings), neither made nor located.
   */
  reportEach<T>(
    items: readonly T[],
    kind: { severity: Severity; code: string },
    at: (item: T) => Position,
    message: (item: T) => string,
  ): void;
}

export type ElementRule = (context: RuleContext) => void;

export function ruleContext(
  element: ElementUnderCheck,
  options: { strict: boolean; show: (value: unknown) => string },
  out: Diagnostic[],
): RuleContext {
  // Named fields, not a spread: callers may pass a larger object, and copying it per element shows in profiles.
  return {
    source: element.source,
    metadata: element.metadata,
    data: element.data,
    strict: options.strict,
    show: options.show,
    report(path, want, severity, code, message) {
      out.push(diagnostic(element.source.file, element.source.locate(path, want), severity, code, message));
    },
    reportAt(at, severity, code, message) {
      out.push(diagnostic(element.source.file, at, severity, code, message));
    },
    reportEach(items, kind, at, message) {
      appendAll(out, firstFindings(element.source.file, items, kind, at, message));
    },
  };
}

// The schema has proven the shapes; these readers keep the rules total anyway, without casts.

export function entries(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function text(record: Record<string, unknown>, key: string): string | undefined {
  const v = record[key];
  return typeof v === "string" ? v : undefined;
}

export function integer(record: Record<string, unknown>, key: string): number | undefined {
  const v = record[key];
  return typeof v === "number" && Number.isInteger(v) ? v : undefined;
}
