import type { Element, ElementType } from "../../../src/core/element/types.js";

/** A small valid element; `overrides` replace metadata fields. */
export function element(
  id: string,
  overrides: Partial<Element["metadata"]> = {},
  type: ElementType = "persona",
): Element {
  return {
    metadata: {
      id,
      type,
      name: `Element ${id}`,
      version: "1.0.0",
      author: "team@example.com",
      created_at: "2025-12-20T10:00:00Z",
      ...overrides,
    },
    data: { system_prompt: "You are a careful reviewer.", counter: 0 },
  };
}
