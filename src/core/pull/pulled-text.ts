import type { ValidationOptions } from "../element/report.js";
import type { Element } from "../element/types.js";
import { validateSources } from "../element/validate-sources.js";
import { mergeElementYaml } from "../sync/merge.js";
import { validateMergedText } from "../sync/validate-merged-text.js";
import type { PullDecision } from "./plan-pull.js";

export interface PullTexts {
  /** The local file's text. */
  local: string;
  /** The collection's file (R). */
  remote: string;
  /** The last merged version (B); a merge needs it. */
  base?: string;
}

export type PulledElement = { ok: true; element: Element; text: string } | { ok: false; reason: string };

/**
 * The element a `take` or `merge` decision brings in, checked as publish would check it: a take is the
 * collection's file, a merge the collection's fields written into the local file (refused on any overlap).
 */
export function pulledElement(
  decision: PullDecision,
  texts: PullTexts,
  validation: Pick<ValidationOptions, "strict" | "maxFileSize">,
): PulledElement {
  let text = texts.remote;
  if (decision.action === "merge") {
    if (texts.base === undefined) return { ok: false, reason: "the last merged version could not be read" };
    const merged = mergeElementYaml(
      { base: texts.base, local: texts.local, remote: texts.remote },
      validateMergedText(decision.path, validation),
    );
    if (!merged.ok) return { ok: false, reason: merged.reason };
    text = merged.text;
  }
  const what = decision.action === "merge" ? "the merged file" : "the collection's file";
  const report = validateSources([{ file: decision.path, bytes: Buffer.from(text, "utf8") }], validation);
  const error = report.diagnostics.find((d) => d.severity === "error");
  const element = report.elements[0]?.element;
  if (error || !element)
    return { ok: false, reason: `${what} is not a valid element: ${error?.message ?? "nothing was read"}` };
  if (element.metadata.id !== decision.id)
    return { ok: false, reason: `${what} holds the id "${element.metadata.id}": bring it by hand` };
  return { ok: true, element, text };
}
