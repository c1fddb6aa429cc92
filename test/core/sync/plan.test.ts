import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BaseEntry } from "../../../src/core/state/state-document.js";
import { type LocalElement, type PlanOutcome, planSync, WRITING_OUTCOMES } from "../../../src/core/sync/plan.js";
import { resolveConflict } from "../../../src/core/sync/resolve.js";

const BLOBS = ["1", "2", "3"].map((d) => d.repeat(40));
const COMMIT = "c".repeat(40);
const pathOf = (id: string) => `elements/persona/${id}.yaml`;

/**
 * The truth table of docs/architecture.md (Publish, step 3), written out row by row. Blobs are renamed so the
 * local blob is "x" and the others "y", "z" in order of appearance; "-" is absent.
 */
const TABLE: Record<string, PlanOutcome> = {
  "R- B-": "add",
  "R- Bx": "remote-changed",
  "R- By": "conflict",
  "Rx B-": "unchanged",
  "Rx Bx": "unchanged",
  "Rx By": "unchanged",
  "Ry B-": "conflict",
  "Ry Bx": "remote-changed",
  "Ry By": "update",
  "Ry Bz": "conflict",
};
/** Elements removed from the source (no L), with delete-missing on. */
const MISSING_TABLE: Record<string, PlanOutcome> = { "R- Bx": "unchanged", "Rx Bx": "delete", "Ry Bx": "conflict" };

function rename(values: (string | undefined)[]): string[] {
  const names = new Map<string, string>();
  return values.map((v) => {
    if (v === undefined) return "-";
    if (!names.has(v)) names.set(v, "xyz"[names.size] ?? "?");
    return names.get(v) ?? "?";
  });
}

function oracle(
  local: string | undefined,
  remote: string | undefined,
  base: string | undefined,
  deleteMissing: boolean,
): PlanOutcome | undefined {
  if (local === undefined) {
    if (base === undefined) return undefined;
    if (!deleteMissing) return "unchanged";
    const [b, r] = rename([base, remote]);
    return MISSING_TABLE[`R${r} B${b}`];
  }
  const [, r, b] = rename([local, remote, base]);
  return TABLE[`R${r} B${b}`];
}

const blob = fc.constantFrom(...BLOBS);
const state = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
    local: fc.option(blob, { nil: undefined }),
    remote: fc.option(blob, { nil: undefined }),
    base: fc.option(blob, { nil: undefined }),
  }),
  { selector: (e) => e.id, maxLength: 30 },
);

function inputs(
  rows: { id: string; local?: string | undefined; remote?: string | undefined; base?: string | undefined }[],
) {
  const local: LocalElement[] = [];
  const remote = new Map<string, string>();
  const base: Record<string, BaseEntry> = {};
  for (const row of rows) {
    if (row.local !== undefined) local.push({ id: row.id, type: "persona", path: pathOf(row.id), blob: row.local });
    if (row.remote !== undefined) remote.set(pathOf(row.id), row.remote);
    if (row.base !== undefined) base[row.id] = { path: pathOf(row.id), blob: row.base, commit: COMMIT };
  }
  return { local, remote, base };
}

describe("three-way plan", () => {
  it("property: every element's outcome is the truth table's", () => {
    fc.assert(
      fc.property(state, fc.boolean(), (rows, deleteMissing) => {
        const plan = planSync({ ...inputs(rows), deleteMissing });
        const got = new Map(plan.entries.map((e) => [e.id, e.outcome]));
        for (const row of rows) expect(got.get(row.id)).toBe(oracle(row.local, row.remote, row.base, deleteMissing));
        expect(plan.entries.every((e) => e.reason.length > 10)).toBe(true);
        const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(plan.entries.length);
      }),
      { numRuns: 300 },
    );
  });

  it("property: applying a plan (conflicts local-wins) and planning again leaves nothing to write", () => {
    fc.assert(
      fc.property(state, fc.boolean(), fc.boolean(), (rows, deleteMissing, resolveLocal) => {
        const { local, remote, base } = inputs(rows);
        const first = planSync({ local, remote, base, deleteMissing });
        const wrote = new Set<string>();
        for (const entry of first.entries) {
          const action =
            entry.outcome === "conflict" && resolveLocal ? resolveConflict(entry, "local-wins").action : entry.outcome;
          if ((action === "add" || action === "update" || action === "write") && entry.local) {
            remote.set(entry.path, entry.local);
            base[entry.id] = { path: entry.path, blob: entry.local, commit: COMMIT };
            wrote.add(entry.id);
          } else if (action === "delete") {
            remote.delete(entry.path);
            delete base[entry.id];
            wrote.add(entry.id);
          }
        }
        const second = planSync({ local, remote, base, deleteMissing });
        expect(second.entries.filter((e) => WRITING_OUTCOMES.has(e.outcome))).toEqual([]);
        for (const e of second.entries) {
          if (wrote.has(e.id)) expect(e.outcome).toBe("unchanged");
          if (resolveLocal) expect(e.outcome).not.toBe("conflict");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds an id at another path from the base map, but ignores a stale base entry", () => {
    const [a, b] = BLOBS as [string, string];
    const moved: LocalElement = { id: "p", type: "persona", path: "elements/2025-01-02/p.yaml", blob: a };
    const base = { p: { path: "elements/2025-01-01/p.yaml", blob: b, commit: COMMIT } };
    const still = planSync({
      local: [moved],
      remote: new Map([["elements/2025-01-01/p.yaml", b]]),
      base,
      deleteMissing: true,
    });
    expect(still.entries.map((e) => e.outcome)).toEqual(["id-collision"]);
    expect(still.entries[0]?.reason).toContain("elements/2025-01-01/p.yaml");
    const gone = planSync({ local: [moved], remote: new Map(), base, deleteMissing: true });
    expect(gone.entries.map((e) => e.outcome)).toEqual(["add"]);
  });

  it("finds an id at another path from the collection's path index", () => {
    const [a] = BLOBS as [string];
    const local: LocalElement[] = [{ id: "p", type: "persona", path: pathOf("p"), blob: a }];
    const remote = new Map([["legacy/p.yml", a]]);
    const elsewhere = planSync({
      local,
      remote,
      base: {},
      remoteIds: new Map([["p", ["legacy/p.yml"]]]),
      deleteMissing: false,
    });
    expect(elsewhere.entries[0]).toMatchObject({ outcome: "id-collision", path: pathOf("p") });
    expect(elsewhere.counts["id-collision"]).toBe(1);
    const same = planSync({
      local,
      remote: new Map([[pathOf("p"), a]]),
      base: {},
      remoteIds: new Map([["p", [pathOf("p")]]]),
      deleteMissing: false,
    });
    expect(same.entries[0]?.outcome).toBe("unchanged");
  });
});
