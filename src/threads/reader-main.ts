// Entry of the validation reader's thread (bundled on its own to dist/validate-reader/index.js). It only reads files,
// so it loads none of the checker: it answers its first batch about 0.1 s sooner than a thread that starts the
// whole CLI or Action bundle, which is when the main thread first needs it.
import type { Transferable } from "node:worker_threads";
import { fingerprint } from "../core/element/fingerprint.js";
import { readListedFile } from "../core/element/read-tree.js";
import { parseQuestion, READER } from "./validate-question.js";
import { type Answer, serveRole } from "./worker-thread.js";

/**
 * Each file's bytes, moved to the main thread, with their fingerprint; null where readListedFile refused it (the
 * main thread says why).
 */
export function readBatch(question: unknown): Answer {
  const asked = parseQuestion(question);
  if (!asked) return { answer: null };
  const transfer: Transferable[] = [];
  const answer = asked.batch.map((listed) => {
    const read = readListedFile(listed, asked.options);
    if (!read.ok) return { file: listed.file, bytes: null };
    const taken = fingerprint(read.bytes);
    // Moved, not copied: each file has a buffer of its own (a shared one would be copied).
    if (read.bytes.buffer instanceof ArrayBuffer) transfer.push(read.bytes.buffer);
    return { file: listed.file, bytes: read.bytes, fingerprint: taken };
  });
  return { answer, transfer };
}

if (!serveRole({ [READER]: readBatch })) {
  process.stderr.write(
    "nexs-publish: this file is the reader thread of `nexs-publish validate` and the Action; run those instead\n",
  );
  process.exitCode = 2;
}
