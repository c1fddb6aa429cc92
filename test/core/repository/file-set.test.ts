import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RepositoryError } from "../../../src/core/repository/element-repository.js";
import { pathUnder, writeFileSet } from "../../../src/core/repository/file-set.js";
import { tempDir } from "../../support/tmp-dir.js";

const fresh = () => tempDir("nexs-file-set-");

describe("writeFileSet", () => {
  it("writes what differs and reports what it did", async () => {
    const base = fresh();
    writeFileSync(join(base, "same.yaml"), "same\n");
    writeFileSync(join(base, "old.yaml"), "old\n");
    const result = await writeFileSet([
      { path: join(base, "same.yaml"), text: "same\n" },
      { path: join(base, "old.yaml"), text: "new\n" },
      { path: join(base, "a/b/new.yaml"), text: "created\n" },
    ]);
    expect(result).toEqual({
      created: [join(base, "a/b/new.yaml")],
      updated: [join(base, "old.yaml")],
      unchanged: [join(base, "same.yaml")],
    });
    expect(readFileSync(join(base, "a/b/new.yaml"), "utf8")).toBe("created\n");
  });

  it("puts everything back when a write fails half-way", async () => {
    const base = fresh();
    writeFileSync(join(base, "first.yaml"), "first, before\n");
    let renames = 0;
    const failing = writeFileSet(
      [
        { path: join(base, "first.yaml"), text: "first, after\n" },
        { path: join(base, "deep/second.yaml"), text: "second\n" },
        { path: join(base, "deep/third.yaml"), text: "third\n" },
      ],
      {
        beforeRename: () => {
          if (++renames === 3) throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
        },
      },
    );
    await expect(failing).rejects.toThrow(/could not write .*third\.yaml: ENOSPC; nothing was changed/);
    expect(readFileSync(join(base, "first.yaml"), "utf8")).toBe("first, before\n");
    expect(existsSync(join(base, "deep"))).toBe(false);
  });

  it("never writes through a link below its base", async () => {
    const base = fresh();
    const elsewhere = fresh();
    mkdirSync(join(base, "persona"));
    symlinkSync(elsewhere, join(base, "persona/2025-12-20"));
    await expect(
      writeFileSet([{ path: join(base, "persona/2025-12-20/x.yaml"), text: "x\n" }], { base }),
    ).rejects.toThrow(RepositoryError);
    expect(existsSync(join(elsewhere, "x.yaml"))).toBe(false);
  });

  it("never writes through a link higher up either, even when the directory exists where it leads", async () => {
    const base = fresh();
    const elsewhere = fresh();
    mkdirSync(join(elsewhere, "2025-12-20"));
    symlinkSync(elsewhere, join(base, "persona"));
    await expect(
      writeFileSet([{ path: join(base, "persona/2025-12-20/x.yaml"), text: "x\n" }], { base }),
    ).rejects.toThrow(/persona is a symbolic link: nothing is written through a link/);
    expect(existsSync(join(elsewhere, "2025-12-20/x.yaml"))).toBe(false);
  });

  it("keeps layout paths inside the target", () => {
    expect(pathUnder("/srv/data", "persona/2025-12-20/a.yaml")).toBe("/srv/data/persona/2025-12-20/a.yaml");
    for (const bad of ["../a.yaml", "/etc/passwd", "a/../../b", "a//b", "a\\b", ""])
      expect(() => pathUnder("/srv/data", bad), bad).toThrow(RepositoryError);
  });
});
