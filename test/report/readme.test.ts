// The README shows real output and real tables: these tests keep it true as the code changes.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../src/cli/run.js";
import { DIAGNOSTIC_CODES } from "../../src/core/element/codes.js";
import { fakeIo } from "../cli/fake-io.js";

const REPO = resolve(import.meta.dirname, "../..");
const readme = readFileSync(join(REPO, "README.md"), "utf8");

describe("README", () => {
  it("lists every diagnostic code with its meaning", () => {
    const rows = Object.entries(DIAGNOSTIC_CODES).map(([code, meaning]) => `| \`${code}\` | ${meaning} |`);
    expect(rows.filter((row) => !readme.includes(row))).toEqual([]);
  });

  it("shows what validating the broken examples really prints", async () => {
    const shown = /```console\n\$ npx nexs-publish validate examples\/broken\n([\s\S]*?)```/.exec(readme)?.[1];
    const io = fakeIo(REPO);
    expect(await runCli(["validate", "examples/broken"], io)).toBe(1);
    expect(shown).toBe(io.out());
  });

  it("documents every input, with the default action.yml declares", () => {
    const declared = rawInputDefaults();
    const documented = new Map(
      [...readme.matchAll(/^\| `([a-z-]+)` \| `?([^|`]*?)`? \| /gm)].map((m) => [
        m[1] ?? "",
        m[2] === "(none)" ? "" : (m[2] ?? ""),
      ]),
    );
    for (const name of declared.keys()) expect(documented.has(name), name).toBe(true);
    for (const [name, fallback] of documented) if (declared.has(name)) expect(fallback, name).toBe(declared.get(name));
    expect(readme).toContain("npm ci && npx nexs-publish validate examples/elements");
  });
});

/** Input name → default exactly as written in action.yml (expressions such as `${{ github.token }}` included). */
function rawInputDefaults(): Map<string, string> {
  const doc: unknown = parse(readFileSync(join(REPO, "action.yml"), "utf8"));
  const inputs = typeof doc === "object" && doc !== null && "inputs" in doc ? doc.inputs : undefined;
  if (typeof inputs !== "object" || inputs === null) throw new Error("action.yml: inputs must be a mapping");
  const defaults = new Map<string, string>();
  for (const [name, spec] of Object.entries(inputs)) {
    const fallback: unknown = typeof spec === "object" && spec !== null && "default" in spec ? spec.default : "";
    defaults.set(name, typeof fallback === "string" ? fallback : String(fallback));
  }
  return defaults;
}
