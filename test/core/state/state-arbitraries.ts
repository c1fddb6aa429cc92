import fc from "fast-check";
import type { BaseEntry, HistoryEntry, StateDocument, Submission } from "../../../src/core/state/state-document.js";
import { SUBMISSION_STATUSES } from "../../../src/core/state/status.js";

export const sha = fc.stringMatching(/^[0-9a-f]{40}$/);
export const elementId = fc.stringMatching(/^[a-z0-9](?:[a-z0-9_-]{0,10}[a-z0-9])?$/);
const timestamp = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
const status = fc.constantFrom(...SUBMISSION_STATUSES);
const path = elementId.map((id) => `elements/persona/${id}.yaml`);

const baseEntry: fc.Arbitrary<BaseEntry> = fc.record({ path, blob: sha, commit: sha });
const submission = (number: number): fc.Arbitrary<Submission> =>
  fc.record(
    {
      number: fc.constant(number),
      status,
      elements: fc.array(fc.record({ id: elementId, path, blob: sha }), { maxLength: 3 }),
      url: fc.constant(`https://github.com/o/c/pull/${number}`),
      nodeId: fc.constant(`PR_${number}`),
      head: sha,
      createdAt: timestamp,
      updatedAt: timestamp,
      lastDelivery: fc.uuid(),
    },
    { requiredKeys: ["number", "status", "elements", "url", "nodeId", "head", "createdAt", "updatedAt"] },
  );
const history: fc.Arbitrary<HistoryEntry> = fc.record(
  {
    at: timestamp,
    number: fc.integer({ min: 1, max: 500 }),
    from: fc.option(status, { nil: null }),
    to: status,
    delivery: fc.uuid(),
  },
  { requiredKeys: ["at", "number", "from", "to"] },
);

/** Valid documents with stats already consistent, so parse(serialize(d)) can be compared to d. */
export const stateDocument: fc.Arbitrary<StateDocument> = fc
  .record({
    source: fc.record(
      { owner: fc.constantFrom("acme", "o-1"), repo: fc.constantFrom("elements", "r"), id: fc.integer({ min: 1 }) },
      { requiredKeys: ["owner", "repo"] },
    ),
    base: fc.dictionary(elementId, baseEntry, { maxKeys: 5 }),
    numbers: fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 4 }),
    history: fc.array(history, { maxLength: 4 }),
  })
  .chain(({ source, base, numbers, history }) =>
    fc.tuple(...numbers.map(submission)).map((subs) => {
      const submissions = Object.fromEntries(subs.map((s) => [String(s.number), s]));
      const stats = { total: subs.length, pending: 0, draft: 0, merged: 0, rejected: 0 };
      for (const s of subs) stats[s.status]++;
      return { schema: 1 as const, source, base, submissions, stats, history };
    }),
  );
