import type { Element } from "../element/types.js";
import { elementText, storageProblem } from "./element-record.js";
import { RepositoryError, type ValidateElementText } from "./element-repository.js";

/** Refuses an element storage cannot hold, or one in which the validator finds errors. */
export function admitElement(element: Element, validate: ValidateElementText | undefined, file: string): void {
  const problem = storageProblem(element);
  if (problem) throw new RepositoryError("invalid-element", `cannot store the element: ${problem}`);
  if (!validate) return;
  const errors = validate(file, elementText(element)).filter((d) => d.severity === "error");
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    throw new RepositoryError(
      "invalid-element",
      `element "${element.metadata.id}" is not valid: ${first.code}: ${first.message}${more}`,
      errors,
    );
  }
}
