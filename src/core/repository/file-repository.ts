import { lstat, rmdir, unlink } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { errnoCode } from "../common/errno-code.js";
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import type { Element } from "../element/types.js";
import { applyChanges } from "../sync/document-edit.js";
import { diffValues } from "../sync/value-diff.js";
import { readYaml, writeYaml } from "../sync/yaml-text.js";
import { admitElement } from "./admit-element.js";
import { AsyncMutex } from "./async-mutex.js";
import { type BeforeRename, syncDirectory, writeFileAtomic } from "./atomic-file-write.js";
import { elementText, plainElement } from "./element-record.js";
import {
  type ElementChange,
  type ElementFilter,
  type ElementRepository,
  RepositoryError,
  type ValidateElementText,
} from "./element-repository.js";
import { elementFilePath, type FileLayout } from "./file-layout.js";
import { isInside, makeDirectories, removeDirectories } from "./make-directories.js";
import { readElementFiles, type StoredFile } from "./read-element-files.js";
import { selectElements } from "./select-elements.js";
import { textHoldsElement } from "./text-holds-element.js";

export interface FileRepositoryOptions {
  validate?: ValidateElementText;
  /** Default `dated` (file-layout.ts). */
  layout?: FileLayout;
  /** Test seam for crash simulation (see atomic-file-write.ts). */
  beforeRename?: BeforeRename;
}

/**
 * Elements as YAML files under `<base>/<type>/<created YYYY-MM-DD>/<id>.yaml` (file-layout.ts; with the
 * `in-place` layout, wherever a source repository keeps them), with a write-through cache: reads come from
 * memory, every change is on disk (atomically) before the cache sees it.
 * Updates edit the existing file's YAML document, so fields, key order and comments the change did not touch
 * stay as they were. One lock per repository serialises changes in this process; other processes writing the
 * same directory are not coordinated.
 */
export class FileElementRepository implements ElementRepository {
  private readonly mutex = new AsyncMutex();
  /** Directories this repository created (the base too, when it was missing): removed again when emptied. */
  private readonly made = new Set<string>();

  private constructor(
    private readonly base: string,
    private readonly cache: Map<string, StoredFile>,
    private readonly options: FileRepositoryOptions,
  ) {}

  /**
   * Loads the tree under `base`; a missing base is an empty repository, created only by the first write (so
   * opening or planning makes no directory). Bad files are reported in `diagnostics`, never fatal.
   */
  static async open(
    base: string,
    options: FileRepositoryOptions = {},
  ): Promise<{ repository: FileElementRepository; diagnostics: Diagnostic[] }> {
    try {
      const missing = await lstat(base).then(
        () => false,
        (error: unknown) => {
          if (errnoCode(error) === "ENOENT") return true;
          throw error;
        },
      );
      const { files, diagnostics } = missing
        ? { files: [], diagnostics: [] }
        : await readElementFiles(base, options.layout);
      const cache = new Map(files.map((f) => [f.element.metadata.id, f]));
      return { repository: new FileElementRepository(base, cache, options), diagnostics };
    } catch (error) {
      throw new RepositoryError(
        "storage",
        `cannot open the element directory ${base}: ${errnoCode(error) ?? "unknown error"}`,
      );
    }
  }

  async create(element: Element): Promise<Element> {
    const [created] = await this.batchCreate([element]);
    return created ?? element;
  }

  async getById(id: string): Promise<Element | undefined> {
    const stored = this.cache.get(id);
    return stored && structuredClone(stored.element);
  }

  async exists(id: string): Promise<boolean> {
    return this.cache.has(id);
  }

  async list(filter?: ElementFilter): Promise<Element[]> {
    return selectCopies(this.cache, filter);
  }

  async update(id: string, change: ElementChange): Promise<Element> {
    return this.mutex.run(async () => {
      const current = this.cache.get(id);
      if (!current) throw new RepositoryError("not-found", `no element with id "${id}" to update`);
      const next = structuredClone(typeof change === "function" ? change(structuredClone(current.element)) : change);
      const path = this.options.layout === "in-place" ? current.path : elementFilePath(next);
      admitElement(next, this.options.validate, path);
      const newId = next.metadata.id;
      if (newId !== id && this.cache.has(newId)) {
        throw new RepositoryError("duplicate-id", `cannot rename "${id}" to "${newId}": that id is taken`);
      }
      if (path !== current.path) await this.refuseOccupied(path);
      const text = editedText(current, next);
      await this.write(path, text);
      if (path !== current.path) await this.remove(current.path);
      this.cache.delete(id);
      this.cache.set(newId, { path, text, element: next });
      return structuredClone(next);
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.mutex.run(async () => {
      const current = this.cache.get(id);
      if (!current) return false;
      await this.remove(current.path);
      this.cache.delete(id);
      return true;
    });
  }

  /**
   * Checks every element first; if a write still fails, the files already written are removed again. `texts[i]`,
   * when given, is the file written for `elements[i]` (an import keeps its source's comments): it must read back as
   * exactly that element.
   */
  async batchCreate(elements: readonly Element[], texts?: readonly (string | undefined)[]): Promise<Element[]> {
    return this.mutex.run(async () => {
      const planned: StoredFile[] = [];
      const ids = new Set<string>();
      for (const [i, original] of elements.entries()) {
        const element = structuredClone(original);
        const text = texts?.[i];
        if (text !== undefined && !textHoldsElement(text, element))
          throw new RepositoryError(
            "invalid-element",
            `the text given for "${element.metadata.id}" is not that element`,
          );
        const path = elementFilePath(element);
        admitElement(element, this.options.validate, path);
        const id = element.metadata.id;
        if (this.cache.has(id) || ids.has(id))
          throw new RepositoryError("duplicate-id", `an element with id "${id}" already exists`);
        ids.add(id);
        await this.refuseOccupied(path);
        planned.push({ path, text: text ?? elementText(element), element });
      }
      const written: string[] = [];
      try {
        for (const file of planned) {
          await this.write(file.path, file.text);
          written.push(file.path);
        }
      } catch (error) {
        for (const path of written) await this.remove(path).catch(() => undefined);
        throw error;
      }
      for (const file of planned) this.cache.set(file.element.metadata.id, file);
      return planned.map((f) => structuredClone(f.element));
    });
  }

  /** A file the loader refused may sit where an element would go: never overwrite it. */
  private async refuseOccupied(path: string): Promise<void> {
    const taken = await lstat(join(this.base, path)).then(
      () => true,
      () => false,
    );
    if (taken) {
      throw new RepositoryError(
        "storage",
        `${path} already exists but was not loaded (see the load diagnostics): fix or remove that file first`,
      );
    }
  }

  private async write(path: string, text: string): Promise<void> {
    const absolute = join(this.base, path);
    let made: string[] = [];
    try {
      made = await makeDirectories(dirname(absolute), this.base);
      for (const d of made) this.made.add(d);
      await writeFileAtomic(absolute, text, this.options.beforeRename);
    } catch (error) {
      await this.forget(made);
      const why = errnoCode(error) ?? (error instanceof Error ? error.message : "unknown error");
      throw new RepositoryError("storage", `could not write ${path}: ${why}`);
    }
  }

  /** Removes directories this repository made that are empty now, innermost first. */
  private async forget(made: readonly string[]): Promise<void> {
    for (const d of await removeDirectories(made)) this.made.delete(d);
  }

  private async remove(path: string): Promise<void> {
    const absolute = join(this.base, path);
    try {
      await unlink(absolute);
      await syncDirectory(dirname(absolute));
    } catch (error) {
      throw new RepositoryError("storage", `could not remove ${path}: ${errnoCode(error) ?? "unknown error"}`);
    }
    // An emptied date directory goes too; a non-empty one refuses, which is fine. So do the emptied directories
    // this repository made on the way (a failed import leaves no empty tree, nor a base it created).
    await rmdir(dirname(absolute)).catch(() => undefined);
    const full = resolve(absolute);
    const above = [...this.made].filter((d) => isInside(d, full));
    await this.forget(above.sort((a, b) => a.length - b.length));
  }
}

/** The stored file with only the changed fields edited; a file that no longer parses is rewritten whole. */
function editedText(current: StoredFile, next: Element): string {
  const read = readYaml(current.text);
  if (!read.ok) return elementText(next);
  applyChanges(read.document, diffValues(plainElement(current.element), plainElement(next)));
  return writeYaml(read.document, read.conventions);
}

function selectCopies(cache: ReadonlyMap<string, StoredFile>, filter?: ElementFilter): Element[] {
  const all: Element[] = [];
  for (const stored of cache.values()) all.push(stored.element);
  return selectElements(all, filter).map((e) => structuredClone(e));
}
