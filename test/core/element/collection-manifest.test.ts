// collection.yaml: what a NEXS MCP server reads to install a collection, checked by validate with line and column;
// and collection init, whose manifest validate accepts.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run.js";
import { DIAGNOSTIC_CODES } from "../../../src/core/element/codes.js";
import { diskClassifier, diskTree } from "../../../src/core/element/collection-disk.js";
import { matchGlob, type RepositoryTree } from "../../../src/core/element/collection-glob.js";
import { checkCollectionManifest, dependencyProblem } from "../../../src/core/element/collection-manifest.js";
import { validateTree } from "../../../src/core/element/validate-tree.js";
import { elementGlobs } from "../../../src/core/interop/collection-init.js";
import { fakeIo } from "../../cli/fake-io.js";
import { tempDir } from "../../support/tmp-dir.js";
import { at } from "./validate-fixtures.js";

const EXAMPLES = join(import.meta.dirname, "../../../examples/elements");
const OPTIONS = { strict: false, maxFileSize: 1 << 20 };

/** A repository with the example elements under elements/, and `manifest` as its collection.yaml. */
function repository(manifest?: string): string {
  const root = tempDir("nexs-collection-");
  cpSync(EXAMPLES, join(root, "elements"), { recursive: true });
  if (manifest !== undefined) writeFileSync(join(root, "collection.yaml"), manifest);
  return root;
}

const MANIFEST = `name: review-kit
version: 1.2.0
author: platform-team@example.com
description: Reviewers, their skills and the report they write.
tags: [code-review]
elements:
  - path: elements/persona/*.yaml
    type: persona
  - path: elements/skill/*.yaml
    type: skill
  - path: elements/template/*.yaml
    type: template
  - path: elements/agent/*.yaml
    type: agent
  - path: elements/memory/*.yaml
    type: memory
  - path: elements/ensemble/*.yaml
    type: ensemble
dependencies:
  - uri: github://nexs-org/base-kit@^1.2.0
`;

function check(text: string, options: { allowInstallHooks?: boolean; baseText?: string; root?: string } = {}) {
  const root = options.root ?? repository();
  return checkCollectionManifest(
    { file: "collection.yaml", bytes: Buffer.from(text) },
    {
      tree: diskTree(root),
      classify: diskClassifier(root, { maxFileSize: 1 << 20 }),
      manifestPath: "collection.yaml",
      allowInstallHooks: options.allowInstallHooks ?? false,
      ...(options.baseText === undefined ? {} : { baseText: options.baseText }),
    },
  );
}
const found = (text: string, options?: Parameters<typeof check>[1]) =>
  check(text, options).diagnostics.map((d) => ({ line: d.line, column: d.column, severity: d.severity, code: d.code }));

describe("collection.yaml in validate", () => {
  it("accepts a good manifest and finds the elements it names", () => {
    const result = check(MANIFEST);
    expect(result.diagnostics).toEqual([]);
    expect(result.elements.map((e) => e.path)).toHaveLength(8);
  });

  it("is checked when it sits at the top of a directory validate is given, and counts as a file", async () => {
    const root = repository(MANIFEST.replace("version: 1.2.0", "version: 1.2"));
    const report = await validateTree(["."], { ...OPTIONS, cwd: root });
    expect(report.files).toBe(9);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      "collection.yaml:2:10 collection/version",
    ]);
    // Deeper in the tree, a file of that name is an element file like any other.
    const outer = tempDir("nexs-outer-");
    cpSync(root, join(outer, "repo"), { recursive: true });
    const deeper = await validateTree(["."], { ...OPTIONS, cwd: outer });
    expect(deeper.diagnostics.map((d) => d.code)).toContain("structure/top-level");
    expect(deeper.diagnostics.some((d) => d.code.startsWith("collection/"))).toBe(false);
  });

  it("gives a missing required field its own code, at the mapping that should hold it", () => {
    const text = MANIFEST.replace("author: platform-team@example.com\n", "");
    expect(found(text)).toEqual([{ line: 1, column: 1, severity: "error", code: "collection/required" }]);
    expect(check(text).diagnostics[0]?.message).toBe('collection.yaml is missing the required key "author"');
    expect(found(MANIFEST.replace(/elements:[\s\S]*?dependencies:/, "dependencies:"))[0]?.code).toBe(
      "collection/required",
    );
  });

  it.each([
    ["1.2", "not a Semantic Versioning version"],
    ["v1.2.0", "not a Semantic Versioning version"],
    ["1.2.0+build.5", "+build metadata is refused"],
  ])("refuses the version %s at its position", (version, message) => {
    const text = MANIFEST.replace("version: 1.2.0", `version: ${version}`);
    const result = check(text);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ ...at(text, version), code: "collection/version" });
    expect(result.diagnostics[0]?.message).toContain(message);
  });

  it.each(["../elements/persona/*.yaml", "/etc/*.yaml", "elements/../../*.yaml"])(
    "refuses the element glob %s, which escapes the repository",
    (glob) => {
      const text = MANIFEST.replace("elements/persona/*.yaml", glob);
      expect(found(text)).toEqual([{ ...at(text, glob), severity: "error", code: "collection/element-outside" }]);
    },
  );

  it("refuses a glob that goes through a symbolic link", () => {
    const root = repository();
    const outside = tempDir("nexs-outside-");
    writeFileSync(join(outside, "secret.yaml"), "metadata: {type: persona}\n");
    symlinkSync(outside, join(root, "elements/linked"));
    const text = MANIFEST.replace("elements/persona/*.yaml", "elements/*/*.yaml");
    const codes = found(text, { root }).map((d) => d.code);
    expect(codes).toContain("collection/element-outside");
  });

  it("refuses a command hook unless the collection opts in, and then asks for a review of it, by line", () => {
    const text = `${MANIFEST}hooks:
  post_install:
    - type: confirm
      message: Install the review kit?
    - type: command
      command: npm install --global review-tools
`;
    const refused = check(text);
    expect(refused.diagnostics.map((d) => [d.line, d.column, d.severity, d.code])).toEqual([
      [...Object.values(at(text, "command\n")), "error", "collection/install-hook"],
    ]);
    expect(refused.diagnostics[0]?.message).toContain("run on the machine of everyone who installs this collection");
    const allowed = check(text, { allowInstallHooks: true });
    expect(allowed.diagnostics.map((d) => [d.line, d.severity, d.code])).toEqual([
      [at(text, "command\n").line, "warning", "collection/install-hook-review"],
    ]);
    expect(allowed.diagnostics[0]?.message).toMatch(/^hooks\.post_install\[1\] on line 25 is a command hook/);
    // Against the base of a pull request: an unchanged hook says nothing, a changed one is named.
    expect(check(text, { allowInstallHooks: true, baseText: text }).diagnostics).toEqual([]);
    const changed = text.replace("review-tools", "review-tools@2");
    const review = check(changed, { allowInstallHooks: true, baseText: text }).diagnostics;
    expect(review.map((d) => d.code)).toEqual(["collection/install-hook-review"]);
    expect(review[0]?.message).toContain("is a new or changed command hook");
  });

  it("takes --allow-install-hooks on the command line", async () => {
    const root = repository(`${MANIFEST}hooks:\n  post_install:\n    - type: command\n      command: make setup\n`);
    const refused = fakeIo(root);
    expect(await runCli(["validate", "."], refused)).toBe(1);
    expect(refused.out()).toMatch(/^collection\.yaml:23:13 error collection\/install-hook hooks\.post_install\[0\]/m);
    const allowed = fakeIo(root);
    expect(await runCli(["validate", ".", "--allow-install-hooks"], allowed)).toBe(0);
    expect(allowed.out()).toMatch(/^collection\.yaml:23:13 warning collection\/install-hook-review .* on line 23 /m);
  });

  it("checks the hooks a server runs for their shape", () => {
    const text = `${MANIFEST}hooks:
  pre_install:
    - type: shell
  post_update:
    - type: confirm
  on_boot: []
`;
    expect(found(text).map((d) => d.code)).toEqual([
      "collection/invalid",
      "collection/required",
      "collection/unknown-key",
    ]);
  });

  it("says when a glob matches nothing, or matches what is not an element file of its type", () => {
    const root = repository();
    writeFileSync(join(root, "elements/skill/README.md"), "# skills\n");
    const text = MANIFEST.replace("elements/memory/*.yaml", "elements/memories/*.yaml")
      .replace("elements/skill/*.yaml", "elements/skill/*")
      .replace("elements/agent/*.yaml\n    type: agent", "elements/*/*.yaml\n    type: agent");
    const codes = found(text, { root }).map((d) => `${d.line}:${d.code}`);
    expect(codes).toEqual([
      `${at(text, "elements/skill/*").line}:collection/element-not-element`,
      `${at(text, "type: agent").line}:collection/element-type-mismatch`,
      `${at(text, "elements/memories").line}:collection/element-no-match`,
    ]);
  });

  it("checks dependency URIs", () => {
    expect(dependencyProblem("github://nexs-org/base-kit@^1.2.0")).toBeUndefined();
    expect(dependencyProblem("github://nexs-org/base-kit")).toBeUndefined();
    expect(dependencyProblem("https://example.com/kit.tar.gz")).toBeUndefined();
    expect(dependencyProblem("github://nexs-org/base-kit@latest")).toContain("version constraint");
    expect(dependencyProblem("github://-bad/kit")).toContain("no GitHub owner");
    expect(dependencyProblem("github:nexs-org/kit")).toContain("github://owner/repo");
    expect(dependencyProblem("file:///home/me/kit")).toContain("neither");
    const text = MANIFEST.replace("@^1.2.0", "@one");
    expect(found(text)).toEqual([{ ...at(text, "github://"), severity: "error", code: "collection/dependency-uri" }]);
  });

  it("warns about unknown keys and stale stats", () => {
    const text = `${MANIFEST}stats:\n  total_elements: 7\n  skills: 2\nlogo: kit.png\n`;
    expect(found(text).map((d) => [d.severity, d.code])).toEqual([
      ["warning", "collection/stale-stats"],
      ["warning", "collection/unknown-key"],
    ]);
  });

  it("matches globs as the server's filepath.Glob does", () => {
    const tree: RepositoryTree = {
      entries: (path) =>
        ({
          "": [
            { name: "a", kind: "directory" as const },
            { name: ".hidden", kind: "directory" as const },
          ],
          a: [
            { name: "x.yaml", kind: "file" as const },
            { name: "y.yml", kind: "file" as const },
            { name: "*.yaml", kind: "file" as const },
            { name: "b", kind: "directory" as const },
          ],
          "a/b": [{ name: "z.yaml", kind: "file" as const }],
        })[path],
    };
    const paths = (pattern: string) => {
      const r = matchGlob(tree, pattern);
      return r.ok ? r.matches.map((m) => m.path) : r.problem;
    };
    expect(paths("a/*.yaml")).toEqual(["a/*.yaml", "a/x.yaml"]);
    expect(paths("a/**/*.yaml")).toEqual(["a/b/z.yaml"]); // ** is *: one directory level, as in Go
    expect(paths("a/[xy].y*ml")).toEqual(["a/x.yaml", "a/y.yml"]);
    expect(paths("a/\\*.yaml")).toEqual(["a/*.yaml"]);
    expect(paths("*/x.yaml")).toEqual(["a/x.yaml"]); // hidden directories are not installed
    expect(paths("a/[.yaml")).toBe("bad-pattern");
    expect(paths("a/../x")).toBe("outside");
  });

  it("documents its codes", () => {
    const codes = Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith("collection/"));
    const source = readFileSync(join(import.meta.dirname, "../../../src/core/element/collection-manifest.ts"), "utf8");
    const used = new Set([...source.matchAll(/"(collection\/[a-z-]+)"/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...codes].sort());
  });
});

describe("collection init", () => {
  it("writes a manifest for the examples that validate accepts, with one glob per type and the stats", async () => {
    const root = repository();
    const io = fakeIo(root);
    expect(await runCli(["collection", "init"], io)).toBe(0);
    expect(io.out()).toBe("✔ collection.yaml written: 8 elements in 6 globs\n");
    const text = readFileSync(join(root, "collection.yaml"), "utf8");
    expect(text).toContain("  - path: elements/skill/*.yaml\n    type: skill\n");
    expect(text).toContain("stats:\n  total_elements: 8\n  personas: 1\n  skills: 2\n");
    expect(text).toContain("  last_updated: 2025-12-20T10:00:00Z\n");
    const validate = fakeIo(root);
    expect(await runCli(["validate", "."], validate)).toBe(0);
    expect(validate.out()).toBe("✔ 9 files, 0 errors, 0 warnings\n");
    // A new element of a type already there needs no edit of the manifest.
    cpSync(join(EXAMPLES, "skill/skill-code-review.yaml"), join(root, "elements/skill/skill-another.yaml"));
    writeFileSync(
      join(root, "elements/skill/skill-another.yaml"),
      readFileSync(join(root, "elements/skill/skill-another.yaml"), "utf8").replace(
        "id: skill-code-review",
        "id: skill-another",
      ),
    );
    const after = fakeIo(root);
    await runCli(["validate", "."], after);
    expect(after.out()).toContain("collection/stale-stats");
    expect(after.out()).not.toMatch(/ error /);
  });

  it("changes nothing on a second run, and keeps the fields and comments a person wrote", async () => {
    const root = repository();
    await runCli(["collection", "init", "--name", "review-kit", "--author", "Platform Team"], fakeIo(root));
    const path = join(root, "collection.yaml");
    const first = readFileSync(path, "utf8");
    const again = fakeIo(root);
    await runCli(["collection", "init"], again);
    expect(again.out()).toBe("✔ collection.yaml unchanged: 8 elements in 6 globs\n");
    expect(readFileSync(path, "utf8")).toBe(first);
    writeFileSync(path, first.replace("name: review-kit", "# what installers see\nname: review-kit\nlicense: MIT"));
    rmSync(join(root, "elements/ensemble/ensemble-review-board.yaml"));
    await runCli(["collection", "init"], fakeIo(root));
    const edited = readFileSync(path, "utf8");
    expect(edited).toContain("# what installers see\nname: review-kit\nlicense: MIT\n");
    expect(edited).not.toContain("elements/ensemble/");
    expect(edited).toContain("  ensembles: 0\n");
  });

  it("follows the path template, and refuses one that leaves the repository", async () => {
    expect(elementGlobs("elements/{type}/{created}/{id}.yaml")).toEqual(
      ["persona", "skill", "template", "agent", "memory", "ensemble"].map((type) => ({
        type,
        glob: `elements/${type}/*/*.yaml`,
      })),
    );
    expect(elementGlobs("lib/{id}.yml")).toEqual([{ type: undefined, glob: "lib/*.yml" }]);
    expect(elementGlobs("../{type}/{id}.yaml")).toMatchObject({ problem: expect.stringContaining("leave") });
    const root = repository();
    mkdirSync(join(root, "empty"));
    const io = fakeIo(root);
    expect(await runCli(["collection", "init", "empty"], io)).toBe(2);
    expect(io.err()).toContain("no element files match the path template here");
  });
});
