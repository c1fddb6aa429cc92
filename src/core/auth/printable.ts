/**
 * Text from a server (an error description, a verification URL) shown on a terminal: control characters and
 * line separators become visible escapes, so it cannot forge output lines or repaint the screen; long text is cut.
 */
export function printable(text: string, maxLength = 300): string {
  const escaped = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}…` : escaped;
}
