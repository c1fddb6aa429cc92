// Skill rules beyond the schema: what each trigger type needs, and the order of procedure steps.
import { type ElementRule, entries, integer, strings, text } from "./rule-context.js";

export const triggerRequirements: ElementRule = (c) => {
  entries(c.data.triggers).forEach((trigger, i) => {
    const at = ["data", "triggers", i];
    const type = text(trigger, "type");
    if (type === "keyword" && strings(trigger.keywords).length === 0) {
      c.report(
        at,
        "key",
        "error",
        "skill/trigger-keywords",
        `data.triggers[${i}] is a keyword trigger with no keywords; add a keywords list with at least one entry`,
      );
    }
    if (type === "pattern" && text(trigger, "pattern") === undefined) {
      c.report(
        at,
        "key",
        "error",
        "skill/trigger-pattern",
        `data.triggers[${i}] is a pattern trigger with no pattern; add a pattern (a regular expression)`,
      );
    }
  });
};

export const triggerPatternCompiles: ElementRule = (c) => {
  entries(c.data.triggers).forEach((trigger, i) => {
    const pattern = text(trigger, "pattern");
    if (pattern === undefined) return;
    try {
      // Compiled only, never run, so a slow pattern cannot stall validation.
      new RegExp(pattern, "u");
    } catch (error) {
      const why =
        error instanceof SyntaxError
          ? error.message.replace(/^Invalid regular expression: /, "")
          : "it does not compile";
      c.report(
        ["data", "triggers", i, "pattern"],
        "value",
        "warning",
        "skill/invalid-pattern",
        `data.triggers[${i}].pattern is not a valid regular expression (${c.show(why)}); NEXS MCP will never match it`,
      );
    }
  });
};

export const procedureSteps: ElementRule = (c) => {
  const seen = new Map<number, number>();
  let previous: number | undefined;
  entries(c.data.procedures).forEach((procedure, i) => {
    const step = integer(procedure, "step");
    if (step === undefined) return;
    const at = ["data", "procedures", i, "step"];
    const first = seen.get(step);
    if (first !== undefined) {
      c.report(
        at,
        "value",
        "warning",
        "skill/duplicate-step",
        `step ${step} appears twice (data.procedures[${first}] and [${i}]); number the steps 1, 2, 3...`,
      );
    } else if (previous !== undefined && step < previous) {
      c.report(
        at,
        "value",
        "warning",
        "skill/unordered-steps",
        `step ${step} comes after step ${previous}; list the procedures in step order`,
      );
    }
    if (first === undefined) seen.set(step, i);
    previous = step;
  });
};

export const SKILL_RULES: readonly ElementRule[] = [triggerRequirements, triggerPatternCompiles, procedureSteps];
