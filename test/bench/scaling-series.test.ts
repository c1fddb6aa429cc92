// The benchmark's single-file series must hold what their names say, or their figures measure something else:
// each file, just past the report's cap, is validated and its findings counted.
import { describe, expect, it } from "vitest";
import { SERIES, seriesProblem } from "../../bench/validate/scaling.js";
import { MAX_FINDINGS_PER_FILE } from "../../src/core/diagnostic/finding-cap.js";

const N = MAX_FINDINGS_PER_FILE + 100;

describe("bench single-file series", () => {
  for (const series of SERIES) {
    it(`${series.name}: ${series.findings === "each" ? "one finding per item" : "one finding for the file"}`, () => {
      expect(seriesProblem(series, N)).toBeUndefined();
    });
  }

  it("tells a series whose file does not hold its findings", () => {
    const [each] = SERIES.filter((s) => s.findings === "each");
    const [once] = SERIES.filter((s) => s.findings === "once");
    if (!each || !once) throw new Error("both kinds of series are expected");
    expect(seriesProblem({ ...each, code: "yaml/no-such-code" }, N)).toMatch(/0 yaml\/no-such-code findings/);
    expect(seriesProblem({ ...once, findings: "each" }, N)).toMatch(/1 schema\/max-items findings|1 limit\/aliases/);
    expect(seriesProblem({ ...each, findings: "once" }, N)).toBeDefined();
  });
});
