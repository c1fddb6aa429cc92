// A `check_run` webhook asking for a re-run, read field by field: which run, which commit, which pull request.
import { isPlainObject, type PlainObject } from "../common/plain-object.js";
import type { RepoRef } from "../names/repo-ref.js";
import { CHECK_NAME, pullNumberOfExternalId } from "./check-identity.js";

export interface CheckRunRerequest {
  collection: RepoRef;
  headSha: string;
  /** The pull requests of this repository the payload names; GitHub leaves the list empty for a fork's. */
  pullNumbers: number[];
  /** The pull request our external id names, when the run carries one. */
  externalPullNumber: number | undefined;
}

export type RerequestReading = { ok: true; request: CheckRunRerequest } | { ok: false; reason: string };

/** Undefined fields and other apps' check runs are refused with a reason to log, never guessed at. */
export function readCheckRunRerequest(payload: unknown): RerequestReading {
  const root = object(payload);
  const run = object(root?.["check_run"]);
  const repository = object(root?.["repository"]);
  if (!root || !run || !repository) return { ok: false, reason: "the payload has no check_run or repository" };
  if (root["action"] !== "rerequested") return { ok: false, reason: `the action is not "rerequested"` };
  if (run["name"] !== CHECK_NAME) return { ok: false, reason: `the check run is not ${CHECK_NAME}` };
  const headSha = run["head_sha"];
  if (typeof headSha !== "string" || !/^[0-9a-f]{40}$/.test(headSha))
    return { ok: false, reason: "the check run has no head_sha" };
  const owner = object(repository["owner"])?.["login"];
  const repo = repository["name"];
  if (typeof owner !== "string" || typeof repo !== "string" || !owner || !repo)
    return { ok: false, reason: "the repository has no owner login or name" };
  const pulls = Array.isArray(run["pull_requests"]) ? run["pull_requests"] : [];
  const pullNumbers = pulls.flatMap((pull) => {
    const entry = object(pull);
    const number = entry?.["number"];
    const baseRepo = object(object(entry?.["base"])?.["repo"]);
    if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return [];
    // A pull request of another repository can share the commit; only this repository's are ours to check.
    return baseRepo?.["id"] === repository["id"] ? [number] : [];
  });
  return {
    ok: true,
    request: {
      collection: { owner, repo },
      headSha,
      pullNumbers,
      externalPullNumber: pullNumberOfExternalId(run["external_id"]),
    },
  };
}

function object(value: unknown): PlainObject | undefined {
  return isPlainObject(value) ? value : undefined;
}
