// Writes the leak corpus into a workspace, one directory per case under `elements/`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { LeakCase } from "./corpus.js";

/** Writes the files under `<root>/elements/<case>/`; returns `root`. */
export function writeCorpus(root: string, cases: readonly LeakCase[]): string {
  for (const c of cases) {
    for (const [path, text] of Object.entries(c.files)) {
      const file = join(root, "elements", c.name, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return root;
}

/**
 * Each secret of each case that occurs in `output`, as `case: secret-prefix…` (never the whole secret, so a
 * failing test does not print what it looks for).
 */
export function leaks(cases: readonly LeakCase[], output: string): string[] {
  const found: string[] = [];
  for (const c of cases)
    for (const secret of c.secrets) if (output.includes(secret)) found.push(`${c.name}: ${secret.slice(0, 6)}…`);
  return found;
}
