// The metadata table of docs/elements.md: each rule fails on a broken sample, at the offending key or value.
import { describe, expect, it } from "vitest";
import { at, edit, expectNone, expectOne, sample, validateWith } from "./validate-fixtures.js";

const base = sample("skill");
const check = (text: string, options = {}) => validateWith({ skill: text }, options);

describe("metadata.id", () => {
  it("accepts lowercase letters, digits, - and _", () => {
    const ok = check(edit(base, "id: skill-code-review", "id: a1_b-2"));
    expectNone(ok, "schema/pattern");
  });
  it.each([
    ["uppercase", "Skill-Code-Review", "lowercase"],
    ["a leading hyphen", "-skill", "start and end"],
    ["a Windows device name", "con", "Windows device name"],
    ["com1", "com1", "Windows device name"],
    ["a bidi override", '"skill\u202Eweiver"', "bidirectional"],
    ["a control character", '"skill\\u0007x"', "control"],
  ])("refuses %s", (_what, id, reason) => {
    const text = edit(base, "id: skill-code-review", `id: ${id}`);
    const d = expectOne(check(text), "skill.yaml", "schema/pattern", at(text, id));
    expect(d.message).toContain("metadata.id");
    expect(d.message).toContain(reason);
  });
  it("refuses an id longer than 128 characters", () => {
    const id = "a".repeat(129);
    const text = edit(base, "id: skill-code-review", `id: ${id}`);
    expectOne(check(text), "skill.yaml", "schema/max-length", at(text, id));
  });
  it("is required, and the error points at the metadata mapping", () => {
    const text = edit(base, "  id: skill-code-review\n", "");
    const d = expectOne(check(text), "skill.yaml", "schema/required", at(text, "metadata:"));
    expect(d.message).toBe('metadata is missing the required key "id"');
  });
});

describe("metadata.type", () => {
  it("must be one of the six types", () => {
    const text = edit(base, "type: skill", "type: workflow");
    const d = expectOne(check(text), "skill.yaml", "schema/enum", at(text, "workflow"));
    expect(d.message).toContain("persona, skill, template, agent, memory, ensemble");
  });
  it("must be a string", () => {
    const text = edit(base, "type: skill", "type: [skill]");
    expectOne(check(text), "skill.yaml", "schema/type", at(text, "[skill]"));
  });
});

describe("metadata.name", () => {
  it("accepts 3 to 100 characters after trimming", () => {
    expectNone(check(edit(base, "name: Code Review", `name: "  ${"n".repeat(100)}  "`)), "metadata/name-length");
    expectNone(check(edit(base, "name: Code Review", "name: abc")), "metadata/name-length");
  });
  it("refuses fewer than 3 characters after trimming", () => {
    const text = edit(base, "name: Code Review", 'name: "  ab  "');
    expectOne(check(text), "skill.yaml", "metadata/name-length", at(text, '"  ab'));
  });
  it("refuses more than 100 characters after trimming", () => {
    const text = edit(base, "name: Code Review", `name: ${"n".repeat(101)}`);
    expectOne(check(text), "skill.yaml", "metadata/name-length", at(text, "nnnn"));
  });
  it("refuses a raw value that is too short", () => {
    const text = edit(base, "name: Code Review", "name: ab");
    expectOne(check(text), "skill.yaml", "schema/min-length", at(text, "ab\n"));
  });
});

describe("metadata.description", () => {
  it("missing → a warning at the metadata mapping, the element stays valid", () => {
    const text = edit(base, "  description: Reviews a change for correctness, readability and tests\n", "");
    const report = check(text);
    expectOne(report, "skill.yaml", "metadata/missing-description", at(text, "metadata:"), "warning");
    expect(report.elements.some((e) => e.file === "skill.yaml")).toBe(true);
  });
  it("at most 500 characters", () => {
    const text = edit(
      base,
      "description: Reviews a change for correctness, readability and tests",
      `description: ${"d".repeat(501)}`,
    );
    const d = expectOne(check(text), "skill.yaml", "schema/max-length", at(text, "dddd"));
    expect(d.message).toContain("501 characters");
  });
  it("counts characters as the schema does: an emoji is one, a lone surrogate escape one", () => {
    // 499 emoji (998 UTF-16 units) pass the limit of 500; with two more and a lone "\\ud800" they do not.
    const ok = edit(
      base,
      "description: Reviews a change for correctness, readability and tests",
      `description: "${"😀".repeat(499)}"`,
    );
    expectNone(check(ok), "schema/max-length");
    const text = edit(
      base,
      "description: Reviews a change for correctness, readability and tests",
      `description: "${"😀".repeat(501)}\\ud800x"`,
    );
    const d = expectOne(check(text), "skill.yaml", "schema/max-length", at(text, '"😀'));
    expect(d.message).toContain("is 503 characters long");
  });
});

describe("metadata.version", () => {
  it.each(["1.0.0", "2.1.0-beta.1", "1.0.0-alpha+001", "10.20.30-rc.1.x-y"])("accepts %s", (v) => {
    expectNone(check(edit(base, "version: 2.1.0-beta.1", `version: ${v}`)), "schema/pattern");
  });
  it.each(["1.0", "01.0.0", "1.0.0-", "1.0.0-01", "v1.0.0"])("refuses %s", (v) => {
    const text = edit(base, "version: 2.1.0-beta.1", `version: "${v}"`);
    const d = expectOne(check(text), "skill.yaml", "schema/pattern", at(text, `"${v}"`));
    expect(d.message).toContain("Semantic Versioning");
  });
  it("must be a string, not a number", () => {
    const text = edit(base, "version: 2.1.0-beta.1", "version: 1.5");
    const d = expectOne(check(text), "skill.yaml", "schema/type", at(text, "1.5"));
    expect(d.message).toBe("metadata.version must be a string, not a number");
  });
});

describe("metadata.author", () => {
  it("needs 1 to 100 characters", () => {
    const empty = edit(base, "author: platform-team", 'author: ""');
    expectOne(check(empty), "skill.yaml", "schema/min-length", at(empty, '""'));
    const long = edit(base, "author: platform-team", `author: ${"a".repeat(101)}`);
    expectOne(check(long), "skill.yaml", "schema/max-length", at(long, "aaaa"));
  });
});

describe("metadata.tags", () => {
  it("at most 20", () => {
    const tags = Array.from({ length: 21 }, (_, i) => `t${i}`).join(", ");
    const text = edit(base, "tags: [review, quality]", `tags: [${tags}]`);
    expectOne(check(text), "skill.yaml", "schema/max-items", at(text, "[t0"));
  });
  it("unique: the repeat is reported", () => {
    const text = edit(base, "tags: [review, quality]", "tags: [review, quality, review]");
    const d = expectOne(check(text), "skill.yaml", "schema/unique-items", at(text, "review", 3));
    expect(d.message).toContain("tags[2] repeats metadata.tags[0]");
  });
  it("each 1 to 50 characters", () => {
    const text = edit(base, "tags: [review, quality]", `tags: [review, ${"q".repeat(51)}]`);
    expectOne(check(text), "skill.yaml", "schema/max-length", at(text, "qqqq"));
  });
  it("no control characters", () => {
    const text = edit(base, "tags: [review, quality]", 'tags: [review, "qu\\tality"]');
    expectOne(check(text), "skill.yaml", "schema/pattern", at(text, '"qu'));
  });
});

describe("metadata.is_active", () => {
  it("is a boolean", () => {
    const ok = check(edit(base, "tags: [review, quality]", "tags: [review, quality]\n  is_active: false"));
    expectNone(ok, "schema/type");
    const text = edit(base, "tags: [review, quality]", "tags: [review, quality]\n  is_active: yes");
    expectOne(check(text), "skill.yaml", "schema/type", at(text, "yes"));
  });
});

describe("metadata.created_at and updated_at", () => {
  it("are RFC 3339 date-times", () => {
    const text = edit(base, '"2025-11-02T09:15:00+01:00"', '"2025-11-02 09:15"');
    const d = expectOne(check(text), "skill.yaml", "schema/format", at(text, '"2025-11-02 09:15"'));
    expect(d.message).toContain("RFC 3339");
  });
  it("updated_at may equal or follow created_at, offsets included", () => {
    const same = edit(
      base,
      '  created_at: "2025-11-02T09:15:00+01:00"',
      '  created_at: "2025-11-02T09:15:00+01:00"\n  updated_at: "2025-11-02T08:15:00Z"',
    );
    expectNone(check(same), "metadata/updated-before-created");
  });
  it("updated_at earlier than created_at is an error at updated_at", () => {
    const text = edit(
      base,
      '  created_at: "2025-11-02T09:15:00+01:00"',
      '  created_at: "2025-11-02T09:15:00+01:00"\n  updated_at: "2025-11-02T08:14:59Z"',
    );
    expectOne(check(text), "skill.yaml", "metadata/updated-before-created", at(text, '"2025-11-02T08:14:59Z"'));
  });
});

describe("metadata.custom and unknown keys", () => {
  it("custom holds anything", () => {
    const text = edit(
      base,
      "tags: [review, quality]",
      "tags: [review, quality]\n  custom:\n    team: { slack: '#review' }\n    score: 3",
    );
    expect(check(text).diagnostics).toEqual([]);
  });
  it("any other metadata key is an error at the key, strict or not", () => {
    const text = edit(base, "tags: [review, quality]", "tags: [review, quality]\n  owner: me");
    const d = expectOne(check(text), "skill.yaml", "schema/additional-property", at(text, "owner"));
    expect(d.message).toContain("metadata.custom");
  });
});
