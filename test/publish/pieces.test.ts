// The small pure parts of publish: the PR body, ids read from collection paths, branch-name checks, the
// submission record.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refNameProblem } from "../../src/core/names/ref-name.js";
import { pullRequestBody } from "../../src/core/publish/pr-body.js";
import type { PublishRow } from "../../src/core/publish/types.js";
import { emptyStateDocument } from "../../src/core/state/state-empty.js";
import { collectionIds } from "../../src/core/sync/collection-ids.js";
import { MARKER_LIST_BUDGET } from "../../src/core/tracking/marker.js";
import { encodeMarker, verifyMarker } from "../../src/core/tracking/marker-trust.js";
import { recordSubmission } from "../../src/core/tracking/record-submission.js";

const row = (id: string, reason = "new element: not in the collection"): PublishRow => ({
  id,
  path: `elements/skill/${id}.yaml`,
  outcome: "add",
  reason,
  proposed: true,
  blocking: false,
  private: false,
});

describe("the pull-request body", () => {
  it("property: fits GitHub's limit, ends with a marker that still verifies, and escapes what the source wrote", () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,29}[a-z0-9])?$/), { maxLength: 400 });
    fc.assert(
      fc.property(ids, fc.string({ maxLength: 200 }), (list, reason) => {
        const elements = list
          .slice(0, 20)
          .map((id) => ({ id, path: `elements/skill/${id}.yaml`, blob: "c".repeat(40) }));
        const marker = encodeMarker(
          { source: { name: "o/r", id: 1 }, commit: "a".repeat(40), elements, issuedAt: "2026-01-01T00:00:00Z" },
          "key",
        );
        const body = pullRequestBody(
          { source: "o/r", commit: "a".repeat(40), rows: list.map((id) => row(id, reason)), marker },
          20_000,
        );
        expect(body.length).toBeLessThanOrEqual(20_000);
        expect(body.trimEnd().endsWith(marker)).toBe(true);
        expect(verifyMarker(body, "key").trust).toBe("trusted");
        expect(
          body
            .split("\n")
            .filter((line) => line.startsWith("| "))
            .every((line) => !/<script|\]\(/i.test(line)),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("lists conflicts left out with their reason and cuts a long table with a count", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(`skill-${i}`));
    rows.push({ ...row("skill-x", "changed in both | <b>"), outcome: "conflict", proposed: false, blocking: true });
    const body = pullRequestBody({ source: "o/r", commit: "a".repeat(40), rows, marker: "<!-- m -->" });
    expect(body.length).toBeLessThanOrEqual(65_536);
    const shown = body.split("\n").filter((line) => line.endsWith("| added |")).length;
    expect(shown).toBeGreaterThan(100);
    expect(body).toContain(`\n\n…and ${3000 - shown} more elements (see the Files changed tab).\n`);
    expect(body).toContain("changed in both &#124; &#60;b&#62;");
    // Everything fits: no note.
    expect(
      pullRequestBody({ source: "o/r", commit: "a".repeat(40), rows: rows.slice(0, 5), marker: "<!-- m -->" }),
    ).not.toContain("more elements");
  });

  it("property: whatever the rows, reasons and marker (list or digest form), body and marker fit 65,536 characters", () => {
    // A few generated row shapes, repeated up to 3,000 times: long lists without generating 3,000 of everything.
    const shape = fc.record({
      idLength: fc.integer({ min: 1, max: 120 }),
      reason: fc.string({ maxLength: 400 }),
      kind: fc.constantFrom("add", "update", "conflict", "remote-changed"),
      private: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(shape, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (shapes, count, budget) => {
          const rows = Array.from({ length: count }, (_, i): PublishRow => {
            const shape = shapes[i % shapes.length];
            if (!shape) throw new Error("fast-check gives at least one shape");
            const { idLength, reason, kind, private: secret } = shape;
            const left = kind === "conflict" || kind === "remote-changed";
            return {
              ...row(`s${i}-${"x".repeat(idLength)}`, reason),
              outcome: kind,
              proposed: !left,
              blocking: kind === "conflict",
              private: secret,
            };
          });
          const elements = rows
            .filter((r) => r.proposed)
            .map((r) => ({ id: r.id, path: r.path, blob: "c".repeat(40) }));
          const marker = encodeMarker(
            { source: { name: "o/r", id: 1 }, commit: "a".repeat(40), elements, issuedAt: "2026-01-01T00:00:00Z" },
            "key",
            Math.min(budget, MARKER_LIST_BUDGET),
          );
          const body = pullRequestBody({ source: "o/r", commit: "a".repeat(40), rows, marker });
          expect(body.length).toBeLessThanOrEqual(65_536);
          expect(body.trimEnd().endsWith(marker)).toBe(true);
          expect(verifyMarker(body, "key").trust).toBe("trusted");
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("ids already in the collection", () => {
  it("reads slugged ids from file names below the template's fixed prefix, and nothing for other templates", () => {
    const paths = [
      "elements/skill/a-b.yaml",
      "elements/legacy/a-b.yml",
      "README.md",
      "other/c.yaml",
      "elements/skill/c.yaml",
    ];
    const local = [
      { id: "a_b", type: "skill" as const, path: "elements/skill/a-b.yaml", blob: "" },
      { id: "c", type: "skill" as const, path: "elements/skill/c.yaml", blob: "" },
    ];
    expect(collectionIds("elements/{type}/{id}.yaml", paths, local)).toEqual(
      new Map([
        ["a_b", ["elements/skill/a-b.yaml", "elements/legacy/a-b.yml"]],
        ["c", ["elements/skill/c.yaml"]],
      ]),
    );
    expect(collectionIds("{type}/{author}-{id}.yaml", paths, local)).toBeUndefined();
  });
});

describe("branch names", () => {
  it("accepts ordinary names and refuses what git refuses", () => {
    for (const good of ["nexs/o/r", "feature_1", "a.b/c"]) expect(refNameProblem(good)).toBeUndefined();
    for (const bad of ["", "/a", "a/", "a//b", "a..b", "a b", "a~1", "a:b", ".hidden", "x.lock", "a.", "a@{1}"])
      expect(refNameProblem(bad), bad).toBeDefined();
  });
});

describe("recording the submission", () => {
  const record = {
    source: { owner: "o", repo: "r", id: 7 },
    number: 3,
    url: "https://example.test/pull/3",
    nodeId: "PR_3",
    head: "d".repeat(40),
    elements: [{ id: "a", path: "elements/skill/a.yaml", blob: "e".repeat(40) }],
    status: "pending" as const,
    createdAt: "2025-12-31T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
  };

  it("takes both times from the PR, writes nothing the second time, and never moves updatedAt backwards", () => {
    const first = recordSubmission(record)(undefined);
    expect(first?.submissions["3"]).toMatchObject({
      status: "pending",
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
    expect(first?.stats).toMatchObject({ total: 1, pending: 1 });
    expect(first?.history).toEqual([{ at: record.updatedAt, number: 3, from: null, to: "pending" }]);
    expect(recordSubmission({ ...record, updatedAt: "2026-02-01T00:00:00Z" })(first)).toBeUndefined();

    // A new head seen through an older view of the PR: the head is this publish's, the ordering key stays.
    const moved = recordSubmission({ ...record, head: "f".repeat(40), updatedAt: "2025-12-31T12:00:00Z" })(first);
    expect(moved?.submissions["3"]).toMatchObject({
      head: "f".repeat(40),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
    expect(moved?.history).toHaveLength(1);
    const later = recordSubmission({ ...record, head: "f".repeat(40), updatedAt: "2026-01-05T00:00:00Z" })(first);
    expect(later?.submissions["3"]?.updatedAt).toBe("2026-01-05T00:00:00Z");
  });

  it("follows the PR's draft flag when its view is newer, keeps a status the App moved later, and keeps other submissions", () => {
    const doc = emptyStateDocument({ owner: "o", repo: "r" });
    doc.submissions["1"] = { ...record, number: 1, status: "merged", elements: [] };
    doc.submissions["3"] = { ...record, status: "rejected", elements: [] };
    const next = recordSubmission({ ...record, updatedAt: "2026-03-01T00:00:00Z" })(doc);
    expect(next?.submissions["3"]?.status).toBe("pending");
    expect(next?.submissions["1"]?.status).toBe("merged");
    expect(next?.history.at(-1)).toMatchObject({ at: "2026-03-01T00:00:00Z", from: "rejected", to: "pending" });

    const draft = recordSubmission({ ...record, status: "draft" })(undefined);
    expect(recordSubmission({ ...record, status: "draft" })(draft)).toBeUndefined();
    expect(recordSubmission({ ...record, updatedAt: "2026-01-02T00:00:00Z" })(draft)?.submissions["3"]?.status).toBe(
      "pending",
    );

    // Merged by the App after the PR response this run saw: the merge stays, the elements are still recorded.
    const merged = emptyStateDocument({ owner: "o", repo: "r", id: 7 });
    merged.submissions["3"] = { ...record, status: "merged", updatedAt: "2026-01-03T00:00:00Z", elements: [] };
    const kept = recordSubmission(record)(merged)?.submissions["3"];
    expect(kept).toMatchObject({ status: "merged", updatedAt: "2026-01-03T00:00:00Z", elements: record.elements });
  });
});
