// validateTree streams files and keeps only facts for the cross-file rules: it must report exactly what
// validateSources reports on the same bytes (duplicate ids, unresolved references, dependency cycles included),
// whether batches are checked here or by helpers, and must notice a file that changes before a finding is placed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { checkListedFiles, type ReadAhead } from "../../../src/core/element/check-batch.js";
import { fingerprint } from "../../../src/core/element/fingerprint.js";
import { type ListedFile, type ReadTreeOptions, readListedFile } from "../../../src/core/element/read-tree.js";
import type { SourceFile } from "../../../src/core/element/source.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import {
  BATCH_SIZE,
  type BatchHelper,
  type BatchReader,
  validateTree,
} from "../../../src/core/element/validate-tree.js";
import { tempDir } from "../../support/tmp-dir.js";
import { OPTIONS, sample, validSamples } from "./validate-fixtures.js";

const IDS = ["skill-a", "skill-b", "skill-c", "persona-a", "agent-a"];

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected a mapping");
  return Object.fromEntries(Object.entries(value));
}

/** A skill with this id and required dependencies. */
function skill(id: string, requires: string[]): string {
  const doc = record(parse(sample("skill")));
  const metadata = record(doc.metadata);
  const data = record(doc.data);
  return stringify({
    metadata: { ...metadata, id },
    data: { ...data, dependencies: requires.map((to) => ({ skill_id: to, required: true })) },
  });
}

/** A persona with this id that names these skills. */
function persona(id: string, skills: string[]): string {
  const doc = record(parse(sample("persona")));
  const data = record(doc.data);
  const related = skills.length > 0 ? { related_skills: skills } : {};
  return stringify({ metadata: { ...record(doc.metadata), id }, data: { ...data, ...related } });
}

function writeTree(files: Map<string, string>): string {
  const root = tempDir("validate-stream-");
  for (const [name, text] of files) {
    mkdirSync(join(root, "elements", name.split("/").slice(0, -1).join("/")), { recursive: true });
    writeFileSync(join(root, "elements", name), text);
  }
  return root;
}

function sourcesOf(root: string, files: Map<string, string>): SourceFile[] {
  return [...files.keys()]
    .sort()
    .map((name) => ({ file: `elements/${name}`, bytes: new Uint8Array(readFileSync(join(root, "elements", name))) }));
}

const element = fc.oneof(
  fc.tuple(fc.constantFrom(...IDS), fc.subarray(IDS, { maxLength: 2 })).map(([id, requires]) => skill(id, requires)),
  fc.tuple(fc.constantFrom(...IDS), fc.subarray(IDS, { maxLength: 2 })).map(([id, skills]) => persona(id, skills)),
  fc.constantFrom(...validSamples().values()),
  fc.constant("metadata: [not, a, mapping]\ndata: {}\n"),
);

/** A helper that checks batches in this thread, as a worker would, counting what it did. */
function inProcessHelper(): BatchHelper & { batches: number; closed: boolean } {
  return {
    batches: 0,
    closed: false,
    async check(batch, options) {
      this.batches++;
      return checkListedFiles(batch, options);
    },
    close() {
      this.closed = true;
    },
  };
}

/** A batch as the CLI's reader thread answers for it. */
function readAhead(batch: readonly ListedFile[], options: ReadTreeOptions): ReadAhead[] {
  return batch.map((listed) => {
    const read = readListedFile(listed, options);
    return read.ok
      ? { file: listed.file, bytes: read.bytes, fingerprint: fingerprint(read.bytes) }
      : { file: listed.file, bytes: undefined };
  });
}

describe("validateTree streaming", () => {
  it("reports exactly what validateSources reports, cross-file findings included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(element, { minLength: 1, maxLength: 10 }), fc.boolean(), async (texts, strict) => {
        const files = new Map(texts.map((text, i) => [`${i % 3 === 0 ? "skills/" : ""}e${i}.yaml`, text]));
        const root = writeTree(files);
        const tree = await validateTree(["elements"], { ...OPTIONS, strict, cwd: root });
        const memory = validateSources(sourcesOf(root, files), { ...OPTIONS, strict });
        expect(tree.diagnostics).toEqual(memory.diagnostics);
        expect(tree.elements).toEqual(memory.elements);
        expect(tree.byType).toEqual(memory.byType);
        expect(tree.files).toBe(memory.files);
      }),
      { numRuns: 40 },
    );
  });

  it("finds a cycle, a duplicate id and an unresolved reference at their places", async () => {
    const files = new Map([
      ["a.yaml", skill("skill-a", ["skill-b"])],
      ["b.yaml", skill("skill-b", ["skill-a"])],
      ["c.yaml", persona("persona-a", ["skill-nowhere"])],
      ["d.yaml", persona("persona-a", [])],
    ]);
    const root = writeTree(files);
    const report = await validateTree(["elements"], { ...OPTIONS, cwd: root, keepElements: false });
    const codes = report.diagnostics.map((d) => `${d.file} ${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "elements/a.yaml skill/dependency-cycle",
        "elements/b.yaml skill/dependency-cycle",
        "elements/c.yaml id/duplicate",
        "elements/d.yaml id/duplicate",
        "elements/c.yaml ref/unresolved",
      ]),
    );
    expect(report.diagnostics.find((d) => d.code === "ref/unresolved")?.line).toBeGreaterThan(1);
    expect(report.elements).toEqual([]); // keepElements: false
    expect(report.diagnostics).toEqual(validateSources(sourcesOf(root, files), OPTIONS).diagnostics);
  });

  it("shares batches with helpers, reports progress, closes the helpers, and still agrees", async () => {
    const files = new Map<string, string>();
    const count = BATCH_SIZE * 3 + 7;
    for (let i = 0; i < count; i++)
      files.set(`p/${String(i).padStart(4, "0")}.yaml`, persona(`persona-${i}`, i % 50 === 0 ? ["skill-missing"] : []));
    files.set("p/dup.yaml", persona("persona-3", []));
    const root = writeTree(files);
    const helper = inProcessHelper();
    const progress: [number, number][] = [];
    const report = await validateTree(["elements"], {
      ...OPTIONS,
      cwd: root,
      helpers: () => [helper],
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(helper.batches).toBeGreaterThan(0);
    expect(helper.closed).toBe(true);
    expect(progress.at(-1)).toEqual([count + 1, count + 1]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    const memory = validateSources(sourcesOf(root, files), OPTIONS);
    expect(report.diagnostics).toEqual(memory.diagnostics);
    expect(report.elements.map((e) => e.file)).toEqual(memory.elements.map((e) => e.file));
  });

  it("checks a batch here when a helper fails or answers for other files", async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < BATCH_SIZE * 2 + 1; i++)
      files.set(`p/${String(i).padStart(4, "0")}.yaml`, persona(`persona-${i}`, []));
    const root = writeTree(files);
    const failing: BatchHelper = { check: () => Promise.reject(new Error("worker died")), close() {} };
    const confused: BatchHelper = {
      check: async (batch, options) => checkListedFiles(batch.slice(1), options),
      close() {},
    };
    const memory = validateSources(sourcesOf(root, files), OPTIONS);
    for (const helper of [failing, confused]) {
      const report = await validateTree(["elements"], { ...OPTIONS, cwd: root, helpers: () => [helper] });
      expect(report.diagnostics).toEqual(memory.diagnostics);
      expect(report.elements).toHaveLength(files.size);
    }
  });

  it("lets a reader read this thread's batches but the first, and reads here what it could not", async () => {
    const files = new Map<string, string>();
    const count = BATCH_SIZE * 4 + 3;
    for (let i = 0; i < count; i++)
      files.set(`p/${String(i).padStart(4, "0")}.yaml`, persona(`persona-${i}`, i % 70 === 0 ? ["skill-missing"] : []));
    files.set("p/bad.yaml", "metadata: [not, a, mapping]\ndata: {}\n");
    const root = writeTree(files);
    const asked: string[][] = [];
    let closed = false;
    // Reads as a reader thread would, but gives nothing for every third file: this thread reads those itself.
    const reader: BatchReader = {
      async read(batch, options) {
        asked.push(batch.map((f) => f.file));
        return readAhead(batch, options).map((r, k) => (k % 3 === 0 ? { ...r, bytes: undefined } : r));
      },
      close() {
        closed = true;
      },
    };
    const report = await validateTree(["elements"], { ...OPTIONS, cwd: root, reader: () => reader });
    const memory = validateSources(sourcesOf(root, files), OPTIONS);
    expect(report.diagnostics).toEqual(memory.diagnostics);
    expect(report.elements).toEqual(memory.elements);
    expect(closed).toBe(true);
    // Every batch but the first (read here while the reader starts), each once, in order.
    const listed = [...files.keys()].map((f) => `elements/${f}`).sort();
    const batches = Array.from({ length: Math.ceil(listed.length / BATCH_SIZE) }, (_, i) =>
      listed.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE),
    );
    expect(asked).toEqual(batches.slice(1));
  });

  it("compares a file read again with the fingerprint the reader took", async () => {
    // A cross-file finding (here: the sample's references, unresolved in this tree) reads its file again to place
    // it, and a file that changed meanwhile is reported as such. A reader's wrong fingerprints show that the one it
    // gives is the one compared: each file it read, and only those, "changed".
    const files = new Map<string, string>();
    for (let i = 0; i < BATCH_SIZE * 3; i++)
      files.set(`p/${String(i).padStart(4, "0")}.yaml`, persona(`persona-${i}`, []));
    const root = writeTree(files);
    const firstBatch = new Set(
      [...files.keys()]
        .map((f) => `elements/${f}`)
        .sort()
        .slice(0, BATCH_SIZE),
    );
    const honest = await validateTree(["elements"], {
      ...OPTIONS,
      cwd: root,
      reader: () => ({ read: async (batch, options) => readAhead(batch, options), close() {} }),
    });
    const wrong: BatchReader = {
      read: async (batch, options) => readAhead(batch, options).map((r) => ({ ...r, fingerprint: "not the bytes" })),
      close() {},
    };
    const report = await validateTree(["elements"], { ...OPTIONS, cwd: root, reader: () => wrong });
    const placed = new Set(honest.diagnostics.filter((d) => d.code.startsWith("ref/")).map((d) => d.file));
    const changed = new Set(report.diagnostics.filter((d) => d.code === "file/unreadable").map((d) => d.file));
    expect(honest.diagnostics.some((d) => d.code === "file/unreadable")).toBe(false);
    expect(changed).toEqual(new Set([...placed].filter((f) => !firstBatch.has(f))));
    expect(changed.size).toBe(BATCH_SIZE * 2);
  });

  it("reads here every batch a reader fails, or answers for other files", async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < BATCH_SIZE * 3 + 1; i++)
      files.set(`p/${String(i).padStart(4, "0")}.yaml`, persona(`persona-${i}`, []));
    const root = writeTree(files);
    const memory = validateSources(sourcesOf(root, files), OPTIONS);
    const failing: BatchReader = { read: () => Promise.reject(new Error("reader died")), close() {} };
    // Answers for the batch's files in another order; and one answer fewer.
    const rotated: BatchReader = {
      read: async (batch, options) => {
        const read = readAhead(batch, options);
        return read.slice(1).concat(read.slice(0, 1));
      },
      close() {},
    };
    const short: BatchReader = { read: async (batch, options) => readAhead(batch, options).slice(1), close() {} };
    for (const reader of [failing, rotated, short]) {
      const report = await validateTree(["elements"], { ...OPTIONS, cwd: root, reader: () => reader });
      expect(report.diagnostics).toEqual(memory.diagnostics);
      expect(report.elements).toEqual(memory.elements);
    }
  });

  it("says so, instead of placing a finding in other text, when a file changes before it is read again", async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < BATCH_SIZE + 1; i++)
      files.set(`p/${String(i).padStart(4, "0")}.yaml`, persona("persona-same", []));
    const root = writeTree(files);
    const first = join(root, "elements/p/0000.yaml");
    // The helper checks the first batch, then the file is rewritten: the duplicate-id finding needs it again.
    const rewriting: BatchHelper = {
      async check(batch, options) {
        const outcomes = checkListedFiles(batch, options);
        if (batch.some((f) => f.file === "elements/p/0000.yaml"))
          writeFileSync(first, `# edited\n${readFileSync(first, "utf8")}`);
        return outcomes;
      },
      close() {},
    };
    const report = await validateTree(["elements"], { ...OPTIONS, cwd: root, helpers: () => [rewriting] });
    const mine = report.diagnostics.filter((d) => d.file === "elements/p/0000.yaml");
    expect(mine).toEqual([
      expect.objectContaining({
        code: "file/unreadable",
        line: 1,
        message: expect.stringContaining("changed while it was being validated"),
      }),
    ]);
    expect(report.diagnostics.filter((d) => d.code === "id/duplicate")).toHaveLength(files.size - 1);
  });
});
