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
  // Known values by length, and their first MIN_VALUE_LENGTH characters: one pass over a text finds every
  // occurrence of every value with a few hash lookups per position, so 20,000 secrets (which may share a prefix,
  // as tokens do) cost a message no more than one.
  readonly #prefixes = new Set<string>();
  readonly #byLength = new Map<number, Set<string>>();
  /** The keys of #byLength, longest first. */
  #lengths: number[] = [];
  /** #maskKnown's answers for short texts since a value was last added: a file's findings of one kind share a message. */
  readonly #known = new Map<string, string>();

  constructor(values: Iterable<string> = []) {
    this.add(values);
  }

  /** Secrets found by a scan, in every form they were found in. */
  add(values: Iterable<string>): void {
    this.#known.clear();
    for (const value of values) {
      if (value.length < MIN_VALUE_LENGTH) continue;
      this.#prefixes.add(value.slice(0, MIN_VALUE_LENGTH));
      const same = this.#byLength.get(value.length);
      if (same) same.add(value);
      else {
        this.#byLength.set(value.length, new Set([value]));
        this.#lengths = [...this.#byLength.keys()].sort((x, y) => y - x);
      }
    }
  }

  /** The text with every known secret and everything the secret rules match replaced by REDACTED. */
  text(text: string): string {
    return maskMatches(this.#prefixes.size > 0 ? this.#remembered(text) : text);
  }

  #remembered(text: string): string {
    if (text.length > MEMO_MAX_LENGTH) return this.#maskKnown(text);
    let masked = this.#known.get(text);
    if (masked === undefined) {
      masked = this.#maskKnown(text);
      if (this.#known.size >= MEMO_MAX_ENTRIES) this.#known.clear();
      this.#known.set(text, masked);
    }
    return masked;
  }

  /**
   * Every stretch of `text` that any occurrence of any known value covers becomes one REDACTED: overlapping
   * values are masked whole, whichever is longer.
   */
  #maskKnown(text: string): string {
    let out = "";
    let cursor = 0; // end of what `out` holds
    let coveredTo = -1; // end of the stretch being masked, -1 when none
    for (let i = 0; i + MIN_VALUE_LENGTH <= text.length; i++) {
      if (!this.#prefixes.has(text.slice(i, i + MIN_VALUE_LENGTH))) continue;
      const length = this.#lengths.find((n) => this.#byLength.get(n)?.has(text.slice(i, i + n)));
      if (length === undefined) continue;
      if (i >= coveredTo) {
        if (coveredTo >= 0) out += REDACTED;
        out += text.slice(cursor, i);
      }
      coveredTo = Math.max(coveredTo, i + length);
      cursor = coveredTo;
    }
    return coveredTo < 0 ? text : `${out}${REDACTED}${text.slice(cursor)}`;
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

// Texts repeat: 8,333 files without a description give the same message 8,333 times, and a text meets this pass
// at every stage it goes through (the file's findings, the run's, the renderer, the writer). The pass is a pure
// function of the text, so remembering its answers cannot change one. Short texts are remembered in a bounded
// map (4,096 texts of at most 1,024 characters: a long-running App keeps it); of long ones (a whole report) only
// the last one found to hold nothing, so a report the renderer redacted is not searched again as it is written.
const MEMO_MAX_LENGTH = 1024;
const MEMO_MAX_ENTRIES = 4096;
const memo = new Map<string, string>();
let lastClean: string | undefined;

function maskMatches(text: string): string {
  if (text === lastClean) return text;
  const short = text.length <= MEMO_MAX_LENGTH;
  const known = short ? memo.get(text) : undefined;
  if (known !== undefined) return known;
  const { masked, settled } = maskRounds(text);
  if (short) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(text, masked);
  } else if (settled) lastClean = masked;
  return masked;
}

/** `settled` when the last round found nothing: the text returned is one the pass leaves as it is. */
function maskRounds(text: string): { masked: string; settled: boolean } {
  let out = text;
  // Masking one match can make another visible only in contrived overlaps; a few rounds settle it.
  for (let round = 0; round < 3; round++) {
    const findings = findSecrets(out, "output.txt");
    if (findings.length === 0) return { masked: out, settled: true };
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
  return { masked: out, settled: false };
}
