// Hostile element files, each as large as the default size limit allows: shapes that make the most findings,
// the most parser work or the longest messages per byte. Built here, so that no megabyte fixture is committed.
import { DEFAULT_MAX_FILE_SIZE } from "../../src/core/element/source.js";

/** A persona's metadata up to its last key, with its own id (so that no two files share one: no id/duplicate). */
const head = (id: string): string =>
  `metadata:\n  id: ${id}\n  type: persona\n  name: Hostile\n  version: 1.0.0\n  author: a\n`;

/** `head`, then `item` repeated (joined by `sep`) as often as fits before `tail` under `limit` bytes. */
function fill(head: string, item: string, sep: string, tail: string, limit = DEFAULT_MAX_FILE_SIZE): string {
  const room = limit - Buffer.byteLength(head + tail) - 1;
  const count = Math.floor((room + Buffer.byteLength(sep)) / Buffer.byteLength(item + sep));
  return `${head}${Array.from({ length: count }, () => item).join(sep)}${tail}`;
}

function numbered(head: string, make: (i: number) => string, sep: string, tail: string): string {
  const parts: string[] = [];
  let bytes = Buffer.byteLength(head + tail) + 1;
  for (let i = 0; ; i++) {
    const part = make(i);
    const more = Buffer.byteLength(part) + (i > 0 ? Buffer.byteLength(sep) : 0);
    if (bytes + more > DEFAULT_MAX_FILE_SIZE) break;
    bytes += more;
    parts.push(part);
  }
  return `${head}${parts.join(sep)}${tail}`;
}

/** Name → text. The first two are the files of issue #9 that crashed a whole run. */
export const HOSTILE_FILES: Readonly<Record<string, () => string>> = {
  // 125,000 integers as tags: a schema/type finding each (the crash file).
  "tags-125000-integers.yaml": () =>
    `${head("tags-125000-integers")}  tags: [${Array.from({ length: 125_000 }, () => "0").join(",")}]\ndata: {}\n`,
  // 62,000 empty behavioural traits: two schema/required findings each (the other crash file).
  "traits-62000-empty.yaml": () =>
    `${head("traits-62000-empty")}data:\n  behavioral_traits: [${Array.from({ length: 62_000 }, () => "{}").join(",")}]\n`,
  // The most findings per byte found: three (two required keys, one unknown key) for seven bytes.
  "traits-unknown-keys.yaml": () =>
    fill(`${head("traits-unknown-keys")}data:\n  behavioral_traits: [`, "{x: 0}", ",", "]\n"),
  // Every key a duplicate: one yaml/duplicate-key finding each, from the exact parser.
  "duplicate-keys.yaml": () => fill(`${head("duplicate-keys")}  custom: {`, "a: 0", ", ", "}\ndata: {}\n"),
  // Distinct unknown top-level keys: structure findings, one per key.
  "top-level-keys.yaml": () => numbered("{", (i) => `k${i}: 0`, ", ", "}\n"),
  // Distinct unknown metadata keys: long messages (the allowed keys are listed in each).
  "metadata-keys.yaml": () => numbered(`${head("metadata-keys")}`, (i) => `  k${i}: 0`, "\n", "\ndata: {}\n"),
  // Forbidden keys everywhere.
  "forbidden-keys.yaml": () => fill(`${head("forbidden-keys")}  custom: [`, "{__proto__: 0}", ",", "]\ndata: {}\n"),
  // One line as long as the file: a long value in a message, and long columns.
  "one-long-line.yaml": () => fill(`${head("one-long-line")}  description: "`, "x", "", `"\ndata: {}\n`),
  // Nesting at the depth limit, repeated.
  "deep-nesting.yaml": () =>
    fill(`${head("deep-nesting")}  custom: [`, `${"[".repeat(60)}${"]".repeat(60)}`, ",", "]\ndata: {}\n"),
  // Aliases at the alias limit, each expanding a large anchor.
  "aliases.yaml": () =>
    `${head("aliases")}  custom:\n    a: &a [${Array.from({ length: 20_000 }, () => "0").join(",")}]\n${Array.from({ length: 99 }, (_, i) => `    b${i}: *a\n`).join("")}data: {}\n`,
  // YAML syntax errors on every line: only the first is told, with a count.
  "syntax-errors.yaml": () => fill(`${head("syntax-errors")}data:\n`, "  ]: [", "\n", "\n"),
  // Comments only, after a valid head: nothing to report but the missing data.
  "comments.yaml": () => fill(`${head("comments")}`, "# x", "\n", "\ndata: {}\n"),
};
