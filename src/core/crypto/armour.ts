import { DecryptionError } from "./errors.js";

/**
 * Text form of an envelope, for private elements that travel as files in a Git repository:
 * PEM-style lines that survive copy and paste, diff tools and CRLF checkouts.
 */
export const ARMOUR_BEGIN = "-----BEGIN NEXS-PUBLISH ENVELOPE-----";
export const ARMOUR_END = "-----END NEXS-PUBLISH ENVELOPE-----";
const LINE_WIDTH = 64;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function armour(envelope: Uint8Array): string {
  const base64 = Buffer.from(envelope).toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += LINE_WIDTH) lines.push(base64.slice(i, i + LINE_WIDTH));
  return `${ARMOUR_BEGIN}\n${lines.join("\n")}\n${ARMOUR_END}\n`;
}

export function isArmoured(text: string): boolean {
  return text.trimStart().startsWith(ARMOUR_BEGIN);
}

/** Strict: anything but the two marker lines and base64 lines (blank lines aside) is a format error. */
export function dearmour(text: string): Buffer {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines[0] !== ARMOUR_BEGIN || lines[lines.length - 1] !== ARMOUR_END || lines.length < 3) {
    throw new DecryptionError("format", "missing armour lines");
  }
  const base64 = lines.slice(1, -1).join("");
  // Buffer.from(…, "base64") silently skips bad characters; refuse them instead.
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw new DecryptionError("format", "bad base64");
  return Buffer.from(base64, "base64");
}
