// The pure check: validate's findings for the pull request's files, the collection known from paths, and the
// conflict rules, in one sorted list.
import { describe, expect, it } from "vitest";
import { checkPullRequestElements } from "../../../src/core/check/check-elements.js";
import type { StateFacts } from "../../../src/core/check/state-facts.js";
import { diagnostic, FILE_START } from "../../../src/core/diagnostic/diagnostic.js";
import { validateSources } from "../../../src/core/element/validate-sources.js";
import { skill } from "../../check/texts.js";

const OPTIONS = { strict: false, maxFileSize: 256 * 1024 };
const TEMPLATE = "elements/{type}/{id}.yaml";
const file = (path: string, text: string) => ({ file: path, bytes: new TextEncoder().encode(text) });
const nothing = { pathTemplate: TEMPLATE, paths: new Set<string>(), state: [] };

describe("checkPullRequestElements", () => {
  it("finds what validateSources finds for the same files when the collection is empty", () => {
    const files = [
      file("elements/skill/a.yaml", skill("a", { dependsOn: "b" })),
      file("elements/skill/b.yaml", skill("b", { unknownKey: true })),
      file("elements/skill/c.yaml", skill("a")),
      file("elements/skill/d.yaml", "metadata: [\n"),
    ];
    const report = checkPullRequestElements({ files, refused: [] }, nothing, OPTIONS);
    const expected = validateSources(files, { ...OPTIONS, collection: new Map() });
    expect(report.diagnostics).toEqual(expected.diagnostics);
    expect(report.byType).toEqual(expected.byType);
    expect(report.files).toBe(4);
    expect(report.diagnostics.map((d) => d.code)).toContain("id/duplicate");
  });

  it("resolves references against the collection's paths, by slugged id and type", () => {
    const files = [
      file("elements/skill/a.yaml", skill("a", { dependsOn: "in_collection" })),
      file("elements/skill/b.yaml", skill("b", { dependsOn: "a-persona" })),
    ];
    const paths = new Set(["elements/skill/in-collection.yaml", "elements/persona/a-persona.yaml"]);
    const report = checkPullRequestElements({ files, refused: [] }, { ...nothing, paths }, OPTIONS);
    expect(report.diagnostics.map((d) => [d.file, d.code, d.message])).toEqual([
      ["elements/skill/b.yaml", "ref/unresolved", '"a-persona" is a persona, not a skill; refer to a skill here'],
    ]);
  });

  it("adds the conflict rules at metadata.id, and lists the overlapping submissions once each", () => {
    const files = [file("elements/skill/a.yaml", skill("a")), file("elements/skill/b.yaml", skill("b"))];
    const other = { number: 9, url: "https://github.com/n/c/pull/9", source: "o/s" };
    const state: StateFacts[] = [
      {
        open: [
          ["a", other],
          ["b", other],
        ],
        recorded: [["b", "elements/persona/b.yaml"]],
      },
    ];
    const paths = new Set(["elements/persona/b.yaml"]);
    const report = checkPullRequestElements({ files, refused: [] }, { pathTemplate: TEMPLATE, paths, state }, OPTIONS);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.column, d.code])).toEqual([
      ["elements/skill/a.yaml", 2, 7, "check/open-submission"],
      ["elements/skill/b.yaml", 2, 7, "check/id-elsewhere"],
      ["elements/skill/b.yaml", 2, 7, "check/open-submission"],
    ]);
    expect(report.overlapping).toEqual([{ submission: other, ids: ["a", "b"] }]);
  });

  it("counts refused files and keeps their findings", () => {
    const refused = [diagnostic("elements/skill/big.yaml", FILE_START, "error", "limit/file-size", "too big")];
    const report = checkPullRequestElements(
      { files: [file("elements/skill/a.yaml", skill("a"))], refused },
      nothing,
      OPTIONS,
    );
    expect(report.files).toBe(2);
    expect(report.diagnostics).toEqual(refused);
  });
});
