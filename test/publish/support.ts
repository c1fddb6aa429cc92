// Shared setup of the publish tests: a workspace on disk, publish options as the Action builds them, an
// instant environment, and readers for what the collection holds afterwards.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type {
  PublishEnvironment,
  PublishOptions,
  PublishPlanResult,
  PublishResult,
} from "../../src/core/publish/types.js";
import type { StateDocument } from "../../src/core/state/state-document.js";
import { parseStateDocument } from "../../src/core/state/state-parse.js";
import type { GitHubClient } from "../../src/github/client.js";
import { publish } from "../../src/github/publish/publish.js";
import { REPO } from "../bundle/run-action.js";
import { api, isObject, list, readFile, str, type TestEmulator } from "../support/emulator.js";
import { tempDir } from "../support/tmp-dir.js";

export const SOURCE = { owner: "publisher", repo: "source", id: 4242, commit: "a".repeat(40) };
export const BRANCH = "nexs/publisher/source";
export const STATE_KEY = "sources/publisher/source.json";
export const SIGNING_KEY = "test-signing-key-0123456789";

/** A workspace holding `elements/` copied from the examples (or from `from`); removed after its test or file. */
export function workspace(from = "examples/elements"): string {
  const dir = tempDir("nexs-publish-ws-");
  cpSync(join(REPO, from), join(dir, "elements"), { recursive: true });
  return dir;
}

export function writeElement(ws: string, relative: string, text: string): void {
  const path = join(ws, "elements", relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function removeElement(ws: string, relative: string): void {
  rmSync(join(ws, "elements", relative));
}

/** A small valid skill; `extra` lines go at the end of `data`. */
export function skill(
  id: string,
  options: { version?: string; updatedAt?: string; description?: string; privacy?: string } = {},
): string {
  return [
    "metadata:",
    `  id: ${id}`,
    "  type: skill",
    `  name: Skill ${id}`,
    `  description: ${options.description ?? `Does ${id}`}`,
    `  version: ${options.version ?? "1.0.0"}`,
    "  author: bench@example.com",
    '  created_at: "2025-01-01T00:00:00Z"',
    `  updated_at: "${options.updatedAt ?? "2025-01-02T00:00:00Z"}"`,
    "data:",
    "  triggers:",
    "    - type: manual",
    "  procedures:",
    "    - step: 1",
    `      action: Do ${id}`,
    ...(options.privacy ? [`  privacy_level: ${options.privacy}`] : []),
    "",
  ].join("\n");
}

/** A workspace of `count` generated skills. */
export function generatedWorkspace(count: number, prefix = "skill-gen"): string {
  const dir = tempDir("nexs-publish-gen-");
  for (let i = 0; i < count; i++) {
    const id = `${prefix}-${String(i).padStart(4, "0")}`;
    writeElement(dir, `${id}.yaml`, skill(id));
  }
  return dir;
}

export function publishOptions(cwd: string, overrides: Partial<PublishOptions> = {}): PublishOptions {
  return {
    source: SOURCE,
    paths: ["elements"],
    cwd,
    strict: false,
    maxFileSize: 256 * 1024,
    collection: { owner: "nexs", repo: "collection" },
    base: "main",
    branch: BRANCH,
    pathTemplate: "elements/{type}/{id}.yaml",
    conflictStrategy: "manual",
    deleteMissing: false,
    dryRun: false,
    signingKey: SIGNING_KEY,
    labels: [],
    draft: false,
    title: "nexs-publish: elements from publisher/source",
    stateBranch: "nexs-state",
    fork: false,
    reopenClosed: false,
    runId: "run-1",
    ...overrides,
  };
}

let clock = Date.parse("2026-01-01T00:00:00Z");

/** Instant sleeps, a clock that moves one second per reading, a fixed "random" for the retry jitter. */
export const instant: PublishEnvironment = {
  now: () => {
    clock += 1000;
    return new Date(clock);
  },
  sleep: () => Promise.resolve(),
  random: () => 0.5,
};

export function planned(result: PublishResult): PublishPlanResult {
  if (result.kind !== "planned")
    throw new Error(
      `publish refused: ${result.problems.join("; ")} ${result.validation.diagnostics.map((d) => `${d.file}: ${d.message}`).join("; ")}`,
    );
  return result;
}

export async function publishOk(
  client: GitHubClient,
  options: PublishOptions,
  env: PublishEnvironment = instant,
): Promise<PublishPlanResult> {
  return planned(await publish(client, options, env));
}

export async function readState(emulator: TestEmulator, url = emulator.url, key = STATE_KEY): Promise<StateDocument> {
  return parseStateDocument(await readFile(url, emulator.token, emulator.collection, "nexs-state", key));
}

export interface PullSummary {
  number: number;
  state: string;
  body: string;
  headRef: string;
  updatedAt: string;
  draft: boolean;
}

export async function pulls(emulator: TestEmulator, state: "open" | "all" = "all"): Promise<PullSummary[]> {
  const data = await api(
    emulator.url,
    emulator.token,
    "GET",
    `/repos/nexs/collection/pulls?state=${state}&per_page=100`,
  );
  if (!Array.isArray(data)) throw new Error("pulls: not a list");
  return data.map((pr) => ({
    number: isObject(pr) && typeof pr.number === "number" ? pr.number : -1,
    state: str(pr, "state"),
    body: isObject(pr) && typeof pr.body === "string" ? pr.body : "",
    headRef: str(pr, "head", "ref"),
    updatedAt: str(pr, "updated_at"),
    draft: isObject(pr) && pr.draft === true,
  }));
}

/** SHAs of the commits between the base branch and the head branch, newest first. */
export async function commitsOnBranch(emulator: TestEmulator, branch = BRANCH, base = "main"): Promise<string[]> {
  const data = await api(
    emulator.url,
    emulator.token,
    "GET",
    `/repos/nexs/collection/compare/${base}...${encodeURIComponent(branch)}`,
  );
  return list(data, "commits").map((commit) => str(commit, "sha"));
}
