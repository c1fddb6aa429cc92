// Persona rules beyond the schema: who a shared persona is shared with, and the private-persona notice.
import { type ElementRule, strings, text } from "./rule-context.js";

export const sharedNeedsAudience: ElementRule = (c) => {
  if (text(c.data, "privacy_level") !== "shared") return;
  if (strings(c.data.shared_with).length > 0) return;
  c.report(
    ["data", "privacy_level"],
    "value",
    "error",
    "persona/shared-without-audience",
    "data.privacy_level is shared but data.shared_with lists no one; add at least one entry to shared_with, or use public",
  );
};

// Not a validation error: publishing refuses a private element unless an encryption key is configured.
export const privateNotice: ElementRule = (c) => {
  if (text(c.data, "privacy_level") !== "private") return;
  c.report(
    ["data", "privacy_level"],
    "value",
    "info",
    "persona/private",
    "this persona is private: publish will refuse it unless an encryption key is configured, and never sends it in plain text",
  );
};

export const PERSONA_RULES: readonly ElementRule[] = [sharedNeedsAudience, privateNotice];
