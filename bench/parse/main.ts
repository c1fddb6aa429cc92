// Benchmark: parsing N generated ~1 KB element files in memory (no disk, no validation): parseSource (fast path
// when the pre-scan allows, exact path otherwise) against its own exact path alone and the bare yaml and js-yaml
// parsers as peers. Rounds alternate between them; each figure is a median.
//
//   npm run bench -- parse [N=10000] [rounds=5]
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load as loadJsYaml } from "js-yaml";
import { parseDocument } from "yaml";
import { parseSource } from "../../src/core/element/parse.js";
import { parseFast } from "../../src/core/element/parse-fast.js";
import { fastPathEligible } from "../../src/core/element/parse-prescan.js";
import { parseYaml } from "../../src/core/element/parse-yaml.js";
import { DEFAULT_MAX_FILE_SIZE, type SourceFile } from "../../src/core/element/source.js";
import { generateElements } from "../validate/generate.js";

function main(): void {
  const count = Number(process.argv[2] ?? 10_000);
  const rounds = Number(process.argv[3] ?? 5);
  if (!Number.isInteger(count) || count < 6 || !Number.isInteger(rounds) || rounds < 1) {
    console.error("usage: npm run bench -- parse [N >= 6] [rounds >= 1]");
    process.exit(2);
  }
  const files = load(count);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const decoder = new TextDecoder();
  const peers: Record<string, () => void> = {
    parseSource: () => {
      for (const f of files)
        if (!parseSource(f, { maxFileSize: DEFAULT_MAX_FILE_SIZE }).ok) throw new Error(`${f.file} was refused`);
    },
    "exact path only (yaml)": () => {
      for (const f of files) if (!parseYaml(decoder.decode(f.bytes)).ok) throw new Error(`${f.file} was refused`);
    },
    "yaml parseDocument+toJS": () => {
      for (const f of files) parseDocument(decoder.decode(f.bytes)).toJS();
    },
    "js-yaml load (CORE_SCHEMA)": () => {
      for (const f of files) loadJsYaml(decoder.decode(f.bytes), { schema: CORE_SCHEMA });
    },
  };
  const texts = files.map((f) => decoder.decode(f.bytes));
  const eligible = texts.filter((t) => fastPathEligible(t)).length;
  const fast = texts.filter((t) => parseFast(t) !== undefined).length;
  const firstSlow = texts.find((t) => !fastPathEligible(t));
  peers["pre-scan only"] = () => {
    for (const t of texts) fastPathEligible(t);
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(peers).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(peers)) {
      globalThis.gc?.();
      const start = process.hrtime.bigint();
      run();
      samples[name]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const yamlMedian = median(samples["yaml parseDocument+toJS"] ?? []);
  console.log(
    `${count} files, ${(bytes / count).toFixed(0)} bytes on average, ${rounds} rounds, Node ${process.versions.node}`,
  );
  console.log(`fast path: pre-scan admits ${eligible}, js-yaml result accepted for ${fast}`);
  if (process.argv.includes("--show-slow") && firstSlow) console.log(firstSlow);
  for (const [name, ms] of Object.entries(samples)) {
    const m = median(ms);
    console.log(
      `${name.padEnd(28)} median ${m.toFixed(0).padStart(6)} ms   ${(m / yamlMedian).toFixed(2)}x yaml   runs ${ms.map((x) => x.toFixed(0)).join(" ")}`,
    );
  }
}

function load(count: number): SourceFile[] {
  const dir = join(process.cwd(), "bench/.work/parse-data");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  generateElements(dir, count);
  const files: SourceFile[] = [];
  for (const type of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, type)).sort())
      files.push({ file: `${type}/${name}`, bytes: readFileSync(join(dir, type, name)) });
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

main();
