// Reads element files from disk: the only file-system access of the element core. Directory entries are
// classified by their lstat type (readdir's d_type), so symlinks, FIFOs, sockets and devices are never opened;
// regular files are opened with O_NOFOLLOW | O_NONBLOCK so that a swap between listing and opening cannot make
// us follow a link or hang on a FIFO. Synchronous calls: for thousands of ~1 KB files they are several times
// faster than fs/promises, and nothing else runs while a validation reads its input.
import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  type Stats,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { compareDiagnostics, type Diagnostic, diagnostic, FILE_START } from "../diagnostic/diagnostic.js";
import { fileSizeDiagnostic } from "./size-limit.js";
import type { SourceFile } from "./source.js";

export interface ReadTreeOptions {
  /** Display paths are relative to this directory, with forward slashes. */
  cwd: string;
  /** Files larger than this are refused from their size alone, never read. */
  maxFileSize: number;
}

/** An element file found while listing, not read yet. */
export interface ListedFile {
  /** Display path, as in diagnostics. */
  file: string;
  absolute: string;
}

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

export interface ElementTreeListing {
  /** Element files (`.yaml`/`.yml`) to read, sorted by display path. */
  files: ListedFile[];
  /**
   * Files named collection.yaml or collection.yml given as a path or at the top of a given directory: collection
   * manifests, unless their content says they are elements after all. Not in `files`. Sorted.
   */
  manifests: ListedFile[];
  /** What listing found (missing paths, links and other non-regular entries, unreadable directories), sorted. */
  diagnostics: Diagnostic[];
  /** Display paths of entries that are not element files, sorted. */
  ignored: string[];
}

export interface ReadTreeResult {
  /** Element files (`.yaml`/`.yml`) that were read, sorted by display path. */
  sources: SourceFile[];
  diagnostics: Diagnostic[];
  /** Display paths of entries that are not element files, sorted. */
  ignored: string[];
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export function isElementFileName(name: string): boolean {
  return name.endsWith(".yaml") || name.endsWith(".yml");
}

/** The names a NEXS MCP collection manifest has (the server reads collection.yaml at the repository root). */
export const MANIFEST_FILE_NAMES: readonly string[] = ["collection.yaml", "collection.yml"];

function isManifestFileName(path: string): boolean {
  return MANIFEST_FILE_NAMES.includes(path.slice(path.lastIndexOf(sep) + 1));
}

export async function readElementTree(paths: string[], options: ReadTreeOptions): Promise<ReadTreeResult> {
  const listing = listElementTree(paths, options);
  const sources: SourceFile[] = [];
  const diagnostics = [...listing.diagnostics];
  for (const listed of listing.files) {
    const read = readListedFile(listed, options);
    if (read.ok) sources.push({ file: listed.file, bytes: read.bytes });
    else diagnostics.push(read.diagnostic);
  }
  return { sources, diagnostics: diagnostics.sort(compareDiagnostics), ignored: listing.ignored };
}

/** Walks the paths without reading any file, so that a caller can read (and let go of) one file at a time. */
export function listElementTree(paths: string[], options: ReadTreeOptions): ElementTreeListing {
  const reader = new TreeReader(options);
  for (const path of paths) reader.start(path);
  return reader.finish();
}

/**
 * Reads one listed file, refusing it if it is no longer a regular file or has grown past the size limit.
 * Each call reads the file again: what it holds now, not what it held when listed.
 */
export function readListedFile(listed: ListedFile, options: ReadTreeOptions): ReadOutcome {
  let fd: number;
  const { absolute, file } = listed;
  try {
    fd = openSync(absolute, OPEN_FLAGS);
  } catch (error) {
    // ELOOP: it became a symlink after it was listed.
    if (errnoOf(error) === "ELOOP") return refused(notRegular(file, "symlink", "error"));
    return refused(unreadable(file, error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refused(notRegular(file, kindOf(stats), "error"));
    if (stats.size > options.maxFileSize) {
      return refused(fileSizeDiagnostic(file, stats.size, options.maxFileSize));
    }
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return refused(unreadable(file, error));
  } finally {
    closeSync(fd);
  }
}

function refused(diagnostic: Diagnostic): ReadOutcome {
  return { ok: false, diagnostic };
}

class TreeReader {
  private readonly files = new Map<string, string>(); // absolute path → display path
  private readonly manifests = new Map<string, string>();
  private readonly ignored = new Set<string>();
  private readonly diagnostics: Diagnostic[] = [];
  private readonly visited = new Set<string>();
  private readonly refused = new Set<string>();

  constructor(private readonly options: ReadTreeOptions) {}

  start(path: string): void {
    const absolute = resolve(this.options.cwd, path);
    const shown = this.display(absolute);
    // A symlinked directory on the way is not followed either, as the walker would not follow it.
    const link = linkOnTheWay(this.options.cwd, absolute);
    if (link !== undefined) {
      this.error(
        shown,
        "file/not-regular",
        `${shown} is reached through ${this.display(link)}, a symlink; symlinks are not followed, copy the files into the tree instead`,
      );
      return;
    }
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch (error) {
      const code = errnoOf(error);
      if (code === "ENOENT" || code === "ENOTDIR") {
        this.error(shown, "file/not-found", `${shown} does not exist; check the path`);
      } else this.unreadable(shown, error);
      return;
    }
    if (stats.isDirectory()) this.walk(absolute, shown);
    else if (stats.isFile() && isManifestFileName(absolute)) this.manifests.set(absolute, shown);
    else if (stats.isFile()) this.classifyFile(absolute);
    // Named explicitly, a symlink is still not followed: whatever it points at may lie outside the tree.
    else this.notRegular(absolute, kindOf(stats), "error");
  }

  private walk(root: string, rootShown: string): void {
    // Below a root that is not above cwd, a display path is its directory's plus the name: no path.relative per file.
    const joinable = rootShown !== ".." && !rootShown.startsWith("../");
    const pending: [string, string][] = [[root, rootShown]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [dir, dirShown] = next;
      if (this.visited.has(dir)) continue;
      this.visited.add(dir);
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        this.unreadable(dirShown, error);
        continue;
      }
      for (const entry of entries) {
        const absolute = `${dir}${sep}${entry.name}`;
        const shown = !joinable ? this.display(absolute) : dirShown === "." ? entry.name : `${dirShown}/${entry.name}`;
        if (entry.isDirectory()) pending.push([absolute, shown]);
        else if (entry.isFile() && dir === root && MANIFEST_FILE_NAMES.includes(entry.name))
          this.manifests.set(absolute, shown);
        else if (entry.isFile()) this.classifyFile(absolute, shown);
        else this.notRegular(absolute, kindOf(entry), isElementFileName(entry.name) ? "error" : "warning");
      }
    }
  }

  private classifyFile(absolute: string, shown = this.display(absolute)): void {
    if (isElementFileName(absolute)) this.files.set(absolute, shown);
    else this.ignored.add(shown);
  }

  finish(): ElementTreeListing {
    const files = [...this.files].map(([absolute, file]) => ({ file, absolute }));
    const manifests = [...this.manifests]
      .filter(([absolute]) => !this.files.has(absolute))
      .map(([absolute, file]) => ({ file, absolute }));
    return {
      files: files.sort((a, b) => compareText(a.file, b.file)),
      manifests: manifests.sort((a, b) => compareText(a.file, b.file)),
      diagnostics: this.diagnostics.sort(compareDiagnostics),
      ignored: [...this.ignored].sort(compareText),
    };
  }

  private notRegular(absolute: string, kind: string, severity: "error" | "warning"): void {
    if (this.refused.has(absolute)) return;
    this.refused.add(absolute);
    this.diagnostics.push(notRegular(this.display(absolute), kind, severity));
  }

  private unreadable(shown: string, error: unknown): void {
    this.diagnostics.push(unreadable(shown, error));
  }

  private error(shown: string, code: string, message: string): void {
    this.diagnostics.push(diagnostic(shown, FILE_START, "error", code, message));
  }

  private display(absolute: string): string {
    const rel = relative(this.options.cwd, absolute);
    if (rel === "") return ".";
    return sep === "/" ? rel : rel.split(sep).join("/");
  }
}

function notRegular(shown: string, kind: string, severity: "error" | "warning"): Diagnostic {
  const hint =
    kind === "symlink"
      ? "symlinks are not followed; copy the file into the tree instead"
      : "only regular files are read";
  return diagnostic(
    shown,
    FILE_START,
    severity,
    "file/not-regular",
    `${shown} is a ${kind}, not a regular file; ${hint}`,
  );
}

// What an error code means for the user; any other code is only named.
const UNREADABLE_HINTS: Readonly<Record<string, string>> = {
  EACCES: "check its permissions",
  EPERM: "check its permissions",
  ENAMETOOLONG: "its name (or its path) is too long for the file system; shorten it",
  ELOOP: "it is reached through too many symlinks",
  EISDIR: "it is a directory",
  EIO: "the disk reported an I/O error",
};

function unreadable(shown: string, error: unknown): Diagnostic {
  const code = errnoOf(error) ?? "error";
  const hint = UNREADABLE_HINTS[code];
  return diagnostic(
    shown,
    FILE_START,
    "error",
    "file/unreadable",
    `${shown} could not be read (${code})${hint ? `; ${hint}` : ""}`,
  );
}

/**
 * The first symlink among the directories between `cwd` and `absolute` (the last part, the path itself, is for
 * the caller to classify). Directories above cwd reached by `..` are where cwd is, not links followed on the way.
 */
function linkOnTheWay(cwd: string, absolute: string): string | undefined {
  const parts = relative(cwd, absolute).split(sep);
  let at = cwd;
  let i = 0;
  for (; i < parts.length && parts[i] === ".."; i++) at = dirname(at);
  for (; i < parts.length - 1; i++) {
    at = join(at, parts[i] ?? "");
    try {
      if (lstatSync(at).isSymbolicLink()) return at;
    } catch {
      return undefined; // missing or unreadable: the path's own lstat tells which
    }
  }
  return undefined;
}

function kindOf(entry: Stats | Dirent): string {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isFIFO()) return "FIFO";
  if (entry.isSocket()) return "socket";
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return "device";
  return "special file";
}

function errnoOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string")
    return error.code;
  return undefined;
}

/** Code-unit order, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
