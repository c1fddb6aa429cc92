import { collectionPath } from "../element/identity.js";
import type { ValidElement } from "../element/types.js";
import { textBlobSha } from "../git/object-sha.js";
import type { LocalElement } from "../sync/plan.js";
import type { PrivateSealer } from "./private-sealer.js";

/** One source element as the collection will receive it. */
export interface LocalItem extends LocalElement {
  /** The source file's text (plain, even for a private element: conflict strategies read it). */
  plain: string;
  /** What is written to the collection: the file itself, or its armoured envelope when private. */
  content: string;
  private: boolean;
  /** The source file, for messages. */
  file: string;
}

export function isPrivate(element: ValidElement): boolean {
  return element.element.data["privacy_level"] === "private";
}

export type Placement = { ok: true; items: LocalItem[] } | { ok: false; problems: string[] };

/**
 * Paths from the template and blobs from the bytes that will be written. Refuses, naming every culprit, a path
 * the template cannot make, two elements on one path, and private elements when there is no sealer.
 */
export async function placeElements(
  elements: readonly ValidElement[],
  template: string,
  sealer: PrivateSealer | undefined,
): Promise<Placement> {
  const problems: string[] = [];
  const byPath = new Map<string, string>();
  const items: LocalItem[] = [];
  const refusedPrivate: string[] = [];
  for (const valid of elements) {
    const { metadata } = valid.element;
    const placed = collectionPath(template, metadata);
    if (!placed.ok) {
      problems.push(`${valid.file}: ${placed.message}`);
      continue;
    }
    const other = byPath.get(placed.path);
    if (other !== undefined) {
      problems.push(
        `${valid.file} and ${other} would both be published to ${placed.path}: give the path template a placeholder that tells them apart, such as {id}`,
      );
      continue;
    }
    byPath.set(placed.path, valid.file);
    const secret = isPrivate(valid);
    if (secret && !sealer) {
      refusedPrivate.push(valid.file);
      continue;
    }
    // Validated bytes are UTF-8, so the text round-trips to the same bytes (BOM included) and the same blob.
    const plain = Buffer.from(valid.bytes).toString("utf8");
    const content = secret && sealer ? await sealer.seal(placed.path, valid.bytes) : plain;
    items.push({
      id: metadata.id,
      type: metadata.type,
      path: placed.path,
      blob: secret ? textBlobSha(content) : valid.blob,
      plain,
      content,
      private: secret,
      file: valid.file,
    });
  }
  if (refusedPrivate.length > 0) {
    problems.push(
      `${refusedPrivate.join(", ")} ${refusedPrivate.length === 1 ? "is" : "are"} private (privacy_level: private) and would be published in plain text: ` +
        "set the encryption-key input (a secret) to publish them encrypted, or make them public",
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}
