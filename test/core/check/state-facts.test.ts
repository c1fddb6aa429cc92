import { describe, expect, it } from "vitest";
import { openSubmissionsById, stateFacts } from "../../../src/core/check/state-facts.js";
import type { StateDocument } from "../../../src/core/state/state-document.js";
import { emptyStateDocument } from "../../../src/core/state/state-empty.js";
import { submission } from "../../check/texts.js";

function document(owner: string, submissions: StateDocument["submissions"]): StateDocument {
  return {
    ...emptyStateDocument({ owner, repo: "source" }),
    base: { merged: { path: "elements/skill/merged.yaml", blob: "a".repeat(40), commit: "b".repeat(40) } },
    submissions,
  };
}

describe("stateFacts", () => {
  it("keeps the open (pending, draft) submissions but the one checked, and the recorded base", () => {
    const facts = stateFacts(
      document("one", {
        "1": submission(1, ["a"]),
        "2": submission(2, ["b"], "draft"),
        "3": submission(3, ["c"], "merged"),
        "4": submission(4, ["d"], "rejected"),
        "5": submission(5, ["e"]),
      }),
      5,
    );
    expect(facts.open.map(([id, s]) => [id, s.number, s.source])).toEqual([
      ["a", 1, "one/source"],
      ["b", 2, "one/source"],
    ]);
    expect(facts.recorded).toEqual([["merged", "elements/skill/merged.yaml"]]);
  });
});

describe("openSubmissionsById", () => {
  it("merges every document's open submissions per id, each once, by number", () => {
    const byId = openSubmissionsById([
      stateFacts(document("one", { "8": submission(8, ["x", "y"]) }), 1),
      stateFacts(document("two", { "3": submission(3, ["x"]) }), 1),
    ]);
    expect(byId.get("x")?.map((s) => s.number)).toEqual([3, 8]);
    expect(byId.get("y")?.map((s) => `${s.source}#${s.number}`)).toEqual(["one/source#8"]);
  });
});
