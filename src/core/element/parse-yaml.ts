// The slow, exact path: yaml's own lexer, parser and composer, bounded before composing (parse-cst.ts), then
// converted to plain data with every refusal located (parse-value.ts). Works on decoded text without a BOM.
import { Composer, type Document, type LineCounter } from "yaml";
import { MAX_ALIASES, MAX_DEPTH, scanCst } from "./parse-cst.js";
import { type Finding, toPlainValue } from "./parse-value.js";

export type YamlParse =
  | { ok: true; doc: Document.Parsed; lineCounter: LineCounter; value: unknown }
  | { ok: false; lineCounter: LineCounter; findings: Finding[] };

const COMPOSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  merge: false,
  uniqueKeys: false, // checked on the JavaScript keys instead: `1` and `"1"` collide there
  strict: true,
  prettyErrors: false,
  intAsBigInt: false,
  keepSourceTokens: false,
} as const;

export function parseYaml(text: string): YamlParse {
  const scan = scanCst(text);
  if (!scan.ok) {
    const message =
      scan.code === "limit/depth"
        ? `collections are nested deeper than ${MAX_DEPTH} levels; flatten the data`
        : `more than ${MAX_ALIASES} aliases; write the data out instead of repeating it through aliases`;
    return { ok: false, lineCounter: scan.lineCounter, findings: [{ code: scan.code, offset: scan.offset, message }] };
  }
  const { lineCounter } = scan;
  const early: Finding[] = [
    ...scan.tags.map(
      (offset): Finding => ({
        code: "yaml/tag",
        offset,
        message: `explicit tag ${tagAt(text, offset)} is not allowed; remove it and write plain YAML (quote the value if it must be a string)`,
      }),
    ),
    ...scan.directives.map(
      (offset): Finding => ({
        code: "yaml/directive",
        offset,
        message: "YAML directives (%YAML, %TAG) are not allowed; remove the line (element files are plain YAML 1.2)",
      }),
    ),
  ];
  if (early.length > 0) return { ok: false, lineCounter, findings: early };

  const docs: Document.Parsed[] = [];
  for (const doc of new Composer(COMPOSE_OPTIONS).compose(scan.tokens, true, text.length)) {
    docs.push(doc);
    if (docs.length > 1) break;
  }
  const [doc, second] = docs;
  if (!doc)
    return {
      ok: false,
      lineCounter,
      findings: [{ code: "yaml/syntax", offset: 0, message: "no YAML document found" }],
    };
  if (second) {
    return {
      ok: false,
      lineCounter,
      findings: [
        {
          code: "yaml/multiple-documents",
          offset: second.range[0],
          message:
            "a second YAML document starts here; an element file holds exactly one document (remove the extra `---` section)",
        },
      ],
    };
  }
  const [error] = doc.errors;
  if (error) {
    const more =
      doc.errors.length > 1
        ? ` (and ${doc.errors.length - 1} more YAML error${doc.errors.length > 2 ? "s" : ""} after it)`
        : "";
    return {
      ok: false,
      lineCounter,
      findings: [{ code: "yaml/syntax", offset: error.pos[0], message: `${firstLine(error.message)}${more}` }],
    };
  }
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const { value, findings } = toPlainValue(doc, lineOf);
  if (findings.length > 0) return { ok: false, lineCounter, findings };
  // yaml's warnings are left out: without tags, anchors and directives (all refused) the only one left is a
  // style remark on flow indentation, which js-yaml (the fast path) cannot see, so the two paths would disagree.
  return { ok: true, doc, lineCounter, value };
}

function tagAt(text: string, offset: number): string {
  const match = /^\S{1,60}/.exec(text.slice(offset, offset + 60));
  return match ? match[0] : "!";
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}
