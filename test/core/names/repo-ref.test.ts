import { describe, expect, it } from "vitest";
import { parseRepoRef } from "../../../src/core/names/repo-ref.js";

describe("parseRepoRef", () => {
  it.each([
    ["octo/collection", { owner: "octo", repo: "collection" }],
    [" octo-org/my.repo_1 ", { owner: "octo-org", repo: "my.repo_1" }],
    ["user_emu/.github", { owner: "user_emu", repo: ".github" }],
  ])("reads %s", (text, ref) => {
    expect(parseRepoRef(text)).toEqual(ref);
  });

  // Paths a user may try where only plan takes a directory: none may reach an API URL.
  it.each(["../coll", "./x", "../..", "a/..", "a/.", "-x/repo", "o.rg/repo", "a/b/c", "a", "/repo", "owner/", "a b/c"])(
    "refuses %s",
    (text) => {
      expect(() => parseRepoRef(text, "--collection")).toThrow(
        `--collection must look like owner/repo (got "${text}")`,
      );
    },
  );
});
