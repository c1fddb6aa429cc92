// The schema files on disk work on their own, as an editor or ajv-cli loads them: draft-07, relative $refs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ELEMENT_TYPES } from "../../../src/core/element/types.js";
import { validSamples } from "./validate-fixtures.js";

const dir = join(import.meta.dirname, "../../../schemas");
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.schema.json`), "utf8"));

describe("schema files", () => {
  const ajv = new Ajv({ allErrors: true });
  addFormats.default(ajv);
  const metadata = load("metadata");
  ajv.addSchema(Object(metadata));
  const validators = Object.fromEntries(ELEMENT_TYPES.map((t) => [t, ajv.compile(Object(load(t)))]));

  it("are draft-07 with ids matching their file names", () => {
    for (const name of ["metadata", ...ELEMENT_TYPES]) {
      expect(load(name)).toMatchObject({
        $schema: "http://json-schema.org/draft-07/schema#",
        $id: `${name}.schema.json`,
      });
    }
  });
  it("accept every valid sample, each by its own type's schema, and refuse it under another type's", () => {
    for (const [name, text] of validSamples()) {
      const doc: unknown = parse(text);
      const type = String(Object(Object(doc).metadata).type);
      expect(validators[type]?.(doc), `${name}: ${JSON.stringify(validators[type]?.errors)}`).toBe(true);
      const other = ELEMENT_TYPES.find((t) => t !== type) ?? "persona";
      expect(validators[other]?.(doc)).toBe(false);
    }
  });
});
