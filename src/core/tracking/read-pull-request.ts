import { isPlainObject, type PlainObject } from "../common/plain-object.js";
import type { PullRequestSnapshot } from "./pull-request-snapshot.js";

/** A pull request as tracking sees it: the snapshot that orders it, and what trust and a merge need. */
export interface PullRequestView extends PullRequestSnapshot {
  body: string;
  /** `head.ref`: the branch name. */
  headRef: string;
  /** `head.repo.full_name`; undefined when the head repository was deleted. */
  headRepository: string | undefined;
  /** Login of the PR's author. */
  author: string;
  /** `base.ref`. */
  baseRef: string;
  /** Set once merged: the commit whose tree holds what was merged. */
  mergeCommitSha: string | undefined;
}

/**
 * A pull request from a webhook payload or a REST response, read field by field; undefined when a field that
 * tracking needs is missing or of the wrong type (then nothing about this PR can be trusted).
 */
export function readPullRequest(value: unknown): PullRequestView | undefined {
  if (!isPlainObject(value)) return undefined;
  const head = object(value["head"]);
  const base = object(value["base"]);
  const user = object(value["user"]);
  const headRepo = object(head?.["repo"]);
  const number = value["number"];
  const state = value["state"];
  const fields = {
    updatedAt: text(value["updated_at"]),
    createdAt: text(value["created_at"]),
    url: text(value["html_url"]),
    nodeId: text(value["node_id"]),
    head: text(head?.["sha"]),
    headRef: text(head?.["ref"]),
    baseRef: text(base?.["ref"]),
    author: text(user?.["login"]),
  };
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return undefined;
  if (state !== "open" && state !== "closed") return undefined;
  const { updatedAt, createdAt, url, nodeId, head: headSha, headRef, baseRef, author } = fields;
  if (!updatedAt || !createdAt || !url || !nodeId || !headSha || !headRef || !baseRef || !author) return undefined;
  const merged = value["merged"] === true || (value["merged"] === undefined && typeof value["merged_at"] === "string");
  const mergeCommit = text(value["merge_commit_sha"]);
  return {
    number,
    state,
    draft: value["draft"] === true,
    merged,
    updatedAt,
    createdAt,
    url,
    nodeId,
    head: headSha,
    body: text(value["body"]) ?? "",
    headRef,
    headRepository: text(headRepo?.["full_name"]),
    author,
    baseRef,
    mergeCommitSha: merged && mergeCommit ? mergeCommit : undefined,
  };
}

function object(value: unknown): PlainObject | undefined {
  return isPlainObject(value) ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
