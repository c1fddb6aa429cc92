import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath } from "../../src/core/report/display-path.js";

describe("displayPath", () => {
  it("makes absolute paths relative to the working directory and leaves relative ones alone", () => {
    expect(displayPath(join("/repo", "elements", "a.yaml"), "/repo")).toBe("elements/a.yaml");
    expect(displayPath("elements/a.yaml", "/repo")).toBe("elements/a.yaml");
    expect(displayPath("/other/a.yaml", "/repo")).toBe("../other/a.yaml");
    expect(displayPath("/repo", "/repo")).toBe(".");
  });
});
