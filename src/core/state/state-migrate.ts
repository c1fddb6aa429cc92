import type { PlainObject } from "../common/plain-object.js";
import { isPlainObject } from "../common/plain-object.js";
import { STATE_SCHEMA_VERSION } from "./state-document.js";
import { StateDocumentError } from "./state-error.js";

/**
 * Upgrades one schema version to the next. Migrations run on raw JSON before the strict parser, so they
 * must not throw on odd input: they reshape what they recognise and leave the rest for the parser to reject
 * with a located error.
 */
export type Migration = (document: PlainObject) => PlainObject;

/**
 * Schema 0: the pre-release shape. `source` was "owner/repo", base entries named the blob `sha`,
 * submissions were an array with the PR number in `pr` and GitHub's `state` (open, draft, merged, closed),
 * and there were no stats or history.
 */
function fromV0(document: PlainObject): PlainObject {
  const { source, base, submissions, schema: _schema, ...rest } = document;
  return {
    ...rest,
    schema: 1,
    source: typeof source === "string" && source.includes("/") ? splitSource(source) : source,
    base: isPlainObject(base) ? mapValues(base, renameSha) : base,
    submissions: Array.isArray(submissions) ? submissionsByNumber(submissions) : submissions,
    stats: { total: 0, pending: 0, draft: 0, merged: 0, rejected: 0 },
    history: [],
  };
}

function splitSource(source: string): PlainObject {
  const slash = source.indexOf("/");
  return { owner: source.slice(0, slash), repo: source.slice(slash + 1) };
}

function renameSha(entry: unknown): unknown {
  if (!isPlainObject(entry) || !("sha" in entry)) return entry;
  const { sha, ...rest } = entry;
  return { ...rest, blob: sha };
}

const V0_STATES: Readonly<Record<string, string>> = {
  open: "pending",
  draft: "draft",
  merged: "merged",
  closed: "rejected",
};

function submissionsByNumber(list: readonly unknown[]): PlainObject {
  // Unrecognisable items keep a key the parser will reject, pointing at their index.
  const entries = list.map((item, index): [string, unknown] => {
    if (!isPlainObject(item)) return [`#${index}`, item];
    const { pr, state, ...rest } = item;
    const status = typeof state === "string" ? (V0_STATES[state] ?? state) : state;
    return [typeof pr === "number" ? String(pr) : `#${index}`, { number: pr, status, ...rest }];
  });
  return Object.fromEntries(entries);
}

function mapValues(o: PlainObject, f: (value: unknown) => unknown): PlainObject {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

/** version → migration to version + 1. */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[0, fromV0]]);

/** Applies migrations until the document is at the current schema; says which version it started from. */
export function migrateToCurrent(
  json: unknown,
  migrations: ReadonlyMap<number, Migration> = MIGRATIONS,
): { document: PlainObject; migratedFrom?: number } {
  if (!isPlainObject(json)) throw new StateDocumentError("$", "expected an object at the top level");
  if (!("schema" in json)) throw new StateDocumentError("$", 'missing required field "schema"');
  const start = json.schema;
  if (typeof start !== "number" || !Number.isSafeInteger(start) || start < 0) {
    throw new StateDocumentError("$.schema", "expected a non-negative integer schema version");
  }
  if (start > STATE_SCHEMA_VERSION) {
    throw new StateDocumentError(
      "$.schema",
      `schema ${start} was written by a newer nexs-publish (this one reads up to ${STATE_SCHEMA_VERSION}); upgrade nexs-publish`,
    );
  }
  let document = json;
  for (let version = start; version < STATE_SCHEMA_VERSION; version++) {
    const migrate = migrations.get(version);
    if (!migrate) throw new StateDocumentError("$.schema", `no migration from schema ${version}`);
    document = migrate(document);
  }
  return start === STATE_SCHEMA_VERSION ? { document } : { document, migratedFrom: start };
}
