import { describe, expect, it } from "vitest";
import type { StateDocument } from "../../../src/core/state/state-document.js";
import { computeStats } from "../../../src/core/state/stats.js";
import type { PullRequestSnapshot } from "../../../src/core/tracking/pull-request-snapshot.js";
import { type TrackObservation, trackChange } from "../../../src/core/tracking/track-change.js";

const sha = (n: number) => n.toString(16).padStart(40, "0");
const source = { owner: "acme", repo: "agents", id: 7 };
const elements = [{ id: "persona-a", path: "elements/persona/persona-a.yaml", blob: sha(1) }];
const at = "2026-01-01T00:00:10.000Z";

function snapshot(overrides: Partial<PullRequestSnapshot> = {}): PullRequestSnapshot {
  return {
    number: 12,
    state: "open",
    draft: false,
    merged: false,
    updatedAt: at,
    createdAt: at,
    url: "https://github.com/acme/collection/pull/12",
    nodeId: "PR_kw12",
    head: sha(100),
    ...overrides,
  };
}

/** Runs the change on `current` and returns what it wrote and what it told the observer. */
function run(pr: PullRequestSnapshot, current: StateDocument | undefined, authoritative = false) {
  const seen: TrackObservation[] = [];
  const next = trackChange(
    { source, pr, elements, delivery: "d", ...(authoritative && { authoritative }) },
    (observed) => seen.push(observed),
  )(current);
  return { next, seen };
}

describe("trackChange at the record's instant", () => {
  const rejected = run(snapshot({ state: "closed" }), undefined).next;

  it("records the first snapshot and says what changed", () => {
    expect(rejected?.submissions["12"]?.status).toBe("rejected");
    expect(rejected?.stats).toEqual({ ...computeStats({}), total: 1, rejected: 1 });
  });

  it("tells the observer a snapshot with another status is ambiguous, and writes nothing", () => {
    expect(run(snapshot(), rejected)).toEqual({ next: undefined, seen: [{ kind: "ambiguous" }] });
  });

  it("the same snapshot again is unchanged, not ambiguous", () => {
    expect(run(snapshot({ state: "closed" }), rejected)).toEqual({ next: undefined, seen: [{ kind: "unchanged" }] });
  });

  it("an authoritative snapshot is applied and observed as a change", () => {
    const settled = run(snapshot(), rejected, true);
    expect(settled.next?.submissions["12"]?.status).toBe("pending");
    expect(settled.seen).toEqual([
      { kind: "changed", effect: { from: "rejected", to: "pending", statusChanged: true, baseUpdated: false } },
    ]);
  });
});
