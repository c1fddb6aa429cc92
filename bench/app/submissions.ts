// The submissions bench/app tracks: 5 sources with 40 open PRs each, recorded in their state documents as the
// Action's publish leaves them (pending, with their elements), and pull_request deliveries that move each PR
// along draft → rejected (closed) → pending (reopened) → draft..., each with a later `updated_at`, so every event
// is a status move. Payloads are GitHub's documented pull_request example with this PR's fields, the body the
// Action writes (table and signed marker), and the installation; serialized and signed once, so the App under
// test and the floor get the same bytes.
import { createHash, createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pullRequestBody } from "../../src/core/publish/pr-body.js";
import type { PublishRow } from "../../src/core/publish/types.js";
import { stateKey } from "../../src/core/state/state-codec.js";
import type { SourceRef, StateDocument, SubmissionElement } from "../../src/core/state/state-document.js";
import type { SubmissionStatus } from "../../src/core/state/status.js";
import { encodeMarker } from "../../src/core/tracking/marker-trust.js";
import { recordSubmission } from "../../src/core/tracking/record-submission.js";
import { INSTALLATION_ID } from "./github-side.js";

export const COLLECTION = { owner: "nexs", repo: "collection" } as const;
const ELEMENTS_PER_PR = 4;
/** The PRs' `created_at`, and their `updated_at` at publish; every event adds a second. */
const T0 = Date.parse("2025-06-02T09:00:00Z");

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown, what: string): Json {
  if (!isRecord(value)) throw new Error(`webhooks example: ${what} is not an object`);
  return value;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

export interface TrackedPr {
  number: number;
  source: Required<SourceRef>;
  elements: SubmissionElement[];
  head: string;
  body: string;
  /** Events sent so far; the status and `updated_at` of the last one. */
  step: number;
  status: SubmissionStatus;
  updatedAt: string;
}

export interface Delivery {
  id: string;
  body: string;
  signature: string;
  pr: number;
}

const CYCLE: readonly SubmissionStatus[] = ["draft", "rejected", "pending"];
const ACTION: Record<SubmissionStatus, string> = {
  draft: "converted_to_draft",
  rejected: "closed",
  pending: "reopened",
  merged: "closed",
};

export function makeSubmissions(sources: number, perSource: number, signingKey: string): TrackedPr[] {
  const names = ["agents", "skills", "templates", "personas", "memories", "ensembles", "tools", "prompts"];
  const prs: TrackedPr[] = [];
  for (let s = 0; s < sources; s++) {
    const source = {
      owner: `team-${String.fromCharCode(97 + s)}`,
      repo: names[s % names.length] ?? "elements",
      id: 9000 + s,
    };
    const name = `${source.owner}/${source.repo}`;
    const commit = sha1(`commit ${name}`);
    for (let p = 0; p < perSource; p++) {
      const number = s * perSource + p + 1;
      const elements = Array.from({ length: ELEMENTS_PER_PR }, (_, e) => {
        const id = `skill-${source.owner}-${p}-${e}`;
        return { id, path: `elements/skill/${id}.yaml`, blob: sha1(`blob ${id}`) };
      });
      const marker = encodeMarker({ source: { name, id: source.id }, commit, elements, issuedAt: iso(T0) }, signingKey);
      const rows: PublishRow[] = elements.map((e) => ({
        id: e.id,
        path: e.path,
        outcome: "add",
        reason: "new in the source",
        proposed: true,
        blocking: false,
        private: false,
      }));
      prs.push({
        number,
        source,
        elements,
        head: sha1(`head ${number}`),
        body: pullRequestBody({ source: name, commit, rows, marker }),
        step: 0,
        status: "pending",
        updatedAt: iso(T0),
      });
    }
  }
  return prs;
}

const urlOf = (n: number) => `https://github.com/${COLLECTION.owner}/${COLLECTION.repo}/pull/${n}`;
const nodeIdOf = (n: number) => `PR_kwDOBench${String(n).padStart(6, "0")}`;

/** key → canonical text of each source's document after its publishes: every PR pending. */
export function seededDocuments(prs: readonly TrackedPr[]): Map<string, StateDocument> {
  const documents = new Map<string, StateDocument>();
  for (const pr of prs) {
    const key = stateKey(pr.source);
    const next = recordSubmission({
      source: pr.source,
      number: pr.number,
      url: urlOf(pr.number),
      nodeId: nodeIdOf(pr.number),
      head: pr.head,
      elements: pr.elements,
      status: "pending",
      updatedAt: iso(T0),
      createdAt: iso(T0),
      runId: "publish",
    })(documents.get(key));
    if (next) documents.set(key, next);
  }
  return documents;
}

/** GitHub's documented `pull_request` payload (with an installation), read from @octokit/webhooks-examples. */
export function loadTemplate(): Json {
  const path = join(process.cwd(), "node_modules/@octokit/webhooks-examples/api.github.com/index.json");
  const all: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(all)) throw new Error("@octokit/webhooks-examples: expected an array");
  for (const entry of all) {
    if (!isRecord(entry) || entry["name"] !== "pull_request" || !Array.isArray(entry["examples"])) continue;
    const example: unknown = entry["examples"].find(
      (e: unknown) => isRecord(e) && e["action"] === "closed" && isRecord(e["installation"]),
    );
    if (isRecord(example)) return example;
  }
  throw new Error("@octokit/webhooks-examples: no pull_request.closed example with an installation");
}

/** The next status move of `pr`, as GitHub would deliver it; advances `pr`. */
export function nextDelivery(template: Json, pr: TrackedPr, secret: string): Delivery {
  pr.step++;
  const status = CYCLE[(pr.step - 1) % CYCLE.length] ?? "pending";
  pr.status = status;
  pr.updatedAt = iso(T0 + pr.step * 1000);
  const payload = structuredClone(template);
  const repository = record(payload["repository"], "repository");
  repository["name"] = COLLECTION.repo;
  repository["full_name"] = `${COLLECTION.owner}/${COLLECTION.repo}`;
  const owner = record(repository["owner"], "repository.owner");
  owner["login"] = COLLECTION.owner;
  owner["type"] = "Organization";
  const publisher = { ...record(payload["sender"], "sender"), login: "publisher" };

  const closed = status === "rejected";
  const pull = record(payload["pull_request"], "pull_request");
  Object.assign(pull, {
    number: pr.number,
    html_url: urlOf(pr.number),
    url: `https://api.github.com/repos/${COLLECTION.owner}/${COLLECTION.repo}/pulls/${pr.number}`,
    node_id: nodeIdOf(pr.number),
    state: closed ? "closed" : "open",
    draft: status === "draft",
    merged: false,
    merged_at: null,
    closed_at: closed ? pr.updatedAt : null,
    created_at: iso(T0),
    updated_at: pr.updatedAt,
    title: `nexs-publish: elements from ${pr.source.owner}/${pr.source.repo}`,
    body: pr.body,
    user: publisher,
  });
  const branch = `nexs/${pr.source.owner}/${pr.source.repo}`;
  const head = record(pull["head"], "pull_request.head");
  Object.assign(head, { ref: branch, sha: pr.head, label: `${COLLECTION.owner}:${branch}`, repo: repository });
  const base = record(pull["base"], "pull_request.base");
  Object.assign(base, { ref: "main", label: `${COLLECTION.owner}:main`, repo: repository });
  Object.assign(payload, {
    action: ACTION[status],
    number: pr.number,
    sender: publisher,
    installation: { id: INSTALLATION_ID, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNzc3" },
  });
  const body = JSON.stringify(payload);
  return {
    id: randomUUID(),
    body,
    signature: `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    pr: pr.number,
  };
}
