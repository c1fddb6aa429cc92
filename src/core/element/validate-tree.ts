// validateTree: element files on disk → the same report as validateSources over the same files, in bounded
// memory. Files are read and checked in batches; each file leaves behind its findings and the few facts the
// cross-file rules need, and its document is let go. The few files a cross-file rule reports on are read again,
// and must still hold the bytes that were validated. Batches may be checked by helpers (worker threads) too, and
// this thread's own batches read ahead by a reader (another thread), so that this one spends its time checking.

import { basename, dirname, join } from "node:path";
import { compareDiagnostics, type Diagnostic, diagnostic, FILE_START } from "../diagnostic/diagnostic.js";
import { appendAll } from "../diagnostic/finding-cap.js";
import { Redactor } from "../redact/redactor.js";
import { type BatchOptions, checkListedFiles, type FileOutcome, type ReadAhead } from "./check-batch.js";

import { checkSource } from "./check-source.js";
import { diskClassifier, diskTree } from "./collection-disk.js";
import { checkCollectionManifest } from "./collection-manifest.js";
import { type CrossFileFacts, crossFileDiagnostics } from "./cross-file-facts.js";
import { fingerprint } from "./fingerprint.js";
import { parseSource } from "./parse.js";
import {
  type ElementTreeListing,
  isElementFileName,
  type ListedFile,
  listElementTree,
  type ReadOutcome,
  readListedFile,
} from "./read-tree.js";
import type { ValidationOptions, ValidationReport } from "./report.js";
import type { ElementType, ValidElement } from "./types.js";

/** Checks batches elsewhere (another thread). A rejected batch is checked here instead, and the helper dropped. */
export interface BatchHelper {
  check(batch: readonly ListedFile[], options: BatchOptions): Promise<FileOutcome[]>;
  close(): void;
}

/**
 * Reads batches of listed files elsewhere (another thread), answering for each file in the batch's order with
 * the bytes readListedFile gave there, or undefined where it gave none: this thread reads that file itself, and
 * so gives the exact finding. A batch the reader fails, or answers for other files, is read here whole.
 */
export interface BatchReader {
  read(batch: readonly ListedFile[], options: BatchOptions): Promise<ReadAhead[]>;
  close(): void;
}

export interface TreeValidationOptions extends ValidationOptions {
  /** Display paths are relative to this directory. */
  cwd: string;
  /**
   * Whether the report lists the valid elements with their bytes (what publish sends). Default true; a caller
   * that only reports findings passes false, and memory then stays bounded by the findings, not the files.
   */
  keepElements?: boolean;
  /** Called as element files are checked, with the number checked so far and the number listed. */
  onProgress?: (done: number, total: number) => void;
  /** Helpers for this many element files (none by default); they are closed before validateTree returns. */
  helpers?: (files: number) => BatchHelper[];
  /** A reader for this many element files (none by default), closed before validateTree returns. */
  reader?: (files: number) => BatchReader | undefined;
  /**
   * A collection.yaml found (given as a path, or at the top of a given directory) may declare `command` install
   * hooks: each is then a warning for review instead of an error. Default false.
   */
  allowInstallHooks?: boolean;
}

/** Files per batch: small enough to balance the work between threads, large enough to cost little to send. */
export const BATCH_SIZE = 200;

export async function validateTree(paths: string[], options: TreeValidationOptions): Promise<ValidationReport> {
  const batchOptions: BatchOptions = {
    strict: options.strict,
    maxFileSize: options.maxFileSize,
    cwd: options.cwd,
    keepElements: options.keepElements ?? true,
  };
  const listing = listElementTree(paths, batchOptions);
  const { files, manifests } = sortManifests(listing, batchOptions);
  const batches: ListedFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const outcomes = await checkBatches(batches, batchOptions, options);

  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const byType: Record<ElementType, number> = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };
  const facts: CrossFileFacts[] = [];
  const parsed = new Map<CrossFileFacts, { listed: ListedFile; fingerprint: string }>();
  // Element files refused while listing (links, FIFOs...) or reading (too large, unreadable) were seen too.
  const refused = new Set(listing.diagnostics.map((d) => d.file).filter(isElementFileName));
  let read = 0;
  // Every secret of the run: a cross-file finding or a listing problem in one file may name another file's secret.
  const redactor = new Redactor();
  outcomes.forEach((outcome, i) => {
    const listed = files[i];
    redactor.add(outcome.secrets);
    appendAll(diagnostics, outcome.diagnostics);
    if (!outcome.read) refused.add(outcome.file);
    else read++;
    if (outcome.facts && outcome.fingerprint !== undefined && listed) {
      if (outcome.facts.type) byType[outcome.facts.type]++;
      facts.push(outcome.facts);
      parsed.set(outcome.facts, { listed, fingerprint: outcome.fingerprint });
    }
  });

  const reload = (f: CrossFileFacts) => {
    const entry = parsed.get(f);
    if (!entry) return undefined;
    const again = readListedFile(entry.listed, batchOptions);
    if (!again.ok || fingerprint(again.bytes) !== entry.fingerprint) {
      diagnostics.push(
        diagnostic(
          f.file,
          FILE_START,
          "error",
          "file/unreadable",
          `${f.file} changed while it was being validated; validate again once nothing is writing to it`,
        ),
      );
      return undefined;
    }
    return checkSource({ file: f.file, bytes: again.bytes }, options);
  };
  appendAll(diagnostics, crossFileDiagnostics(facts, options, reload));

  // Collection manifests: their globs are matched against the files there; types validate already read are reused.
  const typeOf = new Map<string, ElementType>();
  outcomes.forEach((outcome, i) => {
    const listed = files[i];
    if (listed && outcome.facts?.type) typeOf.set(listed.absolute, outcome.facts.type);
  });
  for (const manifest of manifests) {
    if (!manifest.read.ok) {
      diagnostics.push(manifest.read.diagnostic);
      refused.add(manifest.listed.file);
      continue;
    }
    read++;
    const root = dirname(manifest.listed.absolute);
    const check = checkCollectionManifest(
      { file: manifest.listed.file, bytes: manifest.read.bytes },
      {
        tree: diskTree(root),
        classify: diskClassifier(root, {
          maxFileSize: options.maxFileSize,
          known: (path) => typeOf.get(join(root, path)),
        }),
        manifestPath: basename(manifest.listed.absolute),
        allowInstallHooks: options.allowInstallHooks ?? false,
        maxFileSize: options.maxFileSize,
      },
    );
    appendAll(diagnostics, check.diagnostics);
  }

  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const elements: ValidElement[] = [];
  for (const { file, element } of outcomes) {
    if (element && !failed.has(file)) elements.push({ file, ...element });
  }
  const redacted = diagnostics.map((d) => redactor.diagnostic(d));
  return { files: read + refused.size, diagnostics: redacted.sort(compareDiagnostics), elements, byType };
}

interface ListedManifest {
  listed: ListedFile;
  read: ReadOutcome;
}

/**
 * The listed manifests that are manifests, read; one whose content is an element file after all (a top-level
 * `metadata`) joins the element files instead.
 */
function sortManifests(
  listing: ElementTreeListing,
  options: BatchOptions,
): { files: ListedFile[]; manifests: ListedManifest[] } {
  const files = [...listing.files];
  const manifests: ListedManifest[] = [];
  for (const listed of listing.manifests) {
    const read = readListedFile(listed, options);
    if (read.ok && isElementText(read.bytes, options.maxFileSize)) files.push(listed);
    else manifests.push({ listed, read });
  }
  if (files.length > listing.files.length) files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, manifests };
}

function isElementText(bytes: Uint8Array, maxFileSize: number): boolean {
  const parsed = parseSource({ file: "", bytes }, { maxFileSize, shape: "mapping" });
  return parsed.ok && Object.hasOwn(parsed.value, "metadata");
}

/** Every batch checked, here or by a helper; the outcomes in file order. */
async function checkBatches(
  batches: ListedFile[][],
  batchOptions: BatchOptions,
  options: TreeValidationOptions,
): Promise<FileOutcome[]> {
  const total = batches.reduce((n, b) => n + b.length, 0);
  const results: FileOutcome[][] = [];
  let next = 0;
  let done = 0;
  const finish = (index: number, outcomes: FileOutcome[]): void => {
    results[index] = outcomes;
    done += outcomes.length;
    options.onProgress?.(done, total);
  };
  const helpers = batches.length > 1 ? (options.helpers?.(total) ?? []) : [];
  // With two batches or fewer, this thread would be done before a reader had started.
  const reader = batches.length > 2 ? options.reader?.(total) : undefined;
  try {
    const help = async (helper: BatchHelper): Promise<void> => {
      for (let i = next++; i < batches.length; i = next++) {
        const batch = batches[i] ?? [];
        try {
          const outcomes = await helper.check(batch, batchOptions);
          if (!answersFor(batch, outcomes)) throw new Error("a helper answered for other files");
          finish(i, outcomes);
        } catch {
          finish(i, checkListedFiles(batch, batchOptions));
          return;
        }
      }
    };
    // Two batches in flight per helper: it starts the next while this thread is busy with its own batch.
    const helped = helpers.flatMap((helper) => [help(helper), help(helper)]);
    // This thread's own batches. With a reader, the next two are claimed ahead and read there while this thread
    // checks; the first is read here, as the reader is still starting. A batch it fails to read is read here.
    const ahead: { index: number; read: Promise<readonly ReadAhead[] | undefined> }[] = [];
    const claimAhead = (): void => {
      if (!reader || next >= batches.length) return;
      const index = next++;
      const batch = batches[index] ?? [];
      const read = reader.read(batch, batchOptions).then(
        (answers) => (answersFor(batch, answers) ? answers : undefined),
        () => undefined,
      );
      ahead.push({ index, read });
    };
    let own: { index: number; read: readonly ReadAhead[] | undefined } = { index: next++, read: undefined };
    claimAhead();
    claimAhead();
    while (own.index < batches.length) {
      finish(own.index, checkListedFiles(batches[own.index] ?? [], batchOptions, own.read));
      // Let helpers' answers in and their next batches out before this thread takes another batch.
      if (helpers.length > 0) await new Promise((resolve) => setImmediate(resolve));
      const queued = ahead.shift();
      own = queued ? { index: queued.index, read: await queued.read } : { index: next++, read: undefined };
      claimAhead();
    }
    await Promise.all(helped);
  } finally {
    for (const helper of helpers) helper.close();
    reader?.close();
  }
  return results.flat();
}

/** Whether a helper's or the reader's answer is one per file of the batch, in its order. */
function answersFor(batch: readonly ListedFile[], answer: readonly { file: string }[]): boolean {
  return answer.length === batch.length && answer.every((a, k) => a.file === batch[k]?.file);
}
