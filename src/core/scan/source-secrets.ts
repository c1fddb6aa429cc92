// Every secret in one element file, found before it is parsed: in its path, in its raw text, and in the values of
// its double-quoted scalars (escapes undone). A file whose YAML is broken still reports its secrets, and what is
// found comes with every form of the value, so the redactor can mask it wherever a message would echo it.
// After parsing, scanParsedStrings looks at what the parser made of each key and value (folded scalars...).
import { type Diagnostic, diagnostic, FILE_START, type Position } from "../diagnostic/diagnostic.js";
import { MAX_FINDINGS_PER_FILE, moreFindings } from "../diagnostic/finding-cap.js";
import { quotedSpans } from "./double-quoted.js";
import { mayHoldServiceAccountKey } from "./gcp-service-account.js";
import { LineIndex } from "./line-index.js";
import { ANY_ANCHOR, ANY_FOLDED_ANCHOR } from "./secret-anchors.js";
import { secretLabel } from "./secret-labels.js";
import { secretValues } from "./secret-values.js";
import { findSecrets, type SecretFinding } from "./secrets.js";

/** What the scans found: the findings to report and every form of every secret, which must never be printed. */
export interface SecretScan {
  diagnostics: Diagnostic[];
  values: Set<string>;
  /** False when no string the text parses to can hold a secret (see ANY_FOLDED_ANCHOR): scanParsedStrings skips. */
  parsedMayHold: boolean;
}

const lenient = new TextDecoder("utf-8", { ignoreBOM: false });
/** A comment marker at the start of a line, with the indentation before it and one space after. */
const COMMENT_MARK = /^[ \t]*#[ \t]?/gm;

/** The path, then the text (raw, then unescaped double-quoted scalars); `maxFileSize` bounds the text scanned. */
export function scanSourceSecrets(file: { file: string; bytes: Uint8Array }, maxFileSize: number): SecretScan {
  const scan: SecretScan = { diagnostics: [], values: new Set(), parsedMayHold: true };
  for (const finding of findSecrets(file.file, file.file)) {
    const values = secretValues(file.file, finding);
    if (!addValues(scan, values)) continue;
    scan.diagnostics.push(secretDiagnostic(file.file, FILE_START, finding, "in the file's path"));
  }
  if (file.bytes.length > maxFileSize) return scan;
  const text = lenient.decode(file.bytes);
  let lines: LineIndex | undefined;
  const at = (offset: number): Position => {
    lines ??= new LineIndex(text);
    return lines.position(offset);
  };
  // Most files hold nothing any rule could match, as written or once parsed: one pass over the text says so, and
  // every scan of the file is skipped (a service account key needs a `PRIVATE KEY`, which the pass looks for).
  scan.parsedMayHold = text.includes("\\") || ANY_FOLDED_ANCHOR.test(text);
  const anchored = scan.parsedMayHold && (ANY_ANCHOR.test(text) || mayHoldServiceAccountKey(text));
  // Every secret's values are kept (the redactor needs them), but past the per-file cap a finding is only counted
  // (as firstFindings does). findSecrets gives them in position order and the cut falls between two starts, so each
  // finding not made lies after each one made: capFindings keeps the ones it would have kept had all been made.
  const found = anchored ? findSecrets(text, file.file) : [];
  let cut = Math.min(found.length, MAX_FINDINGS_PER_FILE);
  while (cut < found.length && found[cut]?.start === found[cut - 1]?.start) cut++;
  found.forEach((finding, i) => {
    addValues(scan, secretValues(text, finding));
    if (i >= cut) return;
    const start = at(finding.start);
    const end = at(finding.end);
    scan.diagnostics.push(
      secretDiagnostic(
        file.file,
        { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
        finding,
        "here",
      ),
    );
  });
  const first = found[cut];
  if (first)
    scan.diagnostics.push(
      moreFindings(file.file, at(first.start), { errors: found.length - cut, warnings: 0, infos: 0 }),
    );
  // A block commented out line by line (`# -----BEGIN ... PRIVATE KEY-----`, `# MII...`) is a secret too, but the
  // comment markers break the rules' patterns: the text is scanned again without them.
  // Taking the markers off creates no anchor (each is within one line), so most files skip this.
  const uncommented = anchored && text.includes("#") ? text.replace(COMMENT_MARK, "") : text;
  if (uncommented !== text) {
    const view = new LineIndex(uncommented);
    for (const finding of findSecrets(uncommented, file.file)) {
      if (!addValues(scan, secretValues(uncommented, finding))) continue;
      const line = view.position(finding.start).line;
      scan.diagnostics.push(secretDiagnostic(file.file, { line, column: 1 }, finding, "in comments"));
    }
  }
  for (const span of scan.parsedMayHold ? quotedSpans(text) : []) {
    for (const finding of findSecrets(span.value, file.file)) {
      // The raw form too: a message may quote the scalar as written.
      if (!addValues(scan, [...secretValues(span.value, finding), text.slice(span.start, span.end)])) continue;
      scan.diagnostics.push(secretDiagnostic(file.file, at(span.start), finding, "here, with escapes"));
    }
  }
  return scan;
}

/** Keys and string values of the parsed document that hold a secret the text scans did not see; adds to `scan`. */
export function scanParsedStrings(
  value: unknown,
  file: string,
  locate: (path: readonly (string | number)[], want: "key" | "value") => Position,
  scan: SecretScan,
): void {
  if (!scan.parsedMayHold) return;
  // One path, pushed and popped as the walk goes (depth is bounded by the parser); copied only for a finding.
  const path: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === "string") {
      check(node, "value");
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        visit(node[i]);
        path.pop();
      }
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        path.push(key);
        check(key, "key");
        visit(child);
        path.pop();
      }
    }
  };
  const check = (text: string, want: "key" | "value"): void => {
    for (const finding of findSecrets(text, file)) {
      if (!addValues(scan, secretValues(text, finding))) continue;
      scan.diagnostics.push(secretDiagnostic(file, locate([...path], want), finding, "here"));
    }
  };
  visit(value);
}

/** Adds the values not known yet; false when every one was known (the same secret, already reported). */
function addValues(scan: SecretScan, values: readonly string[]): boolean {
  let added = false;
  for (const value of values) {
    if (value === "" || scan.values.has(value)) continue;
    scan.values.add(value);
    added = true;
  }
  return added;
}

function secretDiagnostic(file: string, at: Position, finding: SecretFinding, where: string): Diagnostic {
  const label = secretLabel(finding.ruleId, finding.messageId);
  const what = label.what.charAt(0).toUpperCase() + label.what.slice(1);
  return diagnostic(
    file,
    at,
    "error",
    label.code,
    `${what} is written ${where} (the value is not shown). Remove it from the file, revoke it, and keep it in a secret store instead.`,
  );
}
