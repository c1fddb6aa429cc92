// The length of a string in characters (code points), as JSON Schema's maxLength and minLength count it: a
// surrogate pair is one character, a lone surrogate one too (ajv's runtime ucs2length counts the same way). The
// generated validators use this instead of ajv's, which reads every UTF-16 unit of every string: a string with no
// high surrogate, as nearly every string in an element file is, is counted by one regular expression test.

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

export function codePointLength(text: string): number {
  if (!HIGH_SURROGATE.test(text)) return text.length;
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
