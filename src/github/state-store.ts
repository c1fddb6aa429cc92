import { textBlobSha } from "../core/git/object-sha.js";
import { FILE_MODE } from "../core/git/tree-hash.js";
import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import { DEFAULT_STATE_BRANCH } from "../core/publish/defaults.js";
import type { StateStore, StoredText, WriteOutcome } from "../core/tracking/state-store.js";
import type { GitHubClient } from "./client.js";
import { readBranchHead, readTree } from "./collection-read.js";
import type { CommitAuthor } from "./commit-writer.js";
import { attempt, type HttpFailure, httpFailure, isPushProtection, toGitHubError } from "./github-error.js";

export interface GitHubStateStoreOptions {
  /** The collection. */
  repo: RepoRef;
  /** Default `nexs-state`. */
  branch?: string;
  author?: CommitAuthor;
}

const README = `# nexs-publish state

This branch holds one JSON document per source repository (\`sources/{owner}/{repo}.json\`), written by
nexs-publish with compare-and-swap on each file's blob SHA. It shares no history with the collection and
must never be merged.
`;

function checkKey(key: string): string {
  const parts = key.split("/");
  if (!key || key.startsWith("/") || parts.some((part) => part === "" || part === "." || part === "..")) {
    throw new Error(`state key must be a relative path without empty, "." or ".." segments (got "${key}")`);
  }
  return key;
}

/** GitHub's words for "the SHA you named is not the file's SHA" (or the file appeared or vanished). */
const STALE = /does not match|is at [0-9a-f]+ but expected|wasn't supplied|already exists|does not exist|\bsha\b/i;
const NO_BRANCH = /branch\b.*\b(not found|does not exist)|no commit found|repository is empty/i;
/** GitHub's 404 for a contents read on a ref that does not exist; a missing path answers "Not Found". */
const NO_REF = /^no commit found for the ref\b/i;

function isMissingBranch(failure: HttpFailure): boolean {
  return (
    failure.status === 404 || ((failure.status === 422 || failure.status === 409) && NO_BRANCH.test(failure.message))
  );
}

/**
 * The StateStore port on a branch of the collection: GitHub is the database, the Contents API's blob SHA the
 * version. The branch is created by the first write as an orphan commit (a README and that write's document)
 * rather than from the base branch: with no common history it cannot be merged by accident, it carries no copy
 * of the collection, and its creation does not depend on which branch is the base. Creating the ref is the
 * compare-and-swap of that first write: whoever creates it first wins, everyone else re-reads.
 *
 * A read that finds no branch (GitHub says so in the 404's message) lets the next create-only write make the
 * branch at once, without first sending a PUT that would fail. It is only a hint, so it never decides an
 * outcome: a branch created since then makes the ref creation fail with "already exists" (a conflict, re-read),
 * and a read that could not tell leaves the PUT to find out.
 */
export class GitHubStateStore implements StateStore {
  readonly repo: RepoRef;
  readonly branch: string;
  private readonly where: string;
  /** The last read found no branch. */
  private noBranchOnLastRead = false;

  constructor(
    private readonly client: GitHubClient,
    private readonly options: GitHubStateStoreOptions,
  ) {
    this.repo = options.repo;
    this.branch = options.branch ?? DEFAULT_STATE_BRANCH;
    this.where = formatRepoRef(options.repo);
  }

  /** The last read found no branch (GitHub said "No commit found for the ref"): nothing was ever recorded here. */
  get lastReadFoundNoBranch(): boolean {
    return this.noBranchOnLastRead;
  }

  /** Every document key under `prefix` (one branch-head read and one tree read); none before the first write. */
  async list(prefix = "sources/"): Promise<string[]> {
    const head = await readBranchHead(this.client, this.repo, this.branch);
    if (!head) return [];
    const tree = await readTree(this.client, this.repo, head.tree);
    return tree.entries
      .filter((entry) => entry.type === "blob" && entry.path.startsWith(prefix) && entry.path.endsWith(".json"))
      .map((entry) => entry.path)
      .sort();
  }

  async read(key: string): Promise<StoredText | undefined> {
    const path = checkKey(key);
    const context = { attempted: `read ${path} on branch ${this.branch} of ${this.where}`, repository: this.where };
    const data = await this.client.rest.repos.getContent({ ...this.repo, path, ref: this.branch }).then(
      (response) => response.data,
      (error: unknown) => {
        const failure = httpFailure(error);
        if (failure?.status !== 404) throw toGitHubError(error, context);
        this.noBranchOnLastRead = NO_REF.test(failure.message);
        return undefined;
      },
    );
    if (data === undefined) return undefined;
    this.noBranchOnLastRead = false;
    if (Array.isArray(data) || data.type !== "file")
      throw new Error(`${path} on branch ${this.branch} of ${this.where} is not a file`);
    // Files over 1 MB come without content: fetch the blob itself.
    const base64 =
      data.encoding === "base64" && (data.content || data.size === 0)
        ? data.content
        : (await attempt(context, () => this.client.rest.git.getBlob({ ...this.repo, file_sha: data.sha }))).data
            .content;
    return { text: Buffer.from(base64, "base64").toString("utf8"), version: data.sha };
  }

  async write(key: string, text: string, expected: string | null, message: string): Promise<WriteOutcome> {
    const path = checkKey(key);
    if (expected === null && this.noBranchOnLastRead) return this.createBranch(path, text, message);
    const first = await this.put(path, text, expected, message);
    if (first !== "no-branch") return first;
    // A document we expected to find cannot exist on a branch that does not.
    if (expected !== null) return { ok: false, reason: "conflict" };
    return this.createBranch(path, text, message);
  }

  private async put(
    path: string,
    text: string,
    expected: string | null,
    message: string,
  ): Promise<WriteOutcome | "no-branch"> {
    try {
      const { data } = await this.client.rest.repos.createOrUpdateFileContents({
        ...this.repo,
        path,
        message,
        content: Buffer.from(text, "utf8").toString("base64"),
        branch: this.branch,
        ...(expected !== null ? { sha: expected } : {}),
        ...(this.options.author ? { committer: this.options.author, author: this.options.author } : {}),
      });
      const version = data.content?.sha;
      if (!version) throw new Error(`GitHub did not return the new blob SHA of ${path}`);
      return { ok: true, version };
    } catch (error) {
      const failure = httpFailure(error);
      const context = {
        attempted: `write ${path} on branch ${this.branch} of ${this.where}`,
        repository: this.where,
        path,
      };
      if (!failure || isPushProtection(failure)) throw toGitHubError(error, context);
      if (isMissingBranch(failure)) return "no-branch";
      if ((failure.status === 409 || failure.status === 422) && STALE.test(failure.message))
        return { ok: false, reason: "conflict" };
      throw toGitHubError(error, context);
    }
  }

  /** Three calls (tree, commit, ref) where creating an empty branch and then writing would take four. */
  private async createBranch(path: string, text: string, message: string): Promise<WriteOutcome> {
    const context = { attempted: `create the state branch ${this.branch} on ${this.where}`, repository: this.where };
    const tree = await attempt(context, () =>
      this.client.rest.git.createTree({
        ...this.repo,
        tree: [
          { path: "README.md", mode: FILE_MODE, type: "blob", content: README },
          { path, mode: FILE_MODE, type: "blob", content: text },
        ],
      }),
    );
    const commit = await attempt(context, () =>
      this.client.rest.git.createCommit({
        ...this.repo,
        message: `${message}\n\nnexs-publish: state branch created.`,
        tree: tree.data.sha,
        parents: [],
        ...(this.options.author ? { author: this.options.author } : {}),
      }),
    );
    try {
      await this.client.rest.git.createRef({ ...this.repo, ref: `refs/heads/${this.branch}`, sha: commit.data.sha });
      this.noBranchOnLastRead = false;
      return { ok: true, version: textBlobSha(text) };
    } catch (error) {
      const failure = httpFailure(error);
      // Another writer created it first, perhaps holding this very document: re-read and re-apply.
      if (failure?.status === 422 && /already exists/i.test(failure.message)) {
        this.noBranchOnLastRead = false;
        return { ok: false, reason: "conflict" };
      }
      throw toGitHubError(error, context);
    }
  }
}
