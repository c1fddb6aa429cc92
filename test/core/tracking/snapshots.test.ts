import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, type StateDocument } from "../../../src/core/state/state-document.js";
import { computeStats } from "../../../src/core/state/stats.js";
import { applySnapshot } from "../../../src/core/tracking/apply-snapshot.js";
import { type PullRequestSnapshot, statusOf } from "../../../src/core/tracking/pull-request-snapshot.js";

const sha = (n: number) => n.toString(16).padStart(40, "0");
const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
const elements = [{ id: "persona-a", path: "elements/persona/persona-a.yaml", blob: sha(1) }];

function emptyDocument(): StateDocument {
  return {
    schema: 1,
    source: { owner: "acme", repo: "agents", id: 7 },
    base: {},
    submissions: {},
    stats: computeStats({}),
    history: [],
  };
}

function snapshot(overrides: Partial<PullRequestSnapshot> = {}): PullRequestSnapshot {
  return {
    number: 12,
    state: "open",
    draft: false,
    merged: false,
    updatedAt: at(0),
    createdAt: at(0),
    url: "https://github.com/acme/collection/pull/12",
    nodeId: "PR_kw12",
    head: sha(100),
    ...overrides,
  };
}

describe("status from a PR snapshot", () => {
  it("follows the table of docs/architecture.md", () => {
    expect(statusOf({ state: "open", draft: false, merged: false })).toBe("pending");
    expect(statusOf({ state: "open", draft: true, merged: false })).toBe("draft");
    expect(statusOf({ state: "closed", draft: false, merged: true })).toBe("merged");
    expect(statusOf({ state: "closed", draft: false, merged: false })).toBe("rejected");
    // A draft that is closed is rejected: closing wins over the draft flag.
    expect(statusOf({ state: "closed", draft: true, merged: false })).toBe("rejected");
  });
});

describe("applying snapshots to a state document", () => {
  it("records a new submission only when its elements are known", () => {
    const doc = emptyDocument();
    const unknown = applySnapshot(doc, snapshot());
    expect(unknown).toMatchObject({ changed: false, reason: "unknown-submission" });
    const created = applySnapshot(doc, snapshot(), { elements, delivery: "d-1" });
    expect(created).toMatchObject({ changed: true, from: null, to: "pending", statusChanged: true });
    if (!created.changed) throw new Error("unreachable");
    expect(created.document.submissions["12"]).toMatchObject({ status: "pending", elements, lastDelivery: "d-1" });
    expect(created.document.stats).toEqual({ total: 1, pending: 1, draft: 0, merged: 0, rejected: 0 });
    expect(created.document.history).toEqual([{ at: at(0), number: 12, from: null, to: "pending", delivery: "d-1" }]);
    expect(doc.submissions).toEqual({}); // the input is not mutated
  });

  it("ignores older and repeated snapshots, writes on a status change", () => {
    const first = applySnapshot(emptyDocument(), snapshot({ updatedAt: at(10) }), { elements });
    if (!first.changed) throw new Error("unreachable");
    expect(applySnapshot(first.document, snapshot({ updatedAt: at(10) }))).toMatchObject({
      changed: false,
      reason: "same",
    });
    expect(applySnapshot(first.document, snapshot({ updatedAt: at(5), state: "closed", merged: true }))).toMatchObject({
      changed: false,
      reason: "older",
    });
    const merged = applySnapshot(first.document, snapshot({ updatedAt: at(20), state: "closed", merged: true }), {
      delivery: "d-2",
    });
    expect(merged).toMatchObject({ changed: true, from: "pending", to: "merged", statusChanged: true });
    if (!merged.changed) throw new Error("unreachable");
    expect(merged.document.stats).toMatchObject({ total: 1, pending: 0, merged: 1 });
    expect(merged.document.submissions["12"]?.elements).toEqual(elements);
  });

  it("a newer snapshot with the same status moves updatedAt but adds no history", () => {
    const first = applySnapshot(emptyDocument(), snapshot({ updatedAt: at(10) }), { elements });
    if (!first.changed) throw new Error("unreachable");
    const later = applySnapshot(first.document, snapshot({ updatedAt: at(30) }));
    expect(later).toMatchObject({ changed: true, statusChanged: false });
    if (!later.changed) throw new Error("unreachable");
    expect(later.document.submissions["12"]?.updatedAt).toBe(at(30));
    expect(later.document.history).toHaveLength(1);
  });

  it("caps history at HISTORY_LIMIT, keeping the newest entries", () => {
    let doc = emptyDocument();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) {
      const result = applySnapshot(doc, snapshot({ updatedAt: at(i), draft: i % 2 === 1 }), { elements });
      if (!result.changed) throw new Error(`step ${i} did not change`);
      doc = result.document;
    }
    expect(doc.history).toHaveLength(HISTORY_LIMIT);
    expect(doc.history.at(-1)?.at).toBe(at(HISTORY_LIMIT + 9));
  });

  it("property: snapshots that never share an instant with another status or head converge in any order, with nothing ambiguous", () => {
    // One snapshot per instant, repeated (redeliveries): the order needs no read of GitHub at all.
    const snapshotArb = fc.record({
      state: fc.constantFrom("open" as const, "closed" as const),
      draft: fc.boolean(),
      merged: fc.boolean(),
      head: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 20 }), snapshotArb), {
            minLength: 1,
            maxLength: 6,
            selector: ([second]) => second,
          })
          .chain((distinct) => {
            const items = [...distinct, ...distinct];
            return fc.tuple(
              fc.constant(items),
              fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
            );
          }),
        ([items, shuffled]) => {
          const run = (order: typeof items) => {
            let doc = emptyDocument();
            for (const [second, s] of order) {
              const pr = snapshot({
                updatedAt: at(second),
                state: s.state,
                draft: s.draft,
                merged: s.state === "closed" && s.merged,
                head: sha(s.head),
              });
              const result = applySnapshot(doc, pr, { elements });
              expect(result).not.toMatchObject({ reason: "ambiguous" });
              doc = result.document;
            }
            const { lastDelivery: _ignored, ...record } = doc.submissions["12"] ?? {};
            return { record, stats: doc.stats };
          };
          expect(run(shuffled)).toEqual(run(items));
          expect(run([...items].reverse())).toEqual(run(items));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: with ties settled as the adapters settle them (GitHub's current PR, authoritative), every permutation ends in GitHub's state", () => {
    const snapshotArb = fc.record({
      second: fc.integer({ min: 0, max: 5 }), // few instants: many ties
      state: fc.constantFrom("open" as const, "closed" as const),
      draft: fc.boolean(),
      merged: fc.boolean(),
      head: fc.integer({ min: 0, max: 3 }),
    });
    type Item = { second: number; state: "open" | "closed"; draft: boolean; merged: boolean; head: number };
    const toSnapshot = (s: Item) =>
      snapshot({
        updatedAt: at(s.second),
        state: s.state,
        draft: s.draft,
        merged: s.state === "closed" && s.merged,
        head: sha(s.head),
      });
    fc.assert(
      fc.property(
        fc
          .array(snapshotArb, { minLength: 1, maxLength: 8 })
          .chain((items) =>
            fc.tuple(
              fc.constant(items),
              fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
              fc.nat(),
            ),
          ),
        ([items, shuffled, pick]) => {
          // GitHub's state now is one of the last instant's snapshots, and a merged one if any was merged.
          const last = Math.max(...items.map((s) => s.second));
          const latest = items.filter((s) => s.second === last).map(toSnapshot);
          const mergedLatest = latest.filter((s) => s.merged);
          const candidates = mergedLatest.length > 0 ? mergedLatest : latest;
          const github = candidates[pick % candidates.length];
          if (!github) throw new Error("no snapshot at the last instant");
          const run = (order: readonly Item[]) => {
            let doc = emptyDocument();
            for (const s of order) {
              const result = applySnapshot(doc, toSnapshot(s), { elements });
              doc =
                !result.changed && result.reason === "ambiguous"
                  ? applySnapshot(doc, github, { elements, authoritative: true }).document
                  : result.document;
            }
            const { lastDelivery: _ignored, ...record } = doc.submissions["12"] ?? {};
            return { record, stats: doc.stats };
          };
          const expected = run(items);
          expect(expected.record).toMatchObject({
            status: statusOf(github),
            head: github.head,
            updatedAt: github.updatedAt,
          });
          expect(run(shuffled)).toEqual(expected);
          expect(run([...items].reverse())).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("two snapshots at the same instant", () => {
  const recorded = (overrides: Partial<PullRequestSnapshot>) => {
    const first = applySnapshot(emptyDocument(), snapshot({ updatedAt: at(10), ...overrides }), { elements });
    if (!first.changed) throw new Error("unreachable");
    return first.document;
  };
  const closed = { updatedAt: at(10), state: "closed" as const };
  const merged = { ...closed, merged: true };

  it("another status is ambiguous and changes nothing, whichever status precedence would have picked", () => {
    const rejected = recorded(closed);
    // Closed then reopened in one second: the reopen must not lose to "closing wins".
    expect(applySnapshot(rejected, snapshot({ updatedAt: at(10) }))).toEqual({
      changed: false,
      document: rejected,
      reason: "ambiguous",
    });
    const pending = recorded({});
    expect(applySnapshot(pending, snapshot(closed))).toMatchObject({ changed: false, reason: "ambiguous" });
    expect(applySnapshot(pending, snapshot({ updatedAt: at(10), draft: true }))).toMatchObject({
      changed: false,
      reason: "ambiguous",
    });
    const draft = recorded({ draft: true });
    expect(applySnapshot(draft, snapshot({ updatedAt: at(10) }))).toMatchObject({
      changed: false,
      reason: "ambiguous",
    });
  });

  it("the same status with another head is ambiguous too (two pushes in one second)", () => {
    const pending = recorded({});
    expect(applySnapshot(pending, snapshot({ updatedAt: at(10), head: sha(99) }))).toMatchObject({
      changed: false,
      reason: "ambiguous",
    });
    expect(applySnapshot(pending, snapshot({ updatedAt: at(10), head: sha(101) }))).toMatchObject({
      changed: false,
      reason: "ambiguous",
    });
  });

  it("the same status and head is the same snapshot: nothing to write", () => {
    for (const overrides of [{}, { draft: true }, closed, merged]) {
      const document = recorded(overrides);
      expect(applySnapshot(document, snapshot({ updatedAt: at(10), ...overrides }))).toEqual({
        changed: false,
        document,
        reason: "same",
      });
    }
  });

  it("a merged record is never downgraded, and a merged snapshot wins, authoritative or not", () => {
    const mergedRecord = recorded(merged);
    for (const overrides of [{}, { draft: true }, closed, { head: sha(5) }]) {
      const later = snapshot({ updatedAt: at(10), ...overrides });
      expect(applySnapshot(mergedRecord, later)).toMatchObject({ changed: false, reason: "older" });
      expect(applySnapshot(mergedRecord, later, { authoritative: true })).toMatchObject({
        changed: false,
        reason: "older",
      });
    }
    for (const overrides of [{}, { draft: true }, closed]) {
      const result = applySnapshot(recorded(overrides), snapshot(merged));
      expect(result).toMatchObject({ changed: true, to: "merged", statusChanged: true });
    }
  });

  it("an authoritative snapshot (GitHub's answer, read just now) settles the tie, and is still skipped when older", () => {
    const rejected = recorded(closed);
    const reopened = applySnapshot(rejected, snapshot({ updatedAt: at(10) }), { authoritative: true, delivery: "d" });
    expect(reopened).toMatchObject({ changed: true, from: "rejected", to: "pending", statusChanged: true });
    if (!reopened.changed) throw new Error("unreachable");
    expect(reopened.document.submissions["12"]).toMatchObject({ status: "pending", updatedAt: at(10) });
    expect(reopened.document.history.at(-1)).toEqual({
      at: at(10),
      number: 12,
      from: "rejected",
      to: "pending",
      delivery: "d",
    });
    expect(applySnapshot(rejected, snapshot(closed), { authoritative: true })).toMatchObject({ reason: "same" });
    expect(applySnapshot(rejected, snapshot({ updatedAt: at(9) }), { authoritative: true })).toMatchObject({
      changed: false,
      reason: "older",
    });
  });
});
