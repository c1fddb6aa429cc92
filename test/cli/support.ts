// Setup shared by the CLI's GitHub tests: a source repository on disk (a Git repository whose origin is the
// emulator's `publisher/source`), the environment the CLI bundle runs with, and what the collection holds.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { REPO } from "../bundle/run-action.js";
import type { Fixture } from "../github/fixture.js";
import { api, isObject } from "../support/emulator.js";

/** A git that reads no configuration of this machine: identical commits for identical trees and times. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: {
      PATH: process.env["PATH"] ?? "",
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
      GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
      GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
    },
  }).trim();
}

export interface SourceRepo {
  dir: string;
  commit: string;
  /** Writes an element file under elements/ (and commits it, unless told not to). */
  write(relative: string, text: string, commit?: boolean): void;
  read(relative: string): string;
  remove(): void;
}

/** examples/elements in a fresh Git repository with one commit and origin https://github.com/publisher/source. */
export function sourceRepo(): SourceRepo {
  const dir = mkdtempSync(join(tmpdir(), "nexs-cli-source-"));
  cpSync(join(REPO, "examples/elements"), join(dir, "elements"), { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "remote", "add", "origin", "https://github.com/publisher/source.git");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "elements");
  const repo: SourceRepo = {
    dir,
    commit: git(dir, "rev-parse", "HEAD"),
    write(relative, text, commit = true) {
      const path = join(dir, "elements", relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      if (!commit) return;
      git(dir, "add", "-A");
      git(dir, "commit", "-q", "-m", `edit ${relative}`);
      repo.commit = git(dir, "rev-parse", "HEAD");
    },
    read: (relative) => readFileSync(join(dir, "elements", relative), "utf8"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}

/** The environment a user's shell would give the CLI bundle: the API, a token, the signing key, a HOME. */
export function cliEnv(fx: Fixture, home: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_API_URL: fx.proxy.url,
    GITHUB_TOKEN: fx.emulator.token,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    ...extra,
  };
}

/** The emulator's numeric id of publisher/source (the Action is told it; the CLI reads it). */
export async function sourceId(fx: Fixture): Promise<number> {
  const data = await api(fx.emulator.url, fx.emulator.token, "GET", "/repos/publisher/source");
  if (!isObject(data) || typeof data["id"] !== "number") throw new Error("no id for publisher/source");
  return data["id"];
}

/** Merges a pull request of the collection; returns the merge commit. */
export async function mergePullRequest(fx: Fixture, number: number): Promise<string> {
  const data = await api(fx.emulator.url, fx.emulator.token, "PUT", `/repos/nexs/collection/pulls/${number}/merge`, {
    merge_method: "merge",
  });
  if (!isObject(data) || typeof data["sha"] !== "string") throw new Error(`merging #${number} gave no sha`);
  return data["sha"];
}

/** The one JSON object a `--json` run printed. */
export function jsonOf(stdout: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(stdout);
  if (!isObject(parsed)) throw new Error(`not a JSON object: ${stdout.slice(0, 200)}`);
  return parsed;
}
