import { isDeepStrictEqual } from "node:util";
import { applyChanges } from "./document-edit.js";
import { diffValues, type FieldChange, partitionChanges } from "./value-diff.js";
import { readYaml, writeYaml } from "./yaml-text.js";

export interface MergeTexts {
  base: string;
  local: string;
  remote: string;
}

/** Checks a merged file the way publishing would; returns why it is not a valid element, if it is not. */
export type ValidateText = (text: string) => string | undefined;

export type MergeResult = { ok: true; text: string; fromRemote: string[] } | { ok: false; reason: string };

const UPDATED_AT = ["metadata", "updated_at"] as const;
const isUpdatedAt = (c: FieldChange) => isDeepStrictEqual(c.path, UPDATED_AT);

/**
 * Field-level three-way merge of an element file. The local text is the starting point and keeps its
 * formatting and comments; the fields only the collection changed are written into it. A field changed
 * differently on both sides (or changed inside a mapping the other side replaced) is an overlap and the
 * merge refuses. Exception: when both sides bumped metadata.updated_at, the later stamp is kept, since every
 * edit touches it. The result must parse back to exactly the intended value and pass `validate`.
 */
export function mergeElementYaml(texts: MergeTexts, validate?: ValidateText): MergeResult {
  const base = readYaml(texts.base);
  const local = readYaml(texts.local);
  const remote = readYaml(texts.remote);
  if (!base.ok) return { ok: false, reason: `the merged base does not parse: ${base.problem}` };
  if (!local.ok) return { ok: false, reason: `the local file does not parse: ${local.problem}` };
  if (!remote.ok) return { ok: false, reason: `the collection's file does not parse: ${remote.problem}` };

  const ours = diffValues(base.value, local.value);
  const theirs = diffValues(base.value, remote.value);
  const stamps = laterStamp(ours, theirs);
  const { apply, overlaps } = partitionChanges(
    ours.filter((c) => !stamps || !isUpdatedAt(c)),
    theirs.filter((c) => !stamps || !isUpdatedAt(c)),
  );
  if (overlaps.length > 0) {
    const fields = overlaps.map((p) => p.join(".")).join(", ");
    return { ok: false, reason: `both the source and the collection changed ${fields}: resolve by hand` };
  }
  if (stamps) apply.push(stamps);

  applyChanges(local.document, apply);
  const text = writeYaml(local.document, local.conventions);
  const check = readYaml(text);
  const expected = local.document.toJS();
  if (!check.ok || !isDeepStrictEqual(check.value, expected)) {
    return { ok: false, reason: "the merged file does not read back as the merged fields" };
  }
  const problem = validate?.(text);
  if (problem !== undefined) return { ok: false, reason: `the merged file is not a valid element: ${problem}` };
  return { ok: true, text, fromRemote: apply.map((c) => c.path.join(".")) };
}

/** When both sides changed updated_at, the change that keeps the later of the two stamps. */
function laterStamp(ours: readonly FieldChange[], theirs: readonly FieldChange[]): FieldChange | undefined {
  const a = ours.find(isUpdatedAt);
  const b = theirs.find(isUpdatedAt);
  if (!a?.present || !b?.present) return undefined;
  const ta = typeof a.value === "string" ? Date.parse(a.value) : Number.NaN;
  const tb = typeof b.value === "string" ? Date.parse(b.value) : Number.NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb)) return undefined;
  return tb > ta ? b : { path: a.path, present: true, value: a.value };
}
