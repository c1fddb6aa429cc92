// Strict UTF-8 decoding that, on failure, says where the first bad byte is (line and column as an editor shows them).

export type DecodeResult =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; line: number; column: number; byteOffset: number };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** Decodes `bytes` as UTF-8, dropping one leading BOM. Columns count UTF-16 code units, like editors and SARIF. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    return locateBadByte(bytes);
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

function locateBadByte(bytes: Uint8Array): DecodeResult {
  const bad = firstInvalidByte(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < bad; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Everything before `bad` is valid, so decoding the line's prefix is exact.
  let prefix = lenient.decode(bytes.subarray(lineStart, bad));
  if (line === 1 && prefix.charCodeAt(0) === 0xfeff) prefix = prefix.slice(1);
  return { ok: false, line, column: prefix.length + 1, byteOffset: bad };
}

/** Offset of the first byte that starts an ill-formed sequence (Unicode 15, table 3-7), or `bytes.length`. */
export function firstInvalidByte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // truncated at the end
    const second = bytes[i + 1] ?? 0;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}
