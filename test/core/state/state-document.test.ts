import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, type StateDocument } from "../../../src/core/state/state-document.js";
import { emptyStateDocument } from "../../../src/core/state/state-empty.js";
import { StateDocumentError } from "../../../src/core/state/state-error.js";
import { parseStateDocument } from "../../../src/core/state/state-parse.js";
import { serializeStateDocument } from "../../../src/core/state/state-serialize.js";
import { stateDocument } from "./state-arbitraries.js";

const A = "a".repeat(40);
const B = "b".repeat(40);

function sample(): StateDocument {
  return {
    schema: 1,
    source: { owner: "acme", repo: "elements", id: 42 },
    base: { "persona-x": { path: "elements/persona/persona-x.yaml", blob: A, commit: B } },
    submissions: {
      "7": {
        number: 7,
        status: "merged",
        elements: [{ id: "persona-x", path: "elements/persona/persona-x.yaml", blob: A }],
        url: "https://github.com/acme/c/pull/7",
        nodeId: "PR_7",
        head: B,
        createdAt: "2025-12-20T10:00:00Z",
        updatedAt: "2025-12-21T10:00:00Z",
        lastDelivery: "d-1",
      },
    },
    stats: { total: 1, pending: 0, draft: 0, merged: 1, rejected: 0 },
    history: [{ at: "2025-12-21T10:00:00Z", number: 7, from: "pending", to: "merged", delivery: "d-1" }],
  };
}

function errorOf(text: string): StateDocumentError {
  try {
    parseStateDocument(text);
  } catch (error) {
    if (error instanceof StateDocumentError) return error;
    throw error;
  }
  throw new Error("expected the document to be rejected");
}

const DELETE = Symbol("delete");
type Slot = Record<string | number, unknown>;
const isSlot = (v: unknown): v is Slot => typeof v === "object" && v !== null;

/** The sample document's text with the value at `path` replaced (or deleted). */
function withChange(path: readonly string[], value: unknown): string {
  const d: unknown = JSON.parse(serializeStateDocument(sample()));
  let holder = d;
  for (const key of path.slice(0, -1)) holder = isSlot(holder) ? holder[key] : undefined;
  const last = path[path.length - 1];
  if (!isSlot(holder) || last === undefined) throw new Error(`no slot at ${path.join(".")}`);
  if (value === DELETE) delete holder[last];
  else holder[last] = value;
  return JSON.stringify(d);
}

describe("state document: canonical text", () => {
  it("round-trips the empty document and a full one", () => {
    const empty = emptyStateDocument({ owner: "acme", repo: "elements" });
    expect(parseStateDocument(serializeStateDocument(empty))).toEqual(empty);
    expect(parseStateDocument(serializeStateDocument(sample()))).toEqual(sample());
  });

  it("orders keys, recomputes stats, caps history and ends with a newline", () => {
    const d = sample();
    d.stats = { total: 99, pending: 99, draft: 0, merged: 0, rejected: 0 };
    d.base = { zeta: { path: "z.yaml", blob: A, commit: B }, alpha: { commit: B, blob: A, path: "a.yaml" } };
    d.history = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({
      at: "2025-12-21T10:00:00Z",
      number: i + 1,
      from: null,
      to: "pending" as const,
    }));
    const text = serializeStateDocument(d);
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["schema", "source", "base", "submissions", "stats", "history"]);
    expect(Object.keys(parsed.base)).toEqual(["alpha", "zeta"]);
    expect(Object.keys(parsed.base.alpha)).toEqual(["path", "blob", "commit"]);
    expect(parsed.stats).toEqual({ total: 1, pending: 0, draft: 0, merged: 1, rejected: 0 });
    expect(parsed.history).toHaveLength(HISTORY_LIMIT);
    expect(parsed.history[0].number).toBe(6); // the oldest five were dropped
  });

  it("property: parse(serialize(d)) = d and serializing again gives the same bytes", () => {
    fc.assert(
      fc.property(stateDocument, (d) => {
        const text = serializeStateDocument(d);
        const parsed = parseStateDocument(text);
        expect(parsed).toEqual(d);
        expect(serializeStateDocument(parsed)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("never trusts stored stats", () => {
    const text = withChange(["stats", "merged"], 12);
    expect(parseStateDocument(text).stats).toEqual({ total: 1, pending: 0, draft: 0, merged: 1, rejected: 0 });
  });
});

describe("state document: strict parser", () => {
  it.each([
    ["JSON syntax", '{"schema": 1,', "$", /not valid JSON/],
    ["not an object", "[1,2]", "$", /top level/],
    ["missing schema", "{}", "$", /"schema"/],
    ["newer schema", withChange(["schema"], 2), "$.schema", /newer nexs-publish.*upgrade/],
    ["negative schema", withChange(["schema"], -1), "$.schema", /schema version/],
    ["bad blob", withChange(["base", "persona-x", "blob"], "xyz"), '$.base["persona-x"].blob', /40-character/],
    [
      "upper-case commit",
      withChange(["base", "persona-x", "commit"], B.toUpperCase()),
      '$.base["persona-x"].commit',
      /hex git SHA/,
    ],
    ["bad id key", withChange(["base", "Bad Id"], sample().base["persona-x"]), '$.base["Bad Id"]', /element id/],
    [
      "escaping path",
      withChange(["base", "persona-x", "path"], "../x.yaml"),
      '$.base["persona-x"].path',
      /relative path/,
    ],
    ["wrong type", withChange(["submissions", "7", "number"], "7"), '$.submissions["7"].number', /integer/],
    [
      "unknown status",
      withChange(["submissions", "7", "status"], "open"),
      '$.submissions["7"].status',
      /one of pending/,
    ],
    [
      "key mismatch",
      withChange(["submissions", "8"], sample().submissions["7"]),
      '$.submissions["8"]',
      /pull-request number 7/,
    ],
    ["unknown field", withChange(["submissions", "7", "extra"], true), '$.submissions["7"].extra', /unknown field/],
    ["missing field", withChange(["submissions", "7", "head"], DELETE), '$.submissions["7"]', /"head"/],
    ["bad timestamp", withChange(["history", "0", "at"], "yesterday"), "$.history[0].at", /RFC 3339/],
    ["stats shape", withChange(["stats", "draft"], -1), "$.stats.draft", /integer ≥ 0/],
  ])("rejects %s at the right path", (_name, text, path, problem) => {
    const error = errorOf(text);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(path);
  });

  it("property: any mutation is either a valid document or a located StateDocumentError", () => {
    const valid = serializeStateDocument(sample());
    const textMutation = fc.oneof(
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc
        .tuple(fc.nat({ max: valid.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([i, s]) => valid.slice(0, i) + s + valid.slice(i + 1)),
    );
    const valueMutation = fc
      .tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean())
      .map(([pick, replacement, remove]) => {
        const d: unknown = JSON.parse(valid);
        const slots: [Slot, string, boolean][] = [];
        const walk = (v: unknown) => {
          if (!isSlot(v)) return;
          for (const [k, x] of Object.entries(v)) {
            slots.push([v, k, Array.isArray(v)]);
            walk(x);
          }
        };
        walk(d);
        const slot = slots[pick % slots.length];
        if (!slot) return valid;
        const [holder, key, inArray] = slot;
        if (remove && !inArray) delete holder[key];
        else holder[key] = replacement;
        return JSON.stringify(d);
      });
    fc.assert(
      fc.property(fc.oneof(textMutation, valueMutation), (text) => {
        try {
          const d = parseStateDocument(text);
          expect(parseStateDocument(serializeStateDocument(d))).toEqual(d);
        } catch (error) {
          if (!(error instanceof StateDocumentError)) throw error;
          expect(error.path.startsWith("$")).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("state document: migration", () => {
  const v0 = {
    schema: 0,
    source: "acme/elements",
    base: { "persona-x": { path: "elements/persona/persona-x.yaml", sha: A, commit: B } },
    submissions: [
      {
        pr: 3,
        state: "closed",
        elements: [],
        url: "https://github.com/acme/c/pull/3",
        nodeId: "PR_3",
        head: B,
        createdAt: "2025-01-01T00:00:00Z",
        updatedAt: "2025-01-02T00:00:00Z",
      },
      {
        pr: 5,
        state: "open",
        elements: [],
        url: "https://github.com/acme/c/pull/5",
        nodeId: "PR_5",
        head: A,
        createdAt: "2025-01-03T00:00:00Z",
        updatedAt: "2025-01-03T00:00:00Z",
      },
    ],
  };

  it("upgrades the pre-release shape to schema 1", () => {
    const d = parseStateDocument(JSON.stringify(v0));
    expect(d.schema).toBe(1);
    expect(d.source).toEqual({ owner: "acme", repo: "elements" });
    expect(d.base["persona-x"]).toEqual({ path: "elements/persona/persona-x.yaml", blob: A, commit: B });
    expect(d.submissions["3"]?.status).toBe("rejected");
    expect(d.submissions["5"]?.status).toBe("pending");
    expect(d.stats).toEqual({ total: 2, pending: 1, draft: 0, merged: 0, rejected: 1 });
    expect(d.history).toEqual([]);
  });

  it("reports a corrupt old document at its path, saying it was migrated", () => {
    const bad = { ...v0, base: { "persona-x": { path: "p.yaml", sha: "nope", commit: B } } };
    const error = errorOf(JSON.stringify(bad));
    expect(error.path).toBe('$.base["persona-x"].blob');
    expect(error.message).toMatch(/after migrating from schema 0/);
  });
});
