import { describe, expect, it } from "vitest";
import type { PlanEntry } from "../../../src/core/sync/plan.js";
import { resolveConflict, textsNeeded } from "../../../src/core/sync/resolve.js";

const [L, R, B] = ["1", "2", "3"].map((d) => d.repeat(40)) as [string, string, string];
const both: PlanEntry = {
  id: "p",
  path: "elements/persona/p.yaml",
  outcome: "conflict",
  reason: "changed in both",
  local: L,
  remote: R,
  base: B,
};
const removed: PlanEntry = {
  id: "p",
  path: "elements/persona/p.yaml",
  outcome: "conflict",
  reason: "removed from the source",
  remote: R,
  base: B,
};
const file = (updated: string | undefined, verbosity = "balanced") =>
  `metadata:\n  id: p\n${updated ? `  updated_at: "${updated}"\n` : ""}data:\n  verbosity: ${verbosity}\n  tone: calm\n`;

describe("conflict resolution", () => {
  it("manual leaves the element out with the plan's reason", () => {
    expect(resolveConflict(both, "manual")).toEqual({
      action: "manual",
      reason: expect.stringContaining("changed in both"),
    });
  });

  it("local-wins writes, or deletes an element removed from the source; remote-wins keeps the collection", () => {
    expect(resolveConflict(both, "local-wins").action).toBe("write");
    expect(resolveConflict(removed, "local-wins").action).toBe("delete");
    expect(resolveConflict(both, "remote-wins").action).toBe("keep-remote");
    expect(resolveConflict(removed, "remote-wins").action).toBe("keep-remote");
  });

  it.each([
    ["2025-02-01T00:00:00Z", "2025-01-01T00:00:00Z", "write"],
    ["2025-01-01T00:00:00Z", "2025-01-01T00:00:01Z", "keep-remote"],
    ["2025-01-01T01:00:00+01:00", "2025-01-01T00:00:00Z", "manual"], // the same instant
    [undefined, "2025-01-01T00:00:00Z", "keep-remote"], // missing counts as oldest
    ["2025-01-01T00:00:00Z", undefined, "write"],
    [undefined, undefined, "manual"],
    ["not a date", undefined, "manual"],
  ])("newest: local %s vs remote %s → %s", (local, remote, action) => {
    expect(resolveConflict(both, "newest", { local: file(local), remote: file(remote) }).action).toBe(action);
  });

  it("newest treats a file deleted in the collection as oldest and cannot date a removed element", () => {
    expect(
      resolveConflict({ ...both, remote: undefined }, "newest", { local: file("2025-01-01T00:00:00Z") }).action,
    ).toBe("write");
    expect(resolveConflict(removed, "newest", { remote: file("2025-01-01T00:00:00Z") }).action).toBe("manual");
  });

  it("merge writes the merged text, or falls back to manual on overlap or a missing base", () => {
    const base = file(undefined);
    const merged = resolveConflict(both, "merge", {
      base,
      local: base.replace("calm", "warm"),
      remote: base.replace("balanced", "concise"),
    });
    expect(merged).toEqual({
      action: "write",
      text: base.replace("calm", "warm").replace("balanced", "concise"),
      reason: expect.stringContaining("1 from the collection"),
    });
    expect(
      resolveConflict(both, "merge", {
        base,
        local: base.replace("calm", "warm"),
        remote: base.replace("calm", "cold"),
      }).action,
    ).toBe("manual");
    expect(resolveConflict(both, "merge", { local: base, remote: base }).action).toBe("manual");
    expect(resolveConflict(removed, "merge", { base, remote: base }).action).toBe("manual");
  });

  it("asks only for the texts a strategy reads", () => {
    expect(textsNeeded("manual")).toEqual([]);
    expect(textsNeeded("local-wins")).toEqual([]);
    expect(textsNeeded("newest")).toEqual(["local", "remote"]);
    expect(textsNeeded("merge")).toEqual(["base", "local", "remote"]);
  });
});
