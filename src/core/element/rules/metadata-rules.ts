// Metadata rules JSON Schema cannot say (docs/elements.md, metadata table).
import type { ElementRule } from "./rule-context.js";

export const nameLength: ElementRule = (c) => {
  const length = [...c.metadata.name.trim()].length;
  if (length < 3 || length > 100) {
    c.report(
      ["metadata", "name"],
      "value",
      "error",
      "metadata/name-length",
      `metadata.name is ${length} characters long after trimming spaces; a name has 3 to 100 characters`,
    );
  }
};

export const descriptionPresent: ElementRule = (c) => {
  if (c.metadata.description === undefined || c.metadata.description.trim() === "") {
    c.report(
      ["metadata"],
      "key",
      "warning",
      "metadata/missing-description",
      "metadata has no description; add one sentence (at most 500 characters) so people can find this element",
    );
  }
};

export const updatedNotBeforeCreated: ElementRule = (c) => {
  const { created_at: created, updated_at: updated } = c.metadata;
  if (created === undefined || updated === undefined) return;
  // Date.parse reads the written instant (offsets included); it does not consult the clock.
  const a = Date.parse(created);
  const b = Date.parse(updated);
  if (Number.isNaN(a) || Number.isNaN(b) || b >= a) return;
  c.report(
    ["metadata", "updated_at"],
    "value",
    "error",
    "metadata/updated-before-created",
    `metadata.updated_at (${updated}) is earlier than metadata.created_at (${created}); an element cannot change before it exists`,
  );
};

export const METADATA_RULES: readonly ElementRule[] = [nameLength, descriptionPresent, updatedNotBeforeCreated];
