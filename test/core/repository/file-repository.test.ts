import { writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RepositoryError } from "../../../src/core/repository/element-repository.js";
import { FileElementRepository } from "../../../src/core/repository/file-repository.js";
import { element } from "./elements.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "nexs-files-"));
  dirs.push(dir);
  return dir;
}

/** Every file under `dir`, relative, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const HAND_WRITTEN = `# Reviewed by the platform team.
metadata:
  id: persona-reviewer # stable id, do not change
  type: persona
  name: "Careful Reviewer"
  version: 1.0.0
  author: team@example.com
  tags: [review, quality]
  created_at: "2025-12-20T10:00:00Z"
  x-internal-ticket: OPS-42
data:
  # The prompt is long on purpose.
  system_prompt: |
    You review pull requests.
    You are careful.
  unknown_extension:
    nested: {keep: me}
  verbosity: balanced
`;

describe("file element repository", () => {
  it("lays files out by type and created date, and undated ones under 'undated'", async () => {
    const dir = await tempDir();
    const { repository } = await FileElementRepository.open(dir);
    await repository.create(element("dated"));
    await repository.create(element("plain", { created_at: undefined }, "skill"));
    expect(await tree(dir)).toEqual(["persona/2025-12-20/dated.yaml", "skill/undated/plain.yaml"]);
  });

  it("keeps comments, key order, quoting and unknown fields, editing only the changed field", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "persona/2025-12-20"), { recursive: true });
    const file = join(dir, "persona/2025-12-20/persona-reviewer.yaml");
    await writeFile(file, HAND_WRITTEN);
    const { repository, diagnostics } = await FileElementRepository.open(dir);
    expect(diagnostics).toEqual([]);
    await repository.update("persona-reviewer", (e) => ({ ...e, data: { ...e.data, verbosity: "concise" } }));
    expect(await readFile(file, "utf8")).toBe(HAND_WRITTEN.replace("verbosity: balanced", "verbosity: concise"));
    // An update that changes nothing leaves the bytes as they were.
    await repository.update("persona-reviewer", (e) => e);
    expect(await readFile(file, "utf8")).toBe(HAND_WRITTEN.replace("verbosity: balanced", "verbosity: concise"));
    const reopened = await FileElementRepository.open(dir);
    expect((await reopened.repository.getById("persona-reviewer"))?.data.unknown_extension).toEqual({
      nested: { keep: "me" },
    });
  });

  it("moves the file when the id or created date changes, leaving no copy", async () => {
    const dir = await tempDir();
    const { repository } = await FileElementRepository.open(dir);
    await repository.create(element("a"));
    await repository.update("a", (e) => ({ ...e, metadata: { ...e.metadata, created_at: "2026-01-02T00:00:00Z" } }));
    expect(await tree(dir)).toEqual(["persona/2026-01-02/a.yaml"]);
    await repository.update("a", (e) => ({ ...e, metadata: { ...e.metadata, id: "b" } }));
    expect(await tree(dir)).toEqual(["persona/2026-01-02/b.yaml"]);
    expect(await readdir(join(dir, "persona"))).toEqual(["2026-01-02"]); // the emptied date directory went too
    const reopened = await FileElementRepository.open(dir);
    expect((await reopened.repository.list()).map((e) => e.metadata.id)).toEqual(["b"]);
  });

  it("reports bad files as diagnostics, never deletes them and never writes over them", async () => {
    const dir = await tempDir();
    const day = join(dir, "persona/2025-12-20");
    await mkdir(day, { recursive: true });
    const bad: Record<string, string | Uint8Array> = {
      "broken.yaml": "metadata: [unclosed\n",
      "no-data.yaml": "metadata:\n  id: no-data\n  type: persona\n",
      "latin1.yaml": new Uint8Array([0x6d, 0x3a, 0x20, 0xe9, 0x0a]),
      "tagged.yaml": "metadata: !custom x\ndata: {}\n",
    };
    for (const [name, content] of Object.entries(bad)) await writeFile(join(day, name), content);
    await writeFile(join(day, "good.yaml"), (await import("yaml")).stringify(element("good")));
    await writeFile(join(day, "twin.yaml"), (await import("yaml")).stringify(element("good")));
    await writeFile(join(day, ".good.yaml.123.1.tmp"), "half a fi");
    await writeFile(join(day, "notes.txt"), "hello");
    await symlink(join(day, "good.yaml"), join(day, "link.yaml"));
    await mkdir(join(dir, "skill/2025-01-01"), { recursive: true });
    await writeFile(
      join(dir, "skill/2025-01-01/elsewhere.yaml"),
      (await import("yaml")).stringify(element("elsewhere")),
    );

    const before = await tree(dir);
    const { repository, diagnostics } = await FileElementRepository.open(dir);
    const codes = diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "persona/2025-12-20/broken.yaml error repository/unreadable",
        "persona/2025-12-20/latin1.yaml error repository/unreadable",
        "persona/2025-12-20/tagged.yaml error repository/unreadable",
        "persona/2025-12-20/no-data.yaml error repository/invalid-element",
        "persona/2025-12-20/twin.yaml error repository/duplicate-id",
        "persona/2025-12-20/.good.yaml.123.1.tmp info repository/interrupted-write",
        "persona/2025-12-20/notes.txt info repository/ignored",
        "persona/2025-12-20/link.yaml warning repository/not-a-file",
        "skill/2025-01-01/elsewhere.yaml warning repository/misplaced",
      ]),
    );
    expect(diagnostics).toHaveLength(9);
    expect(
      diagnostics.find((d) => d.code === "repository/unreadable" && d.file.endsWith("latin1.yaml"))?.message,
    ).toMatch(/UTF-8/);
    expect((await repository.list()).map((e) => e.metadata.id)).toEqual(["elsewhere", "good"]);
    expect(await tree(dir)).toEqual(before);
    // no-data.yaml was refused at load; creating an element at its path must not overwrite it.
    const error = await repository.create(element("no-data")).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RepositoryError);
    expect(await readFile(join(day, "no-data.yaml"), "utf8")).toBe(bad["no-data.yaml"]);
    // The misplaced file moves to its place on its next update.
    await repository.update("elsewhere", (e) => e);
    expect(await tree(join(dir, "persona"))).toContain("2025-12-20/elsewhere.yaml");
  });

  it("serialises concurrent renames and updates in one process", async () => {
    const dir = await tempDir();
    const { repository } = await FileElementRepository.open(dir);
    await repository.batchCreate(Array.from({ length: 10 }, (_, i) => element(`e${i}`)));
    const work = Array.from({ length: 10 }, (_, i) => [
      repository.update(`e${i}`, (e) => ({ ...e, metadata: { ...e.metadata, id: `r${i}` } })),
      ...Array.from({ length: 5 }, () =>
        repository.update(`r${i}`, (e) => ({ ...e, data: { ...e.data, counter: Number(e.data.counter) + 1 } })),
      ),
    ]).flat();
    await Promise.all(work);
    const reopened = await FileElementRepository.open(dir);
    const all = await reopened.repository.list();
    expect(all.map((e) => [e.metadata.id, e.data.counter])).toEqual(Array.from({ length: 10 }, (_, i) => [`r${i}`, 5]));
    expect(await tree(dir)).toHaveLength(10);
  });

  it("loads 10,000 element files", async () => {
    const dir = await tempDir();
    const day = join(dir, "memory/2025-12-20");
    await mkdir(day, { recursive: true });
    // A template, not a YAML serialiser: writing the fixture must not cost more than loading it.
    const body = (i: number) => `# memory ${i}
metadata:
  id: m${i}
  type: memory
  name: Memory number ${i}
  version: 1.0.0
  author: team@example.com
  tags: [fact, "n${i}"]
  created_at: "2025-12-20T10:00:00Z"
data:
  content: Remember fact number ${i}.
  search_index:
    - fact
    - n${i}
`;
    for (let i = 0; i < 10_000; i++) writeFileSync(join(day, `m${i}.yaml`), body(i));
    const { repository, diagnostics } = await FileElementRepository.open(dir);
    expect(diagnostics).toEqual([]);
    expect(await repository.list({ type: "memory", limit: 100_000 })).toHaveLength(10_000);
    expect((await repository.getById("m9999"))?.data.content).toBe("Remember fact number 9999.");
  });

  it("opening a missing directory creates nothing; a batch that fails half-way removes what it made, base too", async () => {
    const base = join(await tempDir(), "new/elements");
    const { repository } = await FileElementRepository.open(base, {
      beforeRename: (temporary) => {
        if (temporary.includes("third")) throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
      },
    });
    await expect(readdir(join(base, ".."))).rejects.toThrow(/ENOENT/);
    const batch = [
      element("first"),
      element("second", {}, "skill"),
      element("third", { created_at: "2025-01-02T00:00:00Z" }),
    ];
    await expect(repository.batchCreate(batch)).rejects.toThrow(
      /could not write persona\/2025-01-02\/third\.yaml: ENOSPC/,
    );
    await expect(readdir(base)).rejects.toThrow(/ENOENT/);
    expect(await repository.exists("first")).toBe(false);
  });

  it("never writes through a symbolic link below its base, wherever on the path the link is", async () => {
    const base = await tempDir();
    const elsewhere = await tempDir();
    await mkdir(join(elsewhere, "2025-12-20"));
    await symlink(elsewhere, join(base, "persona"));
    const { repository } = await FileElementRepository.open(base);
    await repository.create(element("kept", {}, "skill"));
    await expect(repository.batchCreate([element("a", {}, "agent"), element("p")])).rejects.toThrow(
      /could not write persona\/2025-12-20\/p\.yaml: .*\/persona is a symbolic link: nothing is written through a link/,
    );
    expect(await tree(elsewhere)).toEqual([]);
    expect((await readdir(base)).sort()).toEqual(["persona", "skill"]);
  });
});
