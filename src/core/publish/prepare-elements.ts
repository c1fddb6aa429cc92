import type { ValidationReport } from "../element/report.js";
import { validateTree } from "../element/validate-tree.js";
import { formatRepoRef, type RepoRef } from "../names/repo-ref.js";
import { isPrivate, type LocalItem, placeElements } from "./place-elements.js";
import { createPrivateSealer, parseEncryptionKey } from "./private-sealer.js";
import type { PublishOptions, PublishRefused } from "./types.js";

export type PreparedElements = { kind: "prepared"; validation: ValidationReport; local: LocalItem[] } | PublishRefused;

/**
 * The publish's first step, before any call to GitHub: validate the source's element files, seal the private
 * ones, and place every element at its collection path. Refused when validation finds an error or an element
 * cannot be placed.
 */
export async function prepareElements(
  // Only the source's name (the passphrase salt): the CLI's offline plan has no numeric id or commit.
  options: Pick<PublishOptions, "paths" | "strict" | "maxFileSize" | "cwd" | "encryptionKey" | "pathTemplate"> & {
    source: RepoRef;
  },
): Promise<PreparedElements> {
  const validation = await validateTree(options.paths, {
    strict: options.strict,
    maxFileSize: options.maxFileSize,
    cwd: options.cwd,
  });
  if (validation.diagnostics.some((d) => d.severity === "error")) return { kind: "refused", validation, problems: [] };
  const key = options.encryptionKey ? parseEncryptionKey(options.encryptionKey) : undefined;
  // scrypt is slow on purpose: derive only when there is something to seal.
  const sealer =
    key && validation.elements.some(isPrivate)
      ? await createPrivateSealer(key, formatRepoRef(options.source))
      : undefined;
  const placement = await placeElements(validation.elements, options.pathTemplate, sealer);
  if (!placement.ok) return { kind: "refused", validation, problems: placement.problems };
  return { kind: "prepared", validation, local: placement.items };
}
