import { type Document, parseDocument } from "yaml";
import { isJsonObject, type JsonObject } from "./json-decode.js";

export const MAX_YAML_BYTES = 256 * 1024;
export const MAX_FLOW_DEPTH = 64;

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
  | { ok: true; document: Document; value: JsonObject; conventions: YamlConventions }
  | { ok: false; problem: string };

/**
 * Parses an element file's text into a comment-keeping Document and its plain value, refusing what the
 * element rules refuse (duplicate keys, too many aliases, explicit tags, deep flow nesting, huge files)
 * with a sentence instead of an exception.
 */
export function readYaml(text: string): ReadYaml {
  if (text.length > MAX_YAML_BYTES) return { ok: false, problem: `the file is larger than ${MAX_YAML_BYTES} bytes` };
  const bom = text.startsWith("\uFEFF");
  const body = bom ? text.slice(1) : text;
  // Deep nesting can exhaust Node 20's memory inside the parser: bound it before composing.
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return { ok: false, problem: `nesting deeper than ${MAX_FLOW_DEPTH}` };
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  try {
    const document = parseDocument(body, { uniqueKeys: true, prettyErrors: false });
    const error = document.errors[0];
    if (error) return { ok: false, problem: error.message.split("\n")[0] ?? "invalid YAML" };
    // Unknown tags are only warnings in yaml; element files may not use tags at all.
    const warning = document.warnings[0];
    if (warning) return { ok: false, problem: warning.message.split("\n")[0] ?? "unsupported YAML" };
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    if (!isJsonObject(value)) return { ok: false, problem: "the top level is not a mapping" };
    return { ok: true, document, value, conventions: detectConventions(body, bom) };
  } catch (error) {
    // yaml throws ReferenceError for alias limits and RangeError for stack exhaustion.
    return { ok: false, problem: error instanceof Error ? error.message : "unreadable YAML" };
  }
}

function detectConventions(text: string, bom: boolean): YamlConventions {
  const flush = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m.test(text);
  const padded = /[[{] [^\s\]}]/.test(text);
  const tight = /[[{][^\s\]}]/.test(text);
  return { crlf: text.includes("\r\n"), bom, indentSeq: !flush, flowPadding: padded || !tight };
}

/** Serialises a document back in the source file's conventions, with no line folding. */
export function writeYaml(document: Document, conventions: YamlConventions): string {
  const text = document.toString({ lineWidth: 0, indentSeq: conventions.indentSeq, flowCollectionPadding: conventions.flowPadding });
  return (conventions.bom ? "\uFEFF" : "") + (conventions.crlf ? text.replace(/\r?\n/g, "\r\n") : text);
}
