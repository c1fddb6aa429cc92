import { describe, expect, it } from "vitest";
import { collectionFromPaths, templatePattern } from "../../../src/core/check/template-paths.js";

describe("templatePattern", () => {
  it("reads type and slugged id back from the default template's paths", () => {
    const pattern = templatePattern("elements/{type}/{id}.yaml");
    expect(pattern?.exec("elements/skill/code-review.yaml")?.groups).toMatchObject({
      type: "skill",
      id: "code-review",
    });
    expect(pattern?.test("elements/skill/sub/code-review.yaml")).toBe(false);
    expect(pattern?.test("elements/widget/code-review.yaml")).toBe(false);
    expect(pattern?.test("elements/skill/code_review.yaml")).toBe(false);
    expect(pattern?.test("xelements/skill/a.yaml")).toBe(false);
  });

  it("matches the other placeholders and a repeated one consistently", () => {
    const pattern = templatePattern("{author}/{created}/{type}-{id}/{id}.yml");
    expect(pattern?.exec("team-a/2025-01-02/agent-helper/helper.yml")?.groups).toMatchObject({
      type: "agent",
      id: "helper",
    });
    expect(pattern?.test("team-a/2025-01-02/agent-helper/other.yml")).toBe(false);
  });

  it("gives nothing for a template that does not name both type and id, or is malformed", () => {
    expect(templatePattern("elements/{id}.yaml")).toBeUndefined();
    expect(templatePattern("elements/{type}/{name}.yaml")).toBeUndefined();
    expect(templatePattern("elements/{type}/{id.yaml")).toBeUndefined();
  });
});

describe("collectionFromPaths", () => {
  it("answers an id's type by its slug, so an id with _ finds its published file", () => {
    const known = collectionFromPaths("elements/{type}/{id}.yaml", [
      "README.md",
      "elements/skill/my-skill.yaml",
      "elements/persona/expert.yaml",
    ]);
    expect(known?.get("my_skill")).toBe("skill");
    expect(known?.get("my-skill")).toBe("skill");
    expect(known?.get("expert")).toBe("persona");
    expect(known?.get("missing")).toBeUndefined();
  });

  it("is unknown when the template cannot be read backwards", () => {
    expect(collectionFromPaths("elements/{id}.yaml", ["elements/a.yaml"])).toBeUndefined();
  });
});
