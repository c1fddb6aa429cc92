// What a check found, and the conclusion GitHub shows for it.

import type { ElementCheckReport } from "./check-elements.js";
import type { TooLarge } from "./check-limits.js";

export type CheckOutcome =
  | ({ kind: "checked" } & ElementCheckReport)
  /** The pull request changes no element file. */
  | { kind: "nothing-to-check" }
  | { kind: "too-large"; reason: TooLarge };

export type CheckConclusion = "success" | "failure" | "neutral";

/** Any error fails the check; warnings and infos do not. Nothing checked is neutral: neither passed nor failed. */
export function checkConclusion(outcome: CheckOutcome): CheckConclusion {
  if (outcome.kind !== "checked") return "neutral";
  return outcome.diagnostics.some((d) => d.severity === "error") ? "failure" : "success";
}
