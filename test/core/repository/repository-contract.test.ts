import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { diagnostic, FILE_START } from "../../../src/core/diagnostic/diagnostic.js";
import {
  type ElementRepository,
  RepositoryError,
  type ValidateElementText,
} from "../../../src/core/repository/element-repository.js";
import { FileElementRepository } from "../../../src/core/repository/file-repository.js";
import { MemoryElementRepository } from "../../../src/core/repository/memory-repository.js";
import { element } from "./elements.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function fileRepository(validate?: ValidateElementText): Promise<ElementRepository> {
  const dir = await mkdtemp(join(tmpdir(), "nexs-repo-"));
  dirs.push(dir);
  return (await FileElementRepository.open(dir, validate ? { validate } : {})).repository;
}

async function rejection(promise: Promise<unknown>): Promise<RepositoryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof RepositoryError) return error;
  throw new Error(`expected a RepositoryError, got ${String(error)}`);
}

const implementations: [string, (validate?: ValidateElementText) => Promise<ElementRepository>][] = [
  ["memory", async (validate) => new MemoryElementRepository(validate)],
  ["file", fileRepository],
];

describe.each(implementations)("ElementRepository contract: %s", (_name, make) => {
  it("creates, reads, updates, deletes", async () => {
    const repo = await make();
    await repo.create(element("a"));
    expect(await repo.exists("a")).toBe(true);
    expect(await repo.getById("a")).toEqual(element("a"));
    const updated = await repo.update("a", (e) => ({ ...e, data: { ...e.data, counter: 5 } }));
    expect(updated.data.counter).toBe(5);
    expect((await repo.getById("a"))?.data.counter).toBe(5);
    expect(await repo.delete("a")).toBe(true);
    expect(await repo.delete("a")).toBe(false);
    expect(await repo.getById("a")).toBeUndefined();
  });

  it("hands out copies, never its own objects", async () => {
    const repo = await make();
    const original = element("a");
    await repo.create(original);
    original.metadata.name = "changed outside";
    const read = await repo.getById("a");
    if (read) read.data.counter = 99;
    expect(await repo.getById("a")).toEqual(element("a"));
  });

  it("refuses duplicates, unknown ids and invalid elements with a typed error", async () => {
    const repo = await make();
    await repo.create(element("a"));
    expect((await rejection(repo.create(element("a")))).problem).toBe("duplicate-id");
    expect((await rejection(repo.update("missing", element("missing")))).problem).toBe("not-found");
    expect((await rejection(repo.create(element("../escape")))).problem).toBe("invalid-element");
    expect((await rejection(repo.create(element("b", { created_at: "yesterday" })))).message).toMatch(/RFC 3339/);
    await repo.create(element("b"));
    expect((await rejection(repo.update("a", element("b")))).problem).toBe("duplicate-id");
  });

  it("renames through update", async () => {
    const repo = await make();
    await repo.create(element("old"));
    await repo.update("old", element("new"));
    expect(await repo.exists("old")).toBe(false);
    expect((await repo.getById("new"))?.metadata.id).toBe("new");
  });

  it("lists by type, active flag and all tags, ordered by id, with offset and limit", async () => {
    const repo = await make();
    await repo.batchCreate([
      element("c", { tags: ["x", "y"] }),
      element("a", { tags: ["x"] }),
      element("b", { tags: ["x", "y"], is_active: false }),
      element("d", { tags: ["y"] }, "skill"),
    ]);
    const ids = async (filter: Parameters<ElementRepository["list"]>[0]) =>
      (await repo.list(filter)).map((e) => e.metadata.id);
    expect(await ids({})).toEqual(["a", "b", "c", "d"]);
    expect(await ids({ type: "persona" })).toEqual(["a", "b", "c"]);
    expect(await ids({ active: true })).toEqual(["a", "c", "d"]);
    expect(await ids({ active: false })).toEqual(["b"]);
    expect(await ids({ tags: ["x", "y"] })).toEqual(["b", "c"]);
    expect(await ids({ tags: ["y"], type: "persona", active: true })).toEqual(["c"]);
    expect(await ids({ offset: 1, limit: 2 })).toEqual(["b", "c"]);
    expect(await ids({ offset: 3, limit: 10 })).toEqual(["d"]);
    expect(await ids({ limit: 0 })).toEqual([]);
  });

  it("creates a batch all or nothing", async () => {
    const repo = await make();
    await repo.create(element("taken"));
    const error = await rejection(repo.batchCreate([element("one"), element("two"), element("taken")]));
    expect(error.problem).toBe("duplicate-id");
    expect(await repo.exists("one")).toBe(false);
    expect((await rejection(repo.batchCreate([element("x"), element("x")]))).problem).toBe("duplicate-id");
    expect((await rejection(repo.batchCreate([element("y"), element("Bad Id")]))).problem).toBe("invalid-element");
    expect(await repo.list()).toHaveLength(1);
    expect(await repo.batchCreate([element("one"), element("two")])).toHaveLength(2);
  });

  it("validates with the given element validator, reporting its first error", async () => {
    const validate: ValidateElementText = (file, text) =>
      text.includes("forbidden") ? [diagnostic(file, FILE_START, "error", "schema/pattern", "forbidden word")] : [];
    const repo = await make(validate);
    const error = await rejection(repo.create(element("a", { name: "forbidden" })));
    expect(error.problem).toBe("invalid-element");
    expect(error.message).toContain("schema/pattern: forbidden word");
    expect(error.diagnostics).toHaveLength(1);
    await repo.create(element("a"));
    expect((await rejection(repo.update("a", (e) => ({ ...e, data: { note: "forbidden" } })))).problem).toBe(
      "invalid-element",
    );
    expect((await repo.getById("a"))?.data).toEqual(element("a").data);
  });

  it("never interleaves concurrent read-modify-write updates", async () => {
    const repo = await make();
    await repo.create(element("n"));
    const bump = () => repo.update("n", (e) => ({ ...e, data: { ...e.data, counter: Number(e.data.counter) + 1 } }));
    await Promise.all(Array.from({ length: 50 }, bump));
    expect((await repo.getById("n"))?.data.counter).toBe(50);
  });
});
