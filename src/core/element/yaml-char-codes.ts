// The UTF-8 byte / UTF-16 code unit values of the characters YAML's structure is made of, for the scanners that
// walk a file by character code (the prescan and the plain locator) instead of through a parser.
export const SPACE = 0x20;
export const LF = 0x0a;
export const CR = 0x0d;
export const BANG = 0x21;
export const DQUOTE = 0x22;
export const HASH = 0x23;
export const PERCENT = 0x25;
export const AMPERSAND = 0x26;
export const SQUOTE = 0x27;
export const STAR = 0x2a;
export const COMMA = 0x2c;
export const DASH = 0x2d;
export const DOT = 0x2e;
export const COLON = 0x3a;
export const LESS = 0x3c;
export const GREATER = 0x3e;
export const QUESTION = 0x3f;
export const OPEN_SEQ = 0x5b;
export const BACKSLASH = 0x5c;
export const CLOSE_SEQ = 0x5d;
export const OPEN_MAP = 0x7b;
export const PIPE = 0x7c;
export const CLOSE_MAP = 0x7d;
