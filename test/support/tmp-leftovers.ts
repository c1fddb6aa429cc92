// What a test run left in its temporary directory. Shared by the per-file check (tmp-per-file.ts) and the
// end-of-run check (tmp-global-setup.ts), so both name leftovers the same way.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Entries under `dir` as paths relative to it, `depth` levels deep (a leaked directory is named, not walked). */
export async function leftovers(dir: string, depth = 1): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    if (depth > 1 && entry.isDirectory()) {
      const inner = await leftovers(join(dir, entry.name), depth - 1);
      found.push(...(inner.length > 0 ? inner.map((name) => `${entry.name}/${name}`) : [`${entry.name}/`]));
    } else {
      found.push(entry.isDirectory() ? `${entry.name}/` : entry.name);
    }
  }
  return found.sort();
}

/** A bounded, one-line-per-entry listing for an error message. */
export function describeLeftovers(names: readonly string[], limit = 30): string {
  const shown = names.slice(0, limit).map((name) => `  ${name}`);
  if (names.length > limit) shown.push(`  …and ${names.length - limit} more`);
  return shown.join("\n");
}
