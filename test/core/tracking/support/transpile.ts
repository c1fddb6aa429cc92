// Child processes cannot load TypeScript on Node 20. The file store and its helpers import only node: modules
// and each other, so transpiling them file by file with the project's own TypeScript is enough (well under a
// second, offline), and the children then run the real source.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "../../../..");
const RELATIVE_IMPORT = /from\s+"(\.{1,2}\/[^"]+)\.js"/g;

/** Transpiles `entries` (repository-relative .ts paths) and every relative import they reach into `outDir`. */
export async function transpileForNode(entries: readonly string[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "package.json"), '{ "type": "module" }\n');
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(ROOT, entry));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, "utf8");
    for (const match of source.matchAll(RELATIVE_IMPORT)) queue.push(resolve(dirname(file), `${match[1]}.ts`));
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      fileName: file,
    });
    const target = join(outDir, relative(ROOT, file)).replace(/\.ts$/, ".js");
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output.outputText);
  }
}

/** Where a transpiled repository file ends up. */
export function transpiledPath(outDir: string, entry: string): string {
  return join(outDir, entry.replace(/\.ts$/, ".js"));
}
