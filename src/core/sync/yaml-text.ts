import { type Document, parseDocument } from "yaml";
import type { PlainObject } from "../common/plain-object.js";
import { parseSource } from "../element/parse.js";
import { DEFAULT_MAX_FILE_SIZE } from "../element/source.js";

/** How the file was written, so a rewrite changes only what it must. */
export interface YamlConventions {
  crlf: boolean;
  bom: boolean;
  /** Block sequences indented under their key (`key:\n  - a`) rather than level with it. */
  indentSeq: boolean;
  /** Spaces inside flow collections: `[ a, b ]` rather than `[a, b]`. */
  flowPadding: boolean;
}

export type ReadYaml =
  | { ok: true; document: Document; value: PlainObject; conventions: YamlConventions }
  | { ok: false; problem: string };

/**
 * An element file's text as a comment-keeping Document (to edit) and its plain value (to compare). The element
 * parser (parse.ts) reads it first, so exactly what validation refuses is refused here, as one sentence; only
 * text it vouched for (bounded, untagged, unique keys) is then composed into a Document. `mapping` accepts any
 * top-level mapping instead of only the element shape (a file being imported, a collection manifest).
 */
export function readYaml(text: string, shape: "element" | "mapping" = "element"): ReadYaml {
  const parsed = parseSource(
    { file: "", bytes: Buffer.from(text, "utf8") },
    { maxFileSize: DEFAULT_MAX_FILE_SIZE, shape },
  );
  if (!parsed.ok) {
    const first = parsed.diagnostics[0];
    return { ok: false, problem: first ? `${first.code} at line ${first.line}: ${first.message}` : "unreadable YAML" };
  }
  const document = parseDocument(parsed.text, { uniqueKeys: true, prettyErrors: false });
  return {
    ok: true,
    document,
    value: parsed.value,
    conventions: detectConventions(parsed.text, text.startsWith("\uFEFF")),
  };
}

function detectConventions(text: string, bom: boolean): YamlConventions {
  const flush = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m.test(text);
  const padded = /[[{] [^\s\]}]/.test(text);
  const tight = /[[{][^\s\]}]/.test(text);
  return { crlf: text.includes("\r\n"), bom, indentSeq: !flush, flowPadding: padded || !tight };
}

/** Serialises a document back in the source file's conventions, with no line folding. */
export function writeYaml(document: Document, conventions: YamlConventions): string {
  const text = document.toString({
    lineWidth: 0,
    indentSeq: conventions.indentSeq,
    flowCollectionPadding: conventions.flowPadding,
  });
  return (conventions.bom ? "\uFEFF" : "") + (conventions.crlf ? text.replace(/\r?\n/g, "\r\n") : text);
}
