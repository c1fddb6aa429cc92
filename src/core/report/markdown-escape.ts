// Element files, ids and messages are untrusted: in a job summary they must render as plain text, never
// as a table break, a link, an image, emphasis, math, a mention or raw HTML.
const SPECIAL = /[\\`*_{}[\]()#!|<>&"'~$:@]/g;
// Line breaks would end the table row; control and bidi characters could hide or reorder what is shown.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for one markdown table cell: every character markdown or HTML could read as syntax becomes an entity. */
export function escapeMarkdownCell(text: string, maxLength = 1000): string {
  const clipped = text.length > maxLength ? `${clip(text, maxLength)}…` : text;
  return clipped
    .replace(LINE_BREAK, " ")
    .replace(INVISIBLE, "\ufffd")
    .replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

/** The first `length` UTF-16 units, without cutting a surrogate pair in half. */
function clip(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
