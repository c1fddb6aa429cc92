import type { Dirent } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { type Diagnostic, FILE_START, diagnostic } from "../element/diagnostic.js";
import { type Element, isElementType } from "../element/types.js";
import { readElement, storageProblem } from "./element-record.js";
import { readYamlValue } from "./fast-yaml-value.js";
import { elementFilePath, isTemporaryFile } from "./file-layout.js";

export interface StoredFile {
  /** Relative to the base directory, forward slashes. */
  path: string;
  text: string;
  element: Element;
}

const PARALLEL_READS = 32;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Loads `<base>/<type>/<date>/<file>` without ever failing on a file: anything unreadable, invalid,
 * misplaced or duplicated becomes a diagnostic, and nothing is deleted or rewritten. Files are visited in
 * path order, so when two files carry one id the first wins, the same way every time.
 */
export async function readElementFiles(base: string): Promise<{ files: StoredFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const note = (file: string, severity: Diagnostic["severity"], code: string, message: string) =>
    diagnostics.push(diagnostic(file, FILE_START, severity, code, message));

  const candidates: string[] = [];
  for (const typeDir of await listDirectory(base)) {
    if (!typeDir.isDirectory() || !isElementType(typeDir.name)) {
      if (!typeDir.name.startsWith(".")) note(typeDir.name, "info", "repository/ignored", "not an element type directory; ignored");
      continue;
    }
    for (const dateDir of await listDirectory(join(base, typeDir.name))) {
      const datePath = `${typeDir.name}/${dateDir.name}`;
      if (!dateDir.isDirectory()) {
        note(datePath, "info", "repository/ignored", "not a date directory; ignored");
        continue;
      }
      for (const file of await listDirectory(join(base, datePath))) {
        const path = `${datePath}/${file.name}`;
        if (isTemporaryFile(file.name)) note(path, "info", "repository/interrupted-write", "temporary file left by an interrupted write; ignored (safe to delete)");
        else if (!/\.ya?ml$/.test(file.name)) note(path, "info", "repository/ignored", "not a .yaml or .yml file; ignored");
        else if (!file.isFile()) note(path, "warning", "repository/not-a-file", "a symbolic link or special file; not opened");
        else candidates.push(path);
      }
    }
  }
  candidates.sort();

  const loaded: (StoredFile | undefined)[] = [];
  for (let i = 0; i < candidates.length; i += PARALLEL_READS) {
    const batch = candidates.slice(i, i + PARALLEL_READS);
    loaded.push(...(await Promise.all(batch.map((path) => loadFile(base, path, note)))));
  }

  const files: StoredFile[] = [];
  const owner = new Map<string, string>();
  for (const file of loaded) {
    if (!file) continue;
    const id = file.element.metadata.id;
    const first = owner.get(id);
    if (first !== undefined) {
      note(file.path, "error", "repository/duplicate-id", `id "${id}" is already loaded from ${first}; this file is ignored (not deleted): rename or remove one`);
      continue;
    }
    owner.set(id, file.path);
    const expected = elementFilePath(file.element);
    if (expected !== file.path) note(file.path, "warning", "repository/misplaced", `belongs at ${expected}; loaded from here and moved there on its next update`);
    files.push(file);
  }
  return { files, diagnostics };
}

async function listDirectory(path: string): Promise<Dirent[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function loadFile(
  base: string,
  path: string,
  note: (file: string, severity: Diagnostic["severity"], code: string, message: string) => void,
): Promise<StoredFile | undefined> {
  let text: string;
  try {
    text = utf8.decode(await readFile(join(base, path)));
  } catch (error) {
    const why = error instanceof TypeError ? "its bytes are not valid UTF-8" : `it could not be read (${errorCode(error)})`;
    note(path, "error", "repository/unreadable", `${why}; ignored (not deleted)`);
    return undefined;
  }
  const parsed = readYamlValue(text.startsWith("\uFEFF") ? text.slice(1) : text);
  if (!parsed.ok) {
    note(path, "error", "repository/unreadable", `not a readable element file: ${parsed.problem}; ignored (not deleted)`);
    return undefined;
  }
  const element = readElement(parsed.value);
  const problem = typeof element === "string" ? element : storageProblem(element);
  if (problem !== undefined || typeof element === "string") {
    note(path, "error", "repository/invalid-element", `${problem}; ignored (not deleted)`);
    return undefined;
  }
  return { path, text, element };
}

export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "unknown error";
}
