import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { errnoCode } from "../common/errno-code.js";
import { type Diagnostic, diagnostic, FILE_START, type Position } from "../diagnostic/diagnostic.js";
import { parseSource } from "../element/parse.js";
import { DEFAULT_MAX_FILE_SIZE } from "../element/source.js";
import { type Element, isElementType } from "../element/types.js";
import { readElement, storageProblem } from "./element-record.js";
import { elementFilePath, type FileLayout, isTemporaryFile } from "./file-layout.js";

export interface StoredFile {
  /** Relative to the base directory, forward slashes. */
  path: string;
  text: string;
  element: Element;
}

const PARALLEL_READS = 32;

type Note = (file: string, severity: Diagnostic["severity"], code: string, message: string, at?: Position) => void;

/**
 * Loads `<base>/<type>/<date>/<file>` (`in-place`: every element file under base) without ever failing on a
 * file: anything unreadable, invalid, misplaced or duplicated becomes a diagnostic, and nothing is deleted or
 * rewritten. Files are visited in path order, so when two files carry one id the first wins, the same way
 * every time.
 */
export async function readElementFiles(
  base: string,
  layout: FileLayout = "dated",
): Promise<{ files: StoredFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const note: Note = (file, severity, code, message, at = FILE_START) =>
    diagnostics.push(diagnostic(file, at, severity, code, message));

  const candidates = layout === "dated" ? await datedCandidates(base, note) : await treeCandidates(base, "", note);
  candidates.sort();

  const loaded: (StoredFile | undefined)[] = [];
  for (let i = 0; i < candidates.length; i += PARALLEL_READS) {
    const batch = candidates.slice(i, i + PARALLEL_READS);
    for (const file of await Promise.all(batch.map((path) => loadFile(base, path, note)))) loaded.push(file);
  }

  const files: StoredFile[] = [];
  const owner = new Map<string, string>();
  for (const file of loaded) {
    if (!file) continue;
    const id = file.element.metadata.id;
    const first = owner.get(id);
    if (first !== undefined) {
      note(
        file.path,
        "error",
        "repository/duplicate-id",
        `id "${id}" is already loaded from ${first}; this file is ignored (not deleted): rename or remove one`,
      );
      continue;
    }
    owner.set(id, file.path);
    const expected = elementFilePath(file.element);
    if (layout === "dated" && expected !== file.path)
      note(
        file.path,
        "warning",
        "repository/misplaced",
        `belongs at ${expected}; loaded from here and moved there on its next update`,
      );
    files.push(file);
  }
  return { files, diagnostics };
}

/** `<type>/<date>/<file>`: anything else is noted and ignored. */
async function datedCandidates(base: string, note: Note): Promise<string[]> {
  const candidates: string[] = [];
  for (const typeDir of await listDirectory(base)) {
    if (!typeDir.isDirectory() || !isElementType(typeDir.name)) {
      if (!typeDir.name.startsWith("."))
        note(typeDir.name, "info", "repository/ignored", "not an element type directory; ignored");
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
        if (isTemporaryFile(file.name))
          note(
            path,
            "info",
            "repository/interrupted-write",
            "temporary file left by an interrupted write; ignored (safe to delete)",
          );
        else if (!/\.ya?ml$/.test(file.name))
          note(path, "info", "repository/ignored", "not a .yaml or .yml file; ignored");
        else if (!file.isFile())
          note(path, "warning", "repository/not-a-file", "a symbolic link or special file; not opened");
        else candidates.push(path);
      }
    }
  }
  return candidates;
}

/**
 * Every `.yaml`/`.yml` regular file at any depth (a source repository's own arrangement); hidden entries such
 * as `.git` are skipped, and files that are not element files are passed over without a note.
 */
async function treeCandidates(base: string, prefix: string, note: Note): Promise<string[]> {
  const candidates: string[] = [];
  for (const entry of await listDirectory(join(base, prefix))) {
    const path = `${prefix}${entry.name}`;
    if (isTemporaryFile(entry.name))
      note(path, "info", "repository/interrupted-write", "temporary file left by an interrupted write; ignored");
    else if (entry.name.startsWith(".")) continue;
    else if (entry.isDirectory()) {
      // No spread into push: a directory may hold more files than a call has room for arguments.
      for (const found of await treeCandidates(base, `${path}/`, note)) candidates.push(found);
    } else if (!/\.ya?ml$/.test(entry.name)) continue;
    else if (!entry.isFile())
      note(path, "warning", "repository/not-a-file", "a symbolic link or special file; not opened");
    else candidates.push(path);
  }
  return candidates;
}

async function listDirectory(path: string): Promise<Dirent[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Parsed by the validator's own parser (parse.ts, with its fast path), so the repository refuses exactly the
 * YAML validation refuses. The schema and element rules are the `validate` option's business, on writes.
 */
async function loadFile(base: string, path: string, note: Note): Promise<StoredFile | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(base, path));
  } catch (error) {
    note(
      path,
      "error",
      "repository/unreadable",
      `it could not be read (${errnoCode(error) ?? "unknown error"}); ignored (not deleted)`,
    );
    return undefined;
  }
  const parsed = parseSource({ file: path, bytes }, { maxFileSize: DEFAULT_MAX_FILE_SIZE });
  if (!parsed.ok) {
    const first = parsed.diagnostics[0];
    const at = first && { line: first.line, column: first.column };
    // Readable YAML of the wrong shape (no data, an extra top-level key) is an invalid element, not an unreadable file.
    if (first?.code.startsWith("structure/"))
      note(path, "error", "repository/invalid-element", `${first.message}; ignored (not deleted)`, at);
    else
      note(
        path,
        "error",
        "repository/unreadable",
        `not a readable element file: ${first ? `${first.message} (${first.code})` : "unreadable YAML"}; ignored (not deleted)`,
        at,
      );
    return undefined;
  }
  const element = readElement(parsed.value);
  const problem = typeof element === "string" ? element : storageProblem(element);
  if (problem !== undefined || typeof element === "string") {
    note(path, "error", "repository/invalid-element", `${problem}; ignored (not deleted)`);
    return undefined;
  }
  return { path, text: parsed.text, element };
}
