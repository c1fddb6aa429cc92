import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCollectionPath,
  collectionPath,
  idProblem,
  isValidId,
  pathTemplateProblem,
  slug,
} from "../../../src/core/element/identity.js";
import { gitBlobSha } from "../../../src/core/git/object-sha.js";
import { tempDir } from "../../support/tmp-dir.js";

const meta = {
  id: "persona-technical-expert",
  type: "persona" as const,
  author: "Team@Company.com",
  created_at: "2025-12-20T23:30:00-05:00",
};

describe("git blob SHA-1", () => {
  it("matches git's known values", () => {
    expect(gitBlobSha(new Uint8Array())).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    expect(gitBlobSha(new TextEncoder().encode("hello\n"))).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
  });
  it("matches `git hash-object` on bytes that are not text", () => {
    const dir = tempDir("blob-");
    const bytes = new Uint8Array([0, 255, 10, 13, 0xef, 0xbb, 0xbf, 200]);
    writeFileSync(join(dir, "f"), bytes);
    let expected: string;
    try {
      expected = execFileSync("git", ["hash-object", join(dir, "f")], { encoding: "utf8" }).trim();
    } catch {
      return; // git not installed: the known values above still hold the line
    }
    expect(gitBlobSha(bytes)).toBe(expected);
  });
});

describe("id rule", () => {
  it.each(["a", "persona-1", "x_y-z", "0", "a".repeat(128)])("accepts %s", (id) =>
    expect(idProblem(id)).toBeUndefined(),
  );
  it.each([
    ["", "empty"],
    ["A", "lowercase"],
    ["-a", "start and end"],
    ["a-", "start and end"],
    ["a.b", "lowercase"],
    ["a".repeat(129), "128"],
    ["con", "Windows"],
    ["lpt9", "Windows"],
    ["nul", "Windows"],
    ["a\u202eb", "bidirectional"],
    ["a\u0000", "control"],
  ])("refuses %j", (id, reason) => expect(idProblem(id)).toContain(reason));
  it("agrees with the schema's id pattern on arbitrary strings", async () => {
    const { METADATA_SCHEMA } = await import("../../../src/core/element/schemas.js");
    const definitions: unknown = METADATA_SCHEMA.definitions;
    const pattern = new RegExp(String(Object(Object(definitions).id).pattern), "u");
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9_-]{0,12}$/), fc.constantFrom("con", "com1", "aux", "lpt3")),
        (id) => {
          expect(isValidId(id)).toBe(pattern.test(id) && id.length <= 128);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("collection path", () => {
  it("defaults to elements/{type}/{id}.yaml", () => {
    expect(collectionPath("elements/{type}/{id}.yaml", meta)).toEqual({
      ok: true,
      path: "elements/persona/persona-technical-expert.yaml",
    });
  });
  it("slugs the author and writes created as YYYY-MM-DD as written", () => {
    expect(collectionPath("by/{author}/{created}-{id}.yaml", meta)).toEqual({
      ok: true,
      path: "by/team-company-com/2025-12-20-persona-technical-expert.yaml",
    });
    expect(slug("Zoë Ünal & co")).toBe("zoe-unal-co");
  });
  it("{created} without created_at is an error", () => {
    const r = collectionPath("{created}/{id}.yaml", { ...meta, created_at: undefined });
    expect(r).toMatchObject({ ok: false, problem: "missing-created" });
  });
  it("an unknown placeholder is an error", () => {
    expect(collectionPath("{team}/{id}.yaml", meta)).toMatchObject({ ok: false, problem: "unknown-placeholder" });
  });
  it("an author that slugs to nothing is an error", () => {
    expect(collectionPath("{author}/{id}.yaml", { ...meta, author: "@@@" })).toMatchObject({
      ok: false,
      problem: "empty-placeholder",
    });
  });
  it.each([
    ["../elements/{id}.yaml", "outside-root"],
    ["/etc/{id}.yaml", "outside-root"],
    ["C:/x/{id}.yaml", "outside-root"],
    ["a\\{id}.yaml", "outside-root"],
    ["a//{id}.yaml", "outside-root"],
    ["a/./{id}.yaml", "outside-root"],
    ["{id}/", "outside-root"],
    [".github/workflows/{id}.yml", "github-directory"],
    [".GitHub/{id}.yaml", "github-directory"],
    ["x/.github/{id}.yaml", "github-directory"],
  ])("refuses %s", (template, problem) => {
    const r = collectionPath(template, meta);
    expect(r).toMatchObject({ ok: false, problem });
    if (!r.ok) expect(r.message).toContain(template);
  });
  it("no metadata can make a safe template escape the root", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (id, author, created) => {
        const r = collectionPath("{author}/{type}/{id}.yaml", { id, type: "skill", author, created_at: created });
        if (r.ok) {
          expect(checkCollectionPath(r.path).ok).toBe(true);
          expect(r.path.split("/")).toHaveLength(3);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("pathTemplateProblem", () => {
  it("names a template no element can be placed by, and only such a template (checked against collectionPath)", () => {
    expect(pathTemplateProblem("elements/{type}/{id}.yaml")).toBeUndefined();
    expect(pathTemplateProblem("x/{kind}.yaml")).toMatch(/unknown placeholder \{kind\}/);
    expect(pathTemplateProblem("../{id}.yaml")).toMatch(/would leave the collection root/);
    expect(pathTemplateProblem("")).toMatch(/empty path segment/);
    const piece = fc.constantFrom(
      "elements",
      "/",
      "{type}",
      "{id}",
      "{author}",
      "{created}",
      "{x}",
      "..",
      ".",
      ".github",
      ".yaml",
      "\\",
      "-",
    );
    const element = fc.record({
      id: fc.constantFrom("a", "my_skill", "X Y"),
      type: fc.constantFrom("persona" as const, "skill" as const),
      author: fc.constantFrom("me", "Ana Lúcia"),
      created_at: fc.constant("2025-12-20T10:00:00Z"),
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), element, (pieces, metadata) => {
        const template = pieces.join("");
        const placed = collectionPath(template, metadata);
        // A template-level problem fails every element; without one, only an element's own values can.
        if (pathTemplateProblem(template) !== undefined) expect(placed.ok).toBe(false);
        else expect(placed.ok || placed.problem === "empty-placeholder").toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
