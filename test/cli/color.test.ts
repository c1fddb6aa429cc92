import { describe, expect, it } from "vitest";
import { wantsColor } from "../../src/cli/color.js";

describe("wantsColor", () => {
  it("colours a terminal, not a pipe", () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
  });
  it("respects NO_COLOR (non-empty) and TERM=dumb", () => {
    expect(wantsColor(true, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(true, { NO_COLOR: "" })).toBe(true);
    expect(wantsColor(true, { TERM: "dumb" })).toBe(false);
  });
  it("lets FORCE_COLOR win either way", () => {
    expect(wantsColor(false, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor(false, { FORCE_COLOR: "" })).toBe(true);
    expect(wantsColor(true, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor(true, { FORCE_COLOR: "false" })).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
  });
});
