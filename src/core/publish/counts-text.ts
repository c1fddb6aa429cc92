/** `3 add, 1 conflict`: the outcomes that happened, in plan order; `no elements` when none did. */
export function countsText(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`);
  return parts.length > 0 ? parts.join(", ") : "no elements";
}
