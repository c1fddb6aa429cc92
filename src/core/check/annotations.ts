// Findings as GitHub check-run annotations: the shape the checks API takes, and the batches it takes them in.
import type { Diagnostic, Severity } from "../diagnostic/diagnostic.js";
import { redactText } from "../redact/redactor.js";
import { ANNOTATIONS_PER_REQUEST } from "./check-limits.js";

export type AnnotationLevel = "failure" | "warning" | "notice";

/** One annotation as `output.annotations[]` of checks.create / checks.update takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when the annotation starts and ends on one line: GitHub refuses columns otherwise. */
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  /** The diagnostic code, which users search for. */
  title: string;
  message: string;
}

const LEVELS: Readonly<Record<Severity, AnnotationLevel>> = { error: "failure", warning: "warning", info: "notice" };

/** GitHub takes up to 64 KB per message; ours are short, so a clip only guards against a pathological value. */
const MAX_MESSAGE = 4000;
const MAX_TITLE = 255;

export function toAnnotation(d: Diagnostic): CheckAnnotation {
  const endLine = Math.max(d.line, d.endLine ?? d.line);
  const annotation: CheckAnnotation = {
    path: d.file,
    start_line: d.line,
    end_line: endLine,
    annotation_level: LEVELS[d.severity],
    title: clip(d.code, MAX_TITLE),
    // The sinks' redaction pass (../redact/redactor.ts). The path stays: it must name a file of the pull request.
    message: clip(redactText(d.message), MAX_MESSAGE),
  };
  if (endLine === d.line) {
    annotation.start_column = d.column;
    annotation.end_column = Math.max(d.column, d.endColumn ?? d.column);
  }
  return annotation;
}

/** The list cut into consecutive batches of `size` (the last may be shorter); none for an empty list. */
export function annotationBatches<T>(list: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  if (!Number.isSafeInteger(size) || size < 1) throw new Error(`batch size must be a positive integer (got ${size})`);
  const batches: T[][] = [];
  for (let i = 0; i < list.length; i += size) batches.push(list.slice(i, i + size));
  return batches;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 2);
  return `${text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 2 : max - 1)}…`;
}
