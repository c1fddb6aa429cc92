// Characters refused before either parser runs. YAML 1.2 (§5.1, c-printable) allows no C0 control character but
// TAB, LF and CR, no DEL, no C1 control but NEL, and not U+FFFE/U+FFFF; the yaml package lets some through (a
// NUL was accepted), so they are refused here, with their position. A CR that does not start a CRLF is refused
// too: YAML counts it as a line break, but GitHub, editors and our positions count lines by LF, so a file with
// classic Mac OS line endings would get findings on the wrong lines (and the parsers disagree on it).
import type { Finding } from "./parse-value.js";

const NOT_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;

const NAMES: Readonly<Record<number, string>> = { 0: "NUL", 7: "BEL", 8: "BS", 27: "ESC", 127: "DEL" };

/** The first character YAML 1.2 does not allow, or the first lone CR; undefined when there is none. */
export function characterFinding(text: string): Finding | undefined {
  const bad = NOT_PRINTABLE.exec(text);
  const cr = text.includes("\r") ? LONE_CR.exec(text) : null;
  if (bad && (!cr || bad.index < cr.index)) {
    const code = text.charCodeAt(bad.index);
    const name = NAMES[code];
    const shown = `U+${code.toString(16).toUpperCase().padStart(4, "0")}${name ? ` (${name})` : ""}`;
    return {
      code: "yaml/control-character",
      offset: bad.index,
      message: `the control character ${shown} is not allowed in YAML; remove it, or write it as an escape such as "\\x${code.toString(16).padStart(2, "0")}" in a double-quoted string`,
    };
  }
  if (cr)
    return {
      code: "yaml/line-break",
      offset: cr.index,
      message: "a carriage return (CR) not followed by LF ends a line here; save the file with LF or CRLF line endings",
    };
  return undefined;
}
