// validateTree on real files in a temporary directory: read-tree findings merged, files counted, sorted.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDiagnostics } from "../../../src/core/diagnostic/diagnostic.js";
import { validateTree } from "../../../src/core/element/validate-tree.js";
import { tempDir } from "../../support/tmp-dir.js";
import { at, edit, OPTIONS, sample, validSamples } from "./validate-fixtures.js";

function tree(): string {
  const root = tempDir("validate-tree-");
  mkdirSync(join(root, "elements/nested"), { recursive: true });
  for (const [name, text] of validSamples()) writeFileSync(join(root, "elements/nested", `${name}.yaml`), text);
  return root;
}

describe("validateTree", () => {
  it("validates a directory of valid samples with paths relative to cwd", async () => {
    const root = tree();
    const report = await validateTree(["elements"], { ...OPTIONS, cwd: root });
    expect(report.diagnostics).toEqual([]);
    expect(report.files).toBe(validSamples().size);
    expect(report.elements.map((e) => e.file)).toContain("elements/nested/persona.yaml");
  });

  it("merges what reading found with validation, counts refused element files, sorts everything", async () => {
    const root = tree();
    const broken = edit(sample("agent"), "type: tool", "type: api");
    writeFileSync(join(root, "elements/nested/agent.yaml"), broken);
    writeFileSync(join(root, "elements/big.yaml"), "x".repeat(2048));
    writeFileSync(join(root, "elements/README.md"), "not an element");
    symlinkSync("/etc/passwd", join(root, "elements/link.yaml"));
    const report = await validateTree(["elements"], { ...OPTIONS, maxFileSize: 1024, cwd: root });

    const enumError = report.diagnostics.find((d) => d.code === "schema/enum");
    expect(enumError).toMatchObject({ file: "elements/nested/agent.yaml", ...at(broken, "api") });
    expect(report.diagnostics.find((d) => d.code === "limit/file-size")?.file).toBe("elements/big.yaml");
    expect(report.diagnostics.find((d) => d.code === "file/not-regular")?.file).toBe("elements/link.yaml");
    expect(report.files).toBe(validSamples().size + 2);
    expect([...report.diagnostics].sort(compareDiagnostics)).toEqual(report.diagnostics);
    expect(report.elements.map((e) => e.file)).not.toContain("elements/nested/agent.yaml");
  });
});
