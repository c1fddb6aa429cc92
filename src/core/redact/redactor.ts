// The one redaction step. Why here, in the core, and not only at the sinks: the secrets are known exactly only
// where the files are scanned (their raw and unescaped forms, a key's value found by its label), and every
// adapter (CLI, Action, App check runs, PR bodies) reads the same ValidationReport. So validation redacts each
// file's findings with that file's secrets as they are made, and every finding of the run with all the run's
// secrets before the report is returned: no reporter can forget it, because none ever sees an unredacted one.
// The sinks (the CLI's writer, the Action's log, annotations, summary and SARIF, the renderers, the App's log)
// then pass everything they write through `redactText` as well, which masks whatever the secret rules match, so
// text that did not come from a finding (a path in an error, a message from GitHub) is covered too.
import type { Diagnostic } from "../diagnostic/diagnostic.js";
import { secretValues } from "../scan/secret-values.js";
import { findSecrets } from "../scan/secrets.js";

/** What a secret is replaced with: no rule matches it, and it says why something is missing. */
export const REDACTED = "[redacted]";
/** Shorter values are not masked on their own (a short match would blank out ordinary words); the rules still are. */
const MIN_VALUE_LENGTH = 6;

export class Redactor {
  /** Longest first, so a value that contains another is masked whole. */
  #values: string[] = [];
  readonly #known = new Set<string>();

  constructor(values: Iterable<string> = []) {
    this.add(values);
  }

  /** Secrets found by a scan, in every form they were found in. */
  add(values: Iterable<string>): void {
    let changed = false;
    for (const value of values) {
      if (value.length < MIN_VALUE_LENGTH || this.#known.has(value)) continue;
      this.#known.add(value);
      changed = true;
    }
    if (changed) this.#values = [...this.#known].sort((a, b) => b.length - a.length);
  }

  /** The text with every known secret and everything the secret rules match replaced by REDACTED. */
  text(text: string): string {
    let out = text;
    for (const value of this.#values) if (out.includes(value)) out = out.replaceAll(value, REDACTED);
    return maskMatches(out);
  }

  /**
   * A finding with its message redacted. The file name is left as it is: validation pairs findings with files by
   * it. A secret in a path is one the rules match (that is how the path scan found it), so the sinks' pass masks
   * it wherever the path is shown.
   */
  diagnostic(d: Diagnostic): Diagnostic {
    const message = this.text(d.message);
    return message === d.message ? d : { ...d, message };
  }
}

/** What the secret rules match in `text`, masked: the sinks' pass, for text that never was a finding. */
export function redactText(text: string): string {
  return maskMatches(text);
}

function maskMatches(text: string): string {
  let out = text;
  // Masking one match can make another visible only in contrived overlaps; a few rounds settle it.
  for (let round = 0; round < 3; round++) {
    const findings = findSecrets(out, "output.txt");
    if (findings.length === 0) return out;
    const ranges = findings
      .flatMap((f) => secretValues(out, f).map((v) => ({ v, from: f.start })))
      .map(({ v, from }) => {
        const at = out.indexOf(v, Math.max(0, from - 1));
        return at === -1 ? { start: from, end: from } : { start: at, end: at + v.length };
      })
      .concat(findings.map((f) => ({ start: f.start, end: f.end })))
      .filter((r) => r.end > r.start)
      .sort((a, b) => a.start - b.start);
    let masked = "";
    let cursor = 0;
    for (const { start, end } of ranges) {
      if (end <= cursor) continue;
      masked += out.slice(cursor, Math.max(cursor, start)) + REDACTED;
      cursor = end;
    }
    out = masked + out.slice(cursor);
  }
  return out;
}
