// parseSource: bytes of one element file → plain data with positions, or the reasons it was refused.
import type { LineCounter } from "yaml";
import {
  compareDiagnostics,
  type Diagnostic,
  diagnostic,
  FILE_START,
  type Position,
} from "../diagnostic/diagnostic.js";
import { foreignShapeDiagnostic, recognizeForeignShape } from "./foreign-shape.js";
import { characterFinding } from "./parse-characters.js";
import { parseFast } from "./parse-fast.js";
import { createLocator, type Locate, lazyLocator } from "./parse-locate.js";
import { hasUnusualCharacter } from "./parse-prescan.js";
import { checkMapping, checkTopLevel } from "./parse-structure.js";
import type { Finding } from "./parse-value.js";
import { parseYaml } from "./parse-yaml.js";
import { fileSizeDiagnostic } from "./size-limit.js";
import type { ParseOptions, ParseResult, SourceFile } from "./source.js";
import { lineCounterOf } from "./text-lines.js";
import { decodeUtf8 } from "./utf8.js";

export function parseSource(source: SourceFile, options: ParseOptions): ParseResult {
  try {
    return parseChecked(source, options);
  } catch (error) {
    // A bug of ours or of the YAML library must not take the whole run down with a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return reject(source.file, [
      diagnostic(
        source.file,
        FILE_START,
        "error",
        "parse/internal",
        `the parser failed unexpectedly (${reason}); please report this with the file`,
      ),
    ]);
  }
}

function parseChecked(source: SourceFile, options: ParseOptions): ParseResult {
  const { file, bytes } = source;
  if (bytes.length > options.maxFileSize) {
    return reject(file, [fileSizeDiagnostic(file, bytes.length, options.maxFileSize)]);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return reject(file, [
      diagnostic(
        file,
        { line: decoded.line, column: decoded.column },
        "error",
        "encoding/utf8",
        `byte ${decoded.byteOffset} is not valid UTF-8; save the file as UTF-8`,
      ),
    ]);
  }
  const { text } = decoded;
  // Every character YAML refuses is an unusual one: a text with none and no CR (nearly every file) has nothing to
  // refuse, and the one test serves the fast path's pre-scan too.
  const unusual = hasUnusualCharacter(text);
  const refused = unusual || text.includes("\r") ? characterFinding(text) : undefined;
  if (refused) return reject(file, [toDiagnostic(file, refused, lineCounterOf(text))]);
  const anyMapping = options.shape === "mapping";
  const fast = parseFast(text, anyMapping, { unusual });
  if (fast) return { ok: true, file, bytes, text, value: fast, locate: lazyLocator(text), diagnostics: [] };
  const parsed = parseYaml(text);
  if (!parsed.ok)
    return reject(
      file,
      parsed.findings.map((f) => toDiagnostic(file, f, parsed.lineCounter)),
    );
  const locate: Locate = createLocator(parsed.doc, parsed.lineCounter);
  const top = anyMapping ? checkMapping(file, parsed.value, locate) : checkTopLevel(file, parsed.value, locate);
  if (!top.ok) {
    // Not the element shape: one finding for a file in a shape NEXS MCP users have, instead of one per key.
    const foreign = anyMapping ? undefined : recognizeForeignShape(parsed.value);
    if (foreign) return reject(file, [foreignShapeDiagnostic(file, foreign, locate(foreign.at, "key"))]);
    return reject(file, top.diagnostics);
  }
  return {
    ok: true,
    file,
    bytes,
    text,
    value: top.value,
    locate,
    diagnostics: [],
  };
}

function reject(file: string, diagnostics: Diagnostic[]): ParseResult {
  return { ok: false, file, diagnostics: diagnostics.sort(compareDiagnostics) };
}

function toDiagnostic(file: string, finding: Finding, lineCounter: LineCounter): Diagnostic {
  const { line, col } = lineCounter.linePos(finding.offset);
  const at: Position = { line, column: col };
  return diagnostic(file, at, "error", finding.code, finding.message);
}
