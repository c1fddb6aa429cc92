// The local tree hash against real git: the same edits applied in a work tree and by applyTreeEdits must give
// the same root tree SHA, including directories created and emptied.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textBlobSha } from "../../../src/core/git/object-sha.js";
import { applyTreeEdits, FILE_MODE, type TreeEntry, type TreeListing } from "../../../src/core/git/tree-hash.js";

let dir: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nexs-git-tree-"));
  git("init", "-q");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reset(files: Record<string, string>): TreeListing {
  git("rm", "-rq", "--cached", "--ignore-unmatch", ".");
  git("clean", "-fdxq");
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  git("add", "-A");
  const sha = git("write-tree");
  const entries: TreeEntry[] = git("ls-tree", "-r", "-t", sha)
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [meta = "", path = ""] = line.split("\t");
      const [mode = "", type = "", entrySha = ""] = meta.split(" ");
      return { path, mode, type: type === "tree" ? "tree" : "blob", sha: entrySha };
    });
  return { sha, entries };
}

const segment = fc.constantFrom("a", "b", "elements", "persona", "x.yaml", "y.yaml", "z-1.yml");
const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/"));
const content = fc.string({ maxLength: 20 });

/** Files whose paths never use a file as a directory (git could not hold them either). */
function consistent(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const paths = Object.keys(files).sort();
  for (const p of paths) {
    const clash = Object.keys(out).some((q) => p.startsWith(`${q}/`) || q.startsWith(`${p}/`));
    if (!clash) out[p] = files[p] ?? "";
  }
  return out;
}

describe("applyTreeEdits", () => {
  it("computes the tree SHA git computes, for additions, updates and deletions", () => {
    fc.assert(
      fc.property(
        fc.dictionary(path, content, { minKeys: 1, maxKeys: 6 }),
        fc.dictionary(path, fc.option(content, { nil: null }), { maxKeys: 6 }),
        (baseFiles, rawEdits) => {
          const base = consistent(baseFiles);
          const listing = reset(base);
          const after: Record<string, string> = { ...base };
          const edits = [];
          for (const [p, text] of Object.entries(rawEdits)) {
            if (text === null) {
              if (!(p in after)) continue;
              delete after[p];
              edits.push({ path: p, blob: null });
            } else {
              const clash = Object.keys(after).some((q) => q !== p && (p.startsWith(`${q}/`) || q.startsWith(`${p}/`)));
              if (clash) continue;
              after[p] = text;
              edits.push({ path: p, blob: { sha: textBlobSha(text), mode: FILE_MODE } });
            }
          }
          const expected = reset(after).sha;
          expect(applyTreeEdits(listing, edits).sha).toBe(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("names the highest directories a deletion empties", () => {
    const listing = reset({
      "elements/memory/m.yaml": "m",
      "elements/skill/s.yaml": "s",
      "top/only/t.yaml": "t",
      "README.md": "r",
    });
    const edited = applyTreeEdits(listing, [
      { path: "elements/memory/m.yaml", blob: null },
      { path: "top/only/t.yaml", blob: null },
    ]);
    expect(edited.emptiedDirs).toEqual(["elements/memory", "top"]);
    expect(edited.sha).toBe(reset({ "elements/skill/s.yaml": "s", "README.md": "r" }).sha);
  });

  it("refuses a file used as a directory", () => {
    const listing = reset({ "elements/persona.yaml": "p" });
    expect(() =>
      applyTreeEdits(listing, [
        { path: "elements/persona.yaml/x.yaml", blob: { sha: textBlobSha("x"), mode: FILE_MODE } },
      ]),
    ).toThrow(/is a file in the collection/);
  });
});
