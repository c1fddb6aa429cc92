// Ensemble rules beyond the schema: distinct roles, and more than one member.
import { type ElementRule, entries, text } from "./rule-context.js";

export const distinctRoles: ElementRule = (c) => {
  const seen = new Map<string, number>();
  entries(c.data.members).forEach((member, i) => {
    const role = text(member, "role");
    if (role === undefined) return;
    const first = seen.get(role);
    if (first === undefined) seen.set(role, i);
    else {
      c.report(
        ["data", "members", i, "role"],
        "value",
        "warning",
        "ensemble/duplicate-role",
        `role ${c.show(role)} is already held by data.members[${first}]; give each member its own role`,
      );
    }
  });
};

export const severalMembers: ElementRule = (c) => {
  if (entries(c.data.members).length === 1) {
    c.report(
      ["data", "members"],
      "key",
      "warning",
      "ensemble/single-member",
      "the ensemble has a single member; an ensemble coordinates two or more agents (use the agent directly instead)",
    );
  }
};

export const ENSEMBLE_RULES: readonly ElementRule[] = [distinctRoles, severalMembers];
