// Per-element rules of docs/elements.md that JSON Schema cannot express: passing and failing case, code and position.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { at, edit, expectNone, expectOne, sample, validateWith } from "./validate-fixtures.js";

function broken(name: string, from: string, to: string) {
  const text = edit(sample(name), from, to);
  return { text, report: validateWith({ [name]: text }), file: `${name}.yaml` };
}

describe("persona privacy", () => {
  it("shared with a shared_with list is fine", () => {
    const { report } = broken("persona", "privacy_level: public", "privacy_level: shared\n  shared_with: [team-a]");
    expectNone(report, "persona/shared-without-audience");
  });
  it("shared without shared_with is an error at privacy_level", () => {
    const { text, report, file } = broken(
      "persona",
      "privacy_level: public",
      "privacy_level: shared\n  shared_with: []",
    );
    expectOne(report, file, "persona/shared-without-audience", at(text, "shared\n"));
  });
  it("private is not a validation error, only a notice (publish refuses it without an encryption key)", () => {
    const { text, report, file } = broken("persona", "privacy_level: public", "privacy_level: private");
    expectOne(report, file, "persona/private", at(text, "private"), "info");
    expect(report.elements.some((e) => e.file === file)).toBe(true);
  });
});

describe("skill triggers", () => {
  it("a keyword trigger needs keywords", () => {
    const { text, report, file } = broken("skill", '      keywords: [review, "code review", PR]\n', "");
    expectOne(report, file, "skill/trigger-keywords", at(text, "type: keyword"));
  });
  it("a pattern trigger needs a pattern", () => {
    const { text, report, file } = broken("skill", '      pattern: "^review (PR|pull request) #\\\\d+$"\n', "");
    expectOne(report, file, "skill/trigger-pattern", at(text, "type: pattern"));
  });
  it("a pattern that does not compile is a warning at the pattern", () => {
    const { text, report, file } = broken(
      "skill",
      '"^review (PR|pull request) #\\\\d+$"',
      '"^review (PR|pull request #"',
    );
    const d = expectOne(report, file, "skill/invalid-pattern", at(text, '"^review'), "warning");
    expect(d.message).toContain("not a valid regular expression");
    expect(report.elements.some((e) => e.file === file)).toBe(true);
  });
  it("the sample's triggers pass", () => {
    const report = validateWith({});
    for (const code of ["skill/trigger-keywords", "skill/trigger-pattern", "skill/invalid-pattern"])
      expectNone(report, code);
  });
});

describe("skill procedure steps", () => {
  it("a repeated step is a warning at the repeat", () => {
    const { text, report, file } = broken("skill", "- step: 3", "- step: 2");
    expectOne(report, file, "skill/duplicate-step", at(text, "2\n      action: Comment"), "warning");
  });
  it("steps out of order are a warning at the first that goes back", () => {
    const text = edit(
      edit(sample("skill"), "- step: 1", "- step: 2"),
      "- step: 2\n      action: Run",
      "- step: 1\n      action: Run",
    );
    const report = validateWith({ skill: text });
    expectOne(report, "skill.yaml", "skill/unordered-steps", at(text, "1\n      action: Run"), "warning");
    expectNone(report, "skill/duplicate-step");
  });
  it("ordered, distinct steps pass", () => {
    expectNone(validateWith({}), "skill/unordered-steps");
  });
});

describe("template variables", () => {
  it("a name declared twice is an error at the second", () => {
    const { text, report, file } = broken(
      "template",
      "{ name: context, type: string, required: true }",
      "{ name: status, type: string, required: true }",
    );
    expectOne(report, file, "template/duplicate-variable", at(text, "status, type: string, required: true"));
  });
  it("required with a default is a warning at the default", () => {
    const { text, report, file } = broken(
      "template",
      "{ name: status, type: string, default: proposed }",
      "{ name: status, type: string, required: true, default: proposed }",
    );
    expectOne(report, file, "template/required-with-default", at(text, "default: proposed"), "warning");
  });
  it("a {{name}} with no variable is a warning at the use", () => {
    const { text, report, file } = broken("template", "    {{context}}\n", "    {{context}} by {{ author }}\n");
    expectOne(report, file, "template/undeclared-variable", at(text, "{{ author }}"), "warning");
  });
  it("a variable never used is a warning at its name", () => {
    const { text, report, file } = broken("template", "    {{context}}\n", "    (no context)\n");
    expectOne(report, file, "template/unused-variable", at(text, "context, type"), "warning");
  });
  it("the sample uses exactly its variables", () => {
    const report = validateWith({});
    for (const code of [
      "template/duplicate-variable",
      "template/required-with-default",
      "template/undeclared-variable",
      "template/unused-variable",
    ]) {
      expectNone(report, code);
    }
  });
});

describe("memory content_hash", () => {
  it("matches the SHA-256 of the content in the sample", () => {
    expectNone(validateWith({}), "memory/content-hash");
  });
  it("a hash of something else is an error at content_hash", () => {
    const hash = /content_hash: ([0-9a-f]{64})/.exec(sample("memory"))?.[1] ?? "";
    const other = createHash("sha256").update("something else").digest("hex");
    const { text, report, file } = broken("memory", hash, other);
    expectOne(report, file, "memory/content-hash", at(text, other));
  });
  it("a changed content with the old hash is an error", () => {
    const { text, report, file } = broken("memory", "Reason: transactions", "Reason: many transactions");
    const hash = /content_hash: ([0-9a-f]{64})/.exec(text)?.[1] ?? "";
    expectOne(report, file, "memory/content-hash", at(text, hash));
  });
});

describe("ensemble members", () => {
  it("a role held twice is a warning at the second", () => {
    const { text, report, file } = broken("ensemble", "role: checker", "role: writer");
    expectOne(report, file, "ensemble/duplicate-role", at(text, "writer", 2), "warning");
  });
  it("a single member is a warning at members", () => {
    const { text, report, file } = broken(
      "ensemble",
      "    - { agent_id: agent-release-checker, role: checker, priority: 5 }\n",
      "",
    );
    expectOne(report, file, "ensemble/single-member", at(text, "members:"), "warning");
  });
  it("distinct roles and two members pass", () => {
    const report = validateWith({});
    expectNone(report, "ensemble/duplicate-role");
    expectNone(report, "ensemble/single-member");
  });
});
