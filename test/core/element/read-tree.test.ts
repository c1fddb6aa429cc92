import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReadTreeResult, readElementTree } from "../../../src/core/element/read-tree.js";

let root: string; // the working directory of every read
let outside: string;

const write = (path: string, text: string): void => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
};
const text = (result: ReadTreeResult): Record<string, string> =>
  Object.fromEntries(result.sources.map((s) => [s.file, new TextDecoder().decode(s.bytes)]));
const codes = (result: ReadTreeResult): string[] =>
  result.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code} ${d.line}:${d.column}`);

/** Runs `fn` unable to read files marked 0o000, even when the tests run as root. */
async function asUnprivileged<T>(fn: () => Promise<T>): Promise<T> {
  const root = process.getuid?.() === 0 && process.seteuid !== undefined;
  if (root) process.seteuid?.(65534);
  try {
    return await fn();
  } finally {
    if (root) process.seteuid?.(0);
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "read-tree-"));
  outside = mkdtempSync(join(tmpdir(), "read-tree-outside-"));
  chmodSync(root, 0o755); // the unprivileged reads below must be able to enter it
  write(join(root, "elements/persona/a.yaml"), "a: 1\n");
  write(join(root, "elements/skill/b.yml"), "b: 2\n");
  write(join(root, "elements/skill/deep/c.yaml"), "c: 3\n");
  write(join(root, "elements/README.md"), "# not an element\n");
  write(join(root, "elements/notes.txt"), "x\n");
  write(join(outside, "secret.yaml"), "token: outside-the-tree\n");
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe("readElementTree", () => {
  it("walks directories, reads .yaml and .yml, lists the rest as ignored, all sorted and relative with /", async () => {
    const result = await readElementTree(["elements"], { cwd: root, maxFileSize: 1024 });
    expect(text(result)).toEqual({
      "elements/persona/a.yaml": "a: 1\n",
      "elements/skill/b.yml": "b: 2\n",
      "elements/skill/deep/c.yaml": "c: 3\n",
    });
    expect(result.sources.map((s) => s.file)).toEqual([
      "elements/persona/a.yaml",
      "elements/skill/b.yml",
      "elements/skill/deep/c.yaml",
    ]);
    expect(result.ignored).toEqual(["elements/README.md", "elements/notes.txt"]);
    expect(result.diagnostics).toEqual([]);
  });

  it("reads a file named directly, once even when also reached through its directory, and shows paths outside cwd with ../", async () => {
    const result = await readElementTree(["elements/skill/b.yml", "elements/skill"], { cwd: root, maxFileSize: 1024 });
    expect(Object.keys(text(result))).toEqual(["elements/skill/b.yml", "elements/skill/deep/c.yaml"]);
    const fromBelow = await readElementTree(["../persona/a.yaml"], {
      cwd: join(root, "elements/skill"),
      maxFileSize: 1024,
    });
    expect(Object.keys(text(fromBelow))).toEqual(["../persona/a.yaml"]);
  });

  it("a path that does not exist is one file/not-found diagnostic", async () => {
    const result = await readElementTree(["nope", "elements/persona/a.yaml"], { cwd: root, maxFileSize: 1024 });
    expect(codes(result)).toEqual(["nope error file/not-found 1:1"]);
    expect(result.diagnostics[0]?.message).toContain("nope does not exist");
    expect(result.sources).toHaveLength(1);
  });

  it("refuses a file over the limit from its size alone (a sparse 8 GiB file is never read)", async () => {
    const dir = join(root, "big");
    write(join(dir, "huge.yaml"), "");
    truncateSync(join(dir, "huge.yaml"), 8 * 1024 ** 3);
    write(join(dir, "limit.yaml"), "x".repeat(100));
    write(join(dir, "over.yaml"), "x".repeat(101));
    const result = await readElementTree(["big"], { cwd: root, maxFileSize: 100 });
    expect(codes(result)).toEqual([
      "big/huge.yaml error limit/file-size 1:1",
      "big/over.yaml error limit/file-size 1:1",
    ]);
    expect(result.sources.map((s) => s.file)).toEqual(["big/limit.yaml"]);
  });

  it("never follows a symlink: one pointing outside the tree is an error, whatever its name; its target is not read", async () => {
    const dir = join(root, "links");
    mkdirSync(dir);
    symlinkSync(join(outside, "secret.yaml"), join(dir, "escape.yaml"));
    symlinkSync(outside, join(dir, "shared"));
    const result = await readElementTree(["links"], { cwd: root, maxFileSize: 1024 });
    expect(codes(result)).toEqual([
      "links/escape.yaml error file/not-regular 1:1",
      "links/shared warning file/not-regular 1:1",
    ]);
    expect(result.diagnostics[0]?.message).toContain("symlink");
    expect(result.sources).toEqual([]);
    const named = await readElementTree(["links/escape.yaml", "links/shared"], { cwd: root, maxFileSize: 1024 });
    expect(codes(named)).toEqual([
      "links/escape.yaml error file/not-regular 1:1",
      "links/shared error file/not-regular 1:1",
    ]);
    expect(JSON.stringify(named)).not.toContain("outside-the-tree");
  });

  it("never opens a FIFO (opening one for reading would block until a writer comes)", async () => {
    const dir = join(root, "fifo");
    mkdirSync(dir);
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    const result = await readElementTree(["fifo", "fifo/pipe.yaml"], { cwd: root, maxFileSize: 1024 });
    expect(codes(result)).toEqual([
      "fifo/pipe.txt warning file/not-regular 1:1",
      "fifo/pipe.yaml error file/not-regular 1:1",
    ]);
    expect(result.diagnostics[1]?.message).toContain("FIFO");
  });

  it("an unreadable file or directory is a file/unreadable diagnostic, and the rest is still read", async () => {
    const dir = join(root, "locked");
    write(join(dir, "open.yaml"), "ok: 1\n");
    write(join(dir, "closed.yaml"), "no: 1\n");
    write(join(dir, "sealed/inner.yaml"), "no: 2\n");
    chmodSync(join(dir, "closed.yaml"), 0o000);
    chmodSync(join(dir, "sealed"), 0o000);
    try {
      const result = await asUnprivileged(() => readElementTree(["locked"], { cwd: root, maxFileSize: 1024 }));
      expect(codes(result)).toEqual([
        "locked/closed.yaml error file/unreadable 1:1",
        "locked/sealed error file/unreadable 1:1",
      ]);
      expect(result.diagnostics[0]?.message).toContain("EACCES");
      expect(Object.keys(text(result))).toEqual(["locked/open.yaml"]);
    } finally {
      chmodSync(join(dir, "sealed"), 0o755);
    }
  });
});
