/** A whole number greater than 0 written in digits only (no sign, no exponent, no leading zero); else undefined. */
export function parsePositiveInteger(text: string): number | undefined {
  return /^[1-9][0-9]{0,14}$/.test(text) ? Number(text) : undefined;
}
