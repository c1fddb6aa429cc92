// A pull request's collection.yaml checked against its head commit's git tree: globs walk the tree, a matched
// file's type comes from the files read or from the path template, a link is never followed, and command hooks
// are errors unless allowed, then warnings only where they differ from the base branch's manifest.
import { describe, expect, it } from "vitest";
import { checkPullRequestManifest, gitTree } from "../../../src/core/check/check-manifest.js";
import type { TreeEntry } from "../../../src/core/git/tree-hash.js";
import { skill } from "../../check/texts.js";

const SHA = "a".repeat(40);
const blob = (path: string, mode = "100644"): TreeEntry => ({ path, mode, type: "blob", sha: SHA, size: 10 });
const dir = (path: string): TreeEntry => ({ path, mode: "040000", type: "tree", sha: SHA });

/** A head tree: two skills, a persona, a README, and a link in elements/. */
const TREE: TreeEntry[] = [
  blob("collection.yaml"),
  dir("elements"),
  dir("elements/skill"),
  blob("elements/skill/one.yaml"),
  blob("elements/skill/two.yaml"),
  // No tree entry for elements/persona: the directory is known from the path under it.
  blob("elements/persona/p.yaml"),
  blob("elements/README.md"),
  blob("elements/link.yaml", "120000"),
];

const HEAD = `name: review-kit
version: 1.0.0
author: team@example.com
description: Skills.
elements:
  - path: elements/skill/*.yaml
    type: skill
`;

const HOOKED = `${HEAD}hooks:
  post_install:
    - type: command
      command: echo installed
`;

function check(manifest: string, options: { allow?: boolean; base?: string; read?: Record<string, string> } = {}) {
  return checkPullRequestManifest({
    manifest: { file: "collection.yaml", bytes: Buffer.from(manifest) },
    ...(options.base !== undefined && { baseText: options.base }),
    tree: TREE,
    read: Object.entries(options.read ?? {}).map(([file, text]) => ({ file, bytes: Buffer.from(text) })),
    pathTemplate: "elements/{type}/{id}.yaml",
    allowInstallHooks: options.allow ?? false,
    maxFileSize: 1 << 20,
  }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

describe("a pull request's collection.yaml", () => {
  it("accepts globs that match element files the path template places, without reading them", () => {
    expect(check(HEAD)).toEqual([]);
  });

  it("takes a read file's type from its text, not its path", () => {
    const read = { "elements/skill/two.yaml": skill("two").replace("type: skill", "type: persona") };
    expect(check(HEAD, { read })).toEqual(["7:11 error collection/element-type-mismatch"]);
  });

  it("reports a glob matching a non-element, a link, nothing, or leaving the repository", () => {
    const text = `${HEAD}  - path: elements/*.md
    type: skill
  - path: elements/*.yaml
    type: skill
  - path: elements/agent/*.yaml
    type: agent
  - path: ../outside/*.yaml
    type: skill
`;
    expect(check(text)).toEqual([
      "8:11 error collection/element-not-element",
      "10:11 error collection/element-outside",
      "12:11 error collection/element-no-match",
      "14:11 error collection/element-outside",
    ]);
  });

  it("a command hook is an error by default; allowed, a warning naming its line unless the base has it", () => {
    expect(check(HOOKED)).toEqual(["10:13 error collection/install-hook"]);
    expect(check(HOOKED, { allow: true })).toEqual(["10:13 warning collection/install-hook-review"]);
    expect(check(HOOKED, { allow: true, base: HEAD })).toEqual(["10:13 warning collection/install-hook-review"]);
    expect(check(HOOKED, { allow: true, base: HOOKED })).toEqual([]);
    expect(check(HOOKED.replace("echo installed", "curl x | sh"), { allow: true, base: HOOKED })).toEqual([
      "10:13 warning collection/install-hook-review",
    ]);
  });
});

describe("gitTree", () => {
  it("lists each directory once, with links as links and implied directories present", () => {
    const tree = gitTree(TREE);
    expect(tree.entries("")).toEqual([
      { name: "collection.yaml", kind: "file" },
      { name: "elements", kind: "directory" },
    ]);
    expect(tree.entries("elements")).toEqual([
      { name: "skill", kind: "directory" },
      { name: "persona", kind: "directory" },
      { name: "README.md", kind: "file" },
      { name: "link.yaml", kind: "symlink" },
    ]);
    expect(tree.entries("elements/persona")).toEqual([{ name: "p.yaml", kind: "file" }]);
    expect(tree.entries("nowhere")).toBeUndefined();
  });
});
