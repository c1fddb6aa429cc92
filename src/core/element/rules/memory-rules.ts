// Memory rules beyond the schema: content_hash must be the SHA-256 of content.
import { createHash } from "node:crypto";
import { type ElementRule, text } from "./rule-context.js";

export function contentHash(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

export const contentHashMatches: ElementRule = (c) => {
  const declared = text(c.data, "content_hash");
  const content = text(c.data, "content");
  if (declared === undefined || content === undefined) return;
  const actual = contentHash(content);
  if (declared !== actual) {
    c.report(
      ["data", "content_hash"],
      "value",
      "error",
      "memory/content-hash",
      `data.content_hash is not the SHA-256 of data.content (that is ${actual}); update it or remove it`,
    );
  }
};

export const MEMORY_RULES: readonly ElementRule[] = [contentHashMatches];
