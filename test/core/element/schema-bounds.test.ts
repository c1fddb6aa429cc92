// The schemas bound every input: strings, arrays and objects have limits, no $data, and every pattern runs in
// linear time. A pattern that backtracked catastrophically would hang these tests, which is a real failure.
import { describe, expect, it } from "vitest";
import { ELEMENT_SCHEMAS, METADATA_SCHEMA, validatorFor } from "../../../src/core/element/schemas.js";
import { ELEMENT_TYPES } from "../../../src/core/element/types.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const ALL: [string, unknown][] = [["metadata", METADATA_SCHEMA], ...Object.entries(ELEMENT_SCHEMAS)];

function* subschemas(node: unknown, at: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* subschemas(item, `${at}/${i}`);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = Object.fromEntries(Object.entries(node));
  yield [at, record];
  for (const [key, value] of Object.entries(record)) {
    // Inside these, keys are property names or enum values, not schema keywords.
    if (key === "enum" || key === "const" || key === "default") continue;
    if (key === "properties" || key === "definitions") {
      for (const [name, sub] of Object.entries(Object(value))) yield* subschemas(sub, `${at}/${key}/${name}`);
    } else yield* subschemas(value, `${at}/${key}`);
  }
}

const nodes = ALL.flatMap(([name, schema]) => [...subschemas(schema, name)]);
const patterns = [...new Set(nodes.flatMap(([, s]) => (typeof s.pattern === "string" ? [s.pattern] : [])))];

describe("schema bounds", () => {
  it("every string has a maxLength (or is an enum or const)", () => {
    const unbounded = nodes.filter(
      ([, s]) => s.type === "string" && s.maxLength === undefined && s.enum === undefined && s.const === undefined,
    );
    expect(unbounded.map(([at]) => at)).toEqual([]);
  });
  it("every array has maxItems", () => {
    expect(nodes.filter(([, s]) => s.type === "array" && s.maxItems === undefined).map(([at]) => at)).toEqual([]);
  });
  it("every object has a closed or size-bounded shape", () => {
    const open = nodes.filter(
      ([, s]) =>
        s.type === "object" &&
        s.additionalProperties !== false &&
        s.maxProperties === undefined &&
        s.allOf === undefined,
    );
    expect(open.map(([at]) => at)).toEqual([]);
  });
  it("no $data anywhere", () => {
    for (const [name, schema] of ALL) expect(JSON.stringify(schema), name).not.toContain("$data");
  });
  it("there are patterns to check", () => {
    expect(patterns.length).toBeGreaterThanOrEqual(6);
  });
});

/** Groups that repeat (`*`, `+`, `{n,}`) and contain a quantifier themselves: the shape of catastrophic backtracking. */
function nestedRepetitions(pattern: string): string[] {
  const found: string[] = [];
  const stack: { start: number; quantified: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") {
      stack.push({ start: i, quantified: false });
      continue;
    }
    if (c === ")") {
      const group = stack.pop();
      const next = pattern[i + 1] ?? "";
      const unbounded = next === "*" || next === "+" || /^\{\d+,\}/.test(pattern.slice(i + 1));
      if (group?.quantified && unbounded) found.push(pattern.slice(group.start, i + 2));
      const parent = stack[stack.length - 1];
      if (parent && (group?.quantified || unbounded || next === "?" || next === "{")) parent.quantified = true;
      continue;
    }
    if ((c === "*" || c === "+" || c === "?" || c === "{") && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top && !(c === "?" && pattern[i - 1] === "(")) top.quantified = true;
    }
  }
  return found;
}

// Reviewed: every repetition starts with ".", which no class inside it can match, so the split is unique.
const SEPARATED = new Set(["(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*", "(?:\\.[0-9A-Za-z-]+)*"]);

describe("schema patterns run in linear time", () => {
  it.each(patterns)("%s has no nested repetition other than separator-led groups", (pattern) => {
    expect(nestedRepetitions(pattern).filter((g) => !SEPARATED.has(g))).toEqual([]);
  });

  it("the nested-repetition check finds the classic catastrophic shapes", () => {
    expect(nestedRepetitions("^(a+)+$")).toEqual(["(a+)+"]);
    expect(nestedRepetitions("^(?:[a-z]*,?)*$")).toEqual(["(?:[a-z]*,?)*"]);
    expect(nestedRepetitions("^[a-z]+(?:-[a-z]+)?$")).toEqual([]);
  });

  const units = ["a", "A", "0", "1", "-", "_", ".", "+", " ", ":", "T", "Z", "\u202e", "\u0000", "é"];
  const prefixes = ["", "a", "0", "1.0.0-", "1.0.0+", "1.0.0-a.", "2025-01-01T", "{{"];
  const hostile: string[] = [];
  for (const u of units) hostile.push(`${u.repeat(10_000)}!`, u.repeat(10_000));
  for (const p of prefixes)
    for (const a of ["a", "0", ".", "-"])
      for (const b of ["a", "0", ".", "-", "_"]) hostile.push(`${p + (a + b).repeat(5_000)}!`);

  it.each(patterns)("%s returns on %# hostile 10 KB inputs", (pattern) => {
    const re = new RegExp(pattern, "u"); // as ajv compiles it
    let matched = 0;
    for (const input of hostile) if (re.test(input)) matched++;
    expect(matched).toBeLessThan(hostile.length);
  });

  it("every type's validator returns on a document made of hostile strings", () => {
    const big = `1.0.0-${"a.".repeat(5_000)}!`;
    for (const type of ELEMENT_TYPES) {
      const doc: Json = {
        metadata: {
          id: big,
          type,
          name: big,
          version: big,
          author: big,
          tags: [big, big],
          created_at: `2025-01-01T${"0".repeat(10_000)}`,
          updated_at: big,
        },
        data: {
          content: big,
          content_hash: big,
          date_created: big,
          members: [{ agent_id: big, role: big, priority: 1 }],
          variables: [{ name: big, type: "string" }],
          goals: [big],
        },
      };
      const validate = validatorFor(type);
      expect(validate(doc)).toBe(false);
      expect(validate.errors?.length).toBeGreaterThan(0);
    }
  });
});
