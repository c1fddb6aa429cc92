/** Offsets ↔ 1-based line and column (UTF-16 code units, as editors and YAML parsers count them). */
export class LineIndex {
  readonly #starts: number[] = [0];
  readonly #length: number;

  constructor(text: string) {
    this.#length = text.length;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.#starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (this.#starts[lo] ?? 0) + 1 };
  }

  offset(line: number, column: number): number {
    const start = this.#starts[Math.max(0, line - 1)] ?? this.#length;
    return Math.min(start + Math.max(0, column - 1), this.#length);
  }
}
