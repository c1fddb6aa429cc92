// Issue #9, part 2: spreading an array into a call (push(...a), Math.max(...a), String.fromCharCode(...a)) puts every
// item on the stack, and about 120,000 of them end the process with "Maximum call stack size exceeded". No source
// file may do it with an array whose length comes from input; the few left spread a fixed or tiny list.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../bundle/run-action.js";

const SPREAD_CALL = /\b(?:push|unshift|max|min|fromCharCode|fromCodePoint|apply)\(\s*\.\.\./g;

// Each spreads a list that does not grow with the input (file, then the text of the call): say why when adding one.
const BOUNDED: readonly (readonly [string, string])[] = [
  ["src/cli/run.ts", "Math.max(...[...COMMANDS.keys()]"], // the CLI's command names
  ["src/core/interop/import-report.ts", "lines.push(...fileLines("], // the few lines about one file
  ["src/core/repository/file-set.ts", "made.push(...(await makeDirectories("], // one path's directories
  ["src/core/report/job-summary.ts", "head.push(...DIAGNOSTIC_TABLE_HEAD"], // two header lines
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("no array is spread into a call", () => {
  it("in src, except the bounded lists named here", () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(REPO, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(SPREAD_CALL)) {
        const lineStart = text.lastIndexOf("\n", match.index) + 1;
        const lineEnd = text.indexOf("\n", match.index);
        const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
        const path = relative(REPO, file);
        if (!BOUNDED.some(([where, call]) => where === path && line.includes(call))) found.push(`${path}: ${line}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the pattern finds what it is meant to find", () => {
    const samples = ["a.push(...b)", "Math.max(...xs)", "String.fromCharCode(...codes)", "f.apply(\n  ...x"];
    for (const sample of samples) expect(sample.match(SPREAD_CALL), sample).not.toBeNull();
    expect("[...a, ...b].push(c)".match(SPREAD_CALL)).toBeNull();
  });
});
