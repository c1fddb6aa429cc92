import type { PlainObject } from "../common/plain-object.js";
import {
  readArray,
  readInteger,
  readMap,
  readNonEmptyString,
  readObject,
  readOneOf,
  readString,
} from "./json-decode.js";
import {
  type BaseEntry,
  type HistoryEntry,
  type SourceRef,
  STATE_SCHEMA_VERSION,
  type StateDocument,
  type Submission,
} from "./state-document.js";
import { childPath, StateDocumentError } from "./state-error.js";
import { migrateToCurrent } from "./state-migrate.js";
import { COLLECTION_PATH_RULE, ELEMENT_ID_RULE, SHA_RULE, TIMESTAMP_RULE } from "./state-rules.js";
import { computeStats } from "./stats.js";
import { SUBMISSION_STATUSES } from "./status.js";
import { readSubmissionElement } from "./submission-elements.js";

/**
 * Parses a state document strictly: JSON syntax, schema version (older versions are migrated), every field's
 * type and shape. Anything wrong throws one StateDocumentError naming the JSON path; nothing is reset or
 * guessed. Stats are recomputed from the submissions, never read.
 */
export function parseStateDocument(text: string): StateDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : "unreadable JSON";
    throw new StateDocumentError("$", `not valid JSON (${detail})`);
  }
  const { document, migratedFrom } = migrateToCurrent(json);
  try {
    return readDocument(document);
  } catch (error) {
    if (error instanceof StateDocumentError && migratedFrom !== undefined) {
      throw new StateDocumentError(error.path, `${error.problem} (after migrating from schema ${migratedFrom})`);
    }
    throw error;
  }
}

function readDocument(value: PlainObject): StateDocument {
  const root = readObject(value, "$", ["schema", "source", "base", "submissions", "stats", "history"]);
  if (root.schema !== STATE_SCHEMA_VERSION) throw new StateDocumentError("$.schema", "unexpected schema version");
  const submissions = readSubmissions(root.submissions, "$.submissions");
  readStatsShape(root.stats, "$.stats");
  return {
    schema: STATE_SCHEMA_VERSION,
    source: readSource(root.source, "$.source"),
    base: readBase(root.base, "$.base"),
    submissions,
    stats: computeStats(submissions),
    history: readArray(root.history, "$.history").map((entry, i) => readHistory(entry, childPath("$.history", i))),
  };
}

function readSource(value: unknown, path: string): SourceRef {
  const o = readObject(value, path, ["owner", "repo"], ["id"]);
  const source: SourceRef = {
    owner: readNonEmptyString(o.owner, childPath(path, "owner")),
    repo: readNonEmptyString(o.repo, childPath(path, "repo")),
  };
  if (o.id !== undefined) source.id = readInteger(o.id, childPath(path, "id"), 1);
  return source;
}

function readBase(value: unknown, path: string): Record<string, BaseEntry> {
  const base: Record<string, BaseEntry> = {};
  for (const [id, raw] of Object.entries(readMap(value, path))) {
    const at = childPath(path, id);
    if (!ELEMENT_ID_RULE.pattern.test(id)) throw new StateDocumentError(at, `key is not ${ELEMENT_ID_RULE.meaning}`);
    const o = readObject(raw, at, ["path", "blob", "commit"]);
    base[id] = {
      path: readString(o.path, childPath(at, "path"), COLLECTION_PATH_RULE),
      blob: readString(o.blob, childPath(at, "blob"), SHA_RULE),
      commit: readString(o.commit, childPath(at, "commit"), SHA_RULE),
    };
  }
  return base;
}

function readSubmissions(value: unknown, path: string): Record<string, Submission> {
  const submissions: Record<string, Submission> = {};
  for (const [key, raw] of Object.entries(readMap(value, path))) {
    const at = childPath(path, key);
    const submission = readSubmission(raw, at);
    if (key !== String(submission.number)) {
      throw new StateDocumentError(at, `key does not match its pull-request number ${submission.number}`);
    }
    submissions[key] = submission;
  }
  return submissions;
}

function readSubmission(value: unknown, path: string): Submission {
  const o = readObject(
    value,
    path,
    ["number", "status", "elements", "url", "nodeId", "head", "createdAt", "updatedAt"],
    ["lastDelivery"],
  );
  const submission: Submission = {
    number: readInteger(o.number, childPath(path, "number"), 1),
    status: readOneOf(o.status, childPath(path, "status"), SUBMISSION_STATUSES),
    elements: readArray(o.elements, childPath(path, "elements")).map((e, i) =>
      readSubmissionElement(e, childPath(childPath(path, "elements"), i)),
    ),
    url: readNonEmptyString(o.url, childPath(path, "url")),
    nodeId: readNonEmptyString(o.nodeId, childPath(path, "nodeId")),
    head: readString(o.head, childPath(path, "head"), SHA_RULE),
    createdAt: readString(o.createdAt, childPath(path, "createdAt"), TIMESTAMP_RULE),
    updatedAt: readString(o.updatedAt, childPath(path, "updatedAt"), TIMESTAMP_RULE),
  };
  if (o.lastDelivery !== undefined)
    submission.lastDelivery = readNonEmptyString(o.lastDelivery, childPath(path, "lastDelivery"));
  return submission;
}

/** Stats are derived data, but a wrong shape still means someone edited the file by hand: say so. */
function readStatsShape(value: unknown, path: string): void {
  const fields = ["total", "pending", "draft", "merged", "rejected"] as const;
  const o = readObject(value, path, fields);
  for (const field of fields) readInteger(o[field], childPath(path, field), 0);
}

function readHistory(value: unknown, path: string): HistoryEntry {
  const o = readObject(value, path, ["at", "number", "from", "to"], ["delivery"]);
  const entry: HistoryEntry = {
    at: readString(o.at, childPath(path, "at"), TIMESTAMP_RULE),
    number: readInteger(o.number, childPath(path, "number"), 1),
    from: o.from === null ? null : readOneOf(o.from, childPath(path, "from"), SUBMISSION_STATUSES),
    to: readOneOf(o.to, childPath(path, "to"), SUBMISSION_STATUSES),
  };
  if (o.delivery !== undefined) entry.delivery = readNonEmptyString(o.delivery, childPath(path, "delivery"));
  return entry;
}
