// A checkout of the collection on disk, read as the plan reads GitHub, without any network: the blob of each
// file computed locally, blobs read from the files (or, for an older base, from the checkout's Git objects),
// and the source's state document from a file or from the state branch as Git has it.
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Env } from "../core/common/env.js";
import { errnoCode } from "../core/common/errno-code.js";
import { gitBlobSha } from "../core/git/object-sha.js";
import type { RepoRef } from "../core/names/repo-ref.js";
import { STATE_CODEC, stateKey } from "../core/state/state-codec.js";
import type { StateDocument } from "../core/state/state-document.js";
import { git } from "./git.js";
import { UsageError } from "./io.js";

export interface LocalCollection {
  /** path → blob of every regular file under the directory (`.git` left out). */
  remote: Map<string, string>;
  readBlob(sha: string): Promise<string>;
}

export function readLocalCollection(dir: string, env: Env): LocalCollection {
  const remote = new Map<string, string>();
  const byBlob = new Map<string, string>();
  const walk = (prefix: string) => {
    for (const entry of listDirectory(join(dir, prefix))) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory() && entry.name !== ".git") walk(`${path}/`);
      else if (entry.isFile()) {
        const blob = gitBlobSha(readFileSync(join(dir, path)));
        remote.set(path, blob);
        if (!byBlob.has(blob)) byBlob.set(blob, path);
      }
    }
  };
  walk("");
  return {
    remote,
    async readBlob(sha) {
      const path = byBlob.get(sha);
      if (path !== undefined) return readFileSync(join(dir, path), "utf8");
      // The last merged version the collection no longer holds: the checkout's history still does.
      const object = await git(dir, ["cat-file", "blob", sha], env);
      if (object.ok) return object.stdout.toString("utf8");
      throw new Error(`blob ${sha} is neither a file in ${dir} nor in its Git history: fetch the collection's history`);
    },
  };
}

function listDirectory(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw new UsageError(`${path}: cannot be read (${errnoCode(error) ?? "unknown error"})`);
  }
}

export interface LocalState {
  document: StateDocument | undefined;
  /** Where it came from, for the headline. */
  from: string;
}

/**
 * The source's state document: `--state FILE`, else `sources/<owner>/<repo>.json` on the state branch of the
 * checkout (the local branch, else the one fetched from origin). None found: planned without a base.
 */
export async function readLocalState(
  dir: string,
  source: RepoRef,
  options: { stateFile: string | undefined; stateBranch: string; env: Env },
): Promise<LocalState> {
  if (options.stateFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(options.stateFile, "utf8");
    } catch (error) {
      throw new UsageError(`--state ${options.stateFile}: cannot be read (${errnoCode(error) ?? "unknown error"})`);
    }
    return { document: parseState(text, options.stateFile), from: options.stateFile };
  }
  const key = stateKey(source);
  for (const branch of [options.stateBranch, `origin/${options.stateBranch}`]) {
    const shown = await git(dir, ["show", `${branch}:${key}`], options.env);
    if (shown.ok) return { document: parseState(shown.stdout.toString("utf8"), `${branch}:${key}`), from: branch };
  }
  return { document: undefined, from: "none" };
}

function parseState(text: string, where: string): StateDocument {
  try {
    return STATE_CODEC.parse(text);
  } catch (error) {
    throw new UsageError(`${where} is not a valid state document: ${error instanceof Error ? error.message : error}`);
  }
}
