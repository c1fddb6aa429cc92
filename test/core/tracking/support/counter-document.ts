import type { DocumentCodec } from "../../../../src/core/common/document-codec.js";

/** A document where applying every update exactly once, in each writer's order, is checkable. */
export interface CounterDocument {
  /** writer → number of its updates applied. */
  counts: Record<string, number>;
  /** Every update's token, in the order the writes landed. */
  tokens: string[];
}

export const counterCodec: DocumentCodec<CounterDocument> = {
  parse(text) {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || !("counts" in value) || !("tokens" in value))
      throw new Error("not a counter document");
    const { counts, tokens } = value;
    if (typeof counts !== "object" || counts === null || !Array.isArray(tokens))
      throw new Error("not a counter document");
    const parsedCounts: Record<string, number> = {};
    for (const [writer, count] of Object.entries(counts)) {
      if (typeof count !== "number") throw new Error("count is not a number");
      parsedCounts[writer] = count;
    }
    return { counts: parsedCounts, tokens: tokens.map(String) };
  },
  serialize: (document) => `${JSON.stringify(document)}\n`,
};

/** The change each writer submits: bump its counter and append its token. */
export function increment(writer: string, token: string) {
  return (current: CounterDocument | undefined): CounterDocument => {
    const base = current ?? { counts: {}, tokens: [] };
    return { counts: { ...base.counts, [writer]: (base.counts[writer] ?? 0) + 1 }, tokens: [...base.tokens, token] };
  };
}

/** Checks the final document equals applying all updates serially: each token once, each writer in order. */
export function expectSerialEquivalent(
  document: CounterDocument | undefined,
  writers: number,
  updates: number,
): string[] {
  const problems: string[] = [];
  if (!document) return ["no document"];
  if (document.tokens.length !== writers * updates)
    problems.push(`${document.tokens.length} tokens, expected ${writers * updates}`);
  if (new Set(document.tokens).size !== document.tokens.length) problems.push("a token appears twice");
  for (let w = 0; w < writers; w++) {
    const mine = document.tokens.filter((t) => t.startsWith(`w${w}:`));
    const expected = Array.from({ length: updates }, (_, i) => `w${w}:${i}`);
    if (JSON.stringify(mine) !== JSON.stringify(expected))
      problems.push(`writer ${w}'s tokens are missing or out of order`);
    if (document.counts[`w${w}`] !== updates) problems.push(`writer ${w} count is ${document.counts[`w${w}`]}`);
  }
  return problems;
}
