/** `1 error`, `2 errors`: a count with its noun, plural by adding `s` unless a plural is given. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
