import { describe, expect, it } from "vitest";
import { conflictDiagnostics } from "../../../src/core/check/conflict-rules.js";
import { idsElsewhere } from "../../../src/core/check/ids-elsewhere.js";

describe("idsElsewhere", () => {
  it("finds an id by file name under the template's prefix, and by a recorded base path still present", () => {
    const found = idsElsewhere({
      template: "elements/{type}/{id}.yaml",
      paths: new Set(["elements/persona/shared.yaml", "elements/skill/x.yaml", "other/recorded.yaml"]),
      recorded: [
        ["recorded-id", "other/recorded.yaml"],
        ["recorded-id", "other/gone.yaml"],
        ["not-ours", "elements/skill/x.yaml"],
      ],
      ids: ["shared", "recorded-id", "nowhere"],
    });
    expect(found).toEqual(
      new Map([
        ["shared", ["elements/persona/shared.yaml"]],
        ["recorded-id", ["other/recorded.yaml"]],
      ]),
    );
  });

  it("uses only the recorded base for a template whose file name is not the id", () => {
    const found = idsElsewhere({
      template: "elements/{type}/{author}-{id}.yaml",
      paths: new Set(["elements/skill/team-a.yaml"]),
      recorded: [["a", "elements/skill/team-a.yaml"]],
      ids: ["a", "team-a"],
    });
    expect(found).toEqual(new Map([["a", ["elements/skill/team-a.yaml"]]]));
  });
});

describe("conflictDiagnostics", () => {
  const at = { line: 2, column: 7 };
  it("reports another path, never the file's own, and each other open submission with its link", () => {
    const out = conflictDiagnostics(
      [
        { file: "elements/skill/a.yaml", id: "a", at },
        { file: "elements/skill/b.yaml", id: "b", at },
      ],
      {
        elsewhere: new Map([
          ["a", ["elements/persona/a.yaml", "elements/skill/a.yaml"]],
          ["b", ["elements/skill/b.yaml"]],
        ]),
        openSubmissions: new Map([["b", [{ number: 7, url: "https://github.com/o/c/pull/7", source: "o/s" }]]]),
      },
    );
    expect(out.map((d) => [d.file, d.severity, d.code, d.line, d.column])).toEqual([
      ["elements/skill/a.yaml", "error", "check/id-elsewhere", 2, 7],
      ["elements/skill/b.yaml", "warning", "check/open-submission", 2, 7],
    ]);
    expect(out[0]?.message).toContain("at elements/persona/a.yaml;");
    expect(out[1]?.message).toContain("open submission #7 of o/s (https://github.com/o/c/pull/7)");
  });

  it("names three paths and counts the rest", () => {
    const paths = ["p/1.yaml", "p/2.yaml", "p/3.yaml", "p/4.yaml", "p/5.yaml"];
    const [d] = conflictDiagnostics([{ file: "x.yaml", id: "x", at }], {
      elsewhere: new Map([["x", paths]]),
      openSubmissions: new Map(),
    });
    expect(d?.message).toContain("at p/1.yaml, p/2.yaml, p/3.yaml and 2 more;");
  });
});
