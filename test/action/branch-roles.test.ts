// The Action refuses a head, base and state branch that are not three before any call to GitHub: a head that is
// the state branch would be force-moved onto the elements, dropping every other source's state.
import { describe, expect, it } from "vitest";
import { runAction } from "../bundle/run-action.js";
import { tempDir } from "../support/tmp-dir.js";

// Nothing listens there: a run that got as far as GitHub would fail with another message.
const NO_GITHUB = {
  GITHUB_REPOSITORY: "publisher/source",
  GITHUB_REPOSITORY_ID: "4242",
  GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
  GITHUB_API_URL: "http://127.0.0.1:9",
};

describe("publish's branches (Action bundle)", () => {
  it.each([
    [{ branch: "nexs-state" }, 'input "branch" must differ from input "state-branch" (both are "nexs-state")'],
    [{ "state-branch": "main", base: "main" }, 'input "state-branch" must differ from input "base" (both are "main")'],
    [{ base: "bad..name" }, 'input "base": "bad..name"'],
  ])("%o is one error, before any work", async (inputs, message) => {
    const run = await runAction(
      tempDir("nexs-branch-roles-"),
      { command: "publish", collection: "nexs/collection", token: "t0ken-for-the-test", ...inputs },
      NO_GITHUB,
    );
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });
});
