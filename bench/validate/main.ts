// Benchmark: whole-process wall time and peak memory of `nexs-publish validate` against ajv-cli 5 on the
// same N generated element files (ajv-cli gets the same schemas combined into one), on three trees: clean,
// warnings (five files in six without a description) and errors (one file in ten with a schema error), with bare
// YAML parse loops on the clean tree as the floor. Runs alternate between trees and tools, and each figure is a
// median. Then the single-file scaling series (scaling.ts), in this process.
//
//   npm run bench -- validate [N=10000] [runs=5]
//   npm run bench -- validate --memory [N=100000]     peak RSS of nexs-publish on each tree (target ≤ 512 MB)
//   npm run bench -- validate --scaling [runs=5]      the single-file scaling series alone
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { expectedFindings, generateElements, TREES, type Tree } from "./generate.js";
import { printScaling, runScaling, type ScalingRow } from "./scaling.js";

const ROOT = process.cwd();
const WORK = join(ROOT, "bench/.work/validate-data");
const TYPES = ["persona", "skill", "template", "agent", "memory", "ensemble"];
const GENERATOR_VERSION = "2";

interface Tool {
  name: string;
  tree: Tree;
  args: string[];
  /** Throws when the tool did not do what it should (so a fast failure is never mistaken for speed). */
  check(stdout: string, status: number | null): void;
}

interface Sample {
  seconds: number;
  /** User and system CPU time of the process, all its threads: far less sensitive to a busy machine than wall time. */
  cpuSeconds: number;
  rssMb: number;
}

function main(): void {
  const { values, positionals } = parseBenchArgs();
  if (values.scaling) {
    const runs = Number(positionals[0] ?? 5);
    printSeries(runScaling(runs), runs);
    return;
  }
  const count = Number(positionals[0] ?? (values.memory ? 100_000 : 10_000));
  const runs = Number(positionals[1] ?? 5);
  if (!Number.isInteger(count) || count < 6 || !Number.isInteger(runs) || runs < 1) {
    console.error(USAGE);
    process.exit(2);
  }
  if (!existsSync(join(ROOT, "dist/cli/index.js")))
    throw new Error("dist/cli/index.js is missing: run npm run build first");

  const preload = writeSupportFiles();

  if (values.memory) {
    for (const tree of TREES) {
      const sample = measure(nexsTool(tree, dataset(count, tree), count), preload);
      console.log(
        `nexs-publish validate, ${tree} tree, N = ${count}: ${sample.seconds.toFixed(2)} s (CPU ${sample.cpuSeconds.toFixed(2)} s), peak RSS ${sample.rssMb.toFixed(0)} MB (target ≤ 512 MB: ${sample.rssMb <= 512 ? "met" : "NOT met"})`,
      );
    }
    return;
  }

  const tools: Tool[] = [];
  for (const tree of TREES) {
    const data = dataset(count, tree);
    tools.push(nexsTool(tree, data, count), ajvTool(tree, data));
  }
  const clean = dataset(count, "clean");
  tools.push(floor("yaml parse loop (floor)", "yaml", clean), floor("js-yaml load loop", "js-yaml", clean));

  console.log(
    `N = ${count} element files (~${Math.round(sizeOf(clean) / count)} bytes each), ${runs} runs, Node ${process.version}`,
  );
  for (const tool of tools) measure(tool, preload); // warm the file cache and check each tool once
  const samples = new Map<Tool, Sample[]>(tools.map((t) => [t, []]));
  for (let run = 0; run < runs; run++) {
    // Rotate the order each round so no tool always runs first (or right after a memory-hungry one).
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(run + k) % tools.length];
      if (tool) samples.get(tool)?.push(measure(tool, preload));
    }
  }
  report(tools, samples);
  printSeries(runScaling(5), 5);
}

const USAGE = "usage: npm run bench -- validate [N ≥ 6] [runs ≥ 1] [--memory | --scaling]";

/** The command line, or the usage and exit status 2 (an unknown flag is no reason for a stack trace). */
function parseBenchArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { memory: { type: "boolean", default: false }, scaling: { type: "boolean", default: false } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

function printSeries(rows: readonly ScalingRow[], runs: number): void {
  console.log(`\nsingle files, one kind of finding each (in this process, median of ${runs}):`);
  printScaling(rows, "each");
  console.log(
    `\nsingle files, one input grown past its limit, one finding for it (in this process, median of ${runs}):`,
  );
  printScaling(rows, "once");
}

function nexsTool(tree: Tree, data: string, count: number): Tool {
  const findings = expectedFindings(tree, count);
  return {
    name: "nexs-publish validate",
    tree,
    args: [join(ROOT, "dist/cli/index.js"), "validate", data, "--format", "json"],
    check(stdout, status) {
      const report: unknown = JSON.parse(stdout);
      const field = (name: string): unknown =>
        typeof report === "object" && report !== null
          ? Object.entries(report).find(([key]) => key === name)?.[1]
          : undefined;
      const expected =
        tree === "errors"
          ? status === 1 && field("errors") === findings && field("warnings") === 0
          : status === 0 && field("errors") === 0 && field("warnings") === findings;
      if (field("files") !== count || !expected)
        throw new Error(
          `nexs-publish did not report the ${tree} tree as generated (exit ${status}): ${stdout.slice(0, 500)}`,
        );
    },
  };
}

function ajvTool(tree: Tree, data: string): Tool {
  return {
    name: "ajv-cli 5 (combined schema)",
    tree,
    args: [
      join(ROOT, "node_modules/ajv-cli/dist/index.js"),
      "validate",
      "--spec=draft7",
      "--strict=false",
      "-s",
      join(WORK, "combined.schema.json"),
      "-r",
      join(ROOT, "schemas/*.schema.json"),
      "-c",
      "ajv-formats",
      "-d",
      `${data}/**/*.yaml`,
    ],
    check(stdout, status) {
      // ajv-cli exits 1 when any file is invalid, and says which on stderr. It calls process.exit() with lines still
      // queued for the pipe, so the count of lines is sometimes short: only the wrong exit status, or no output at
      // all, is a failure.
      const valid = stdout.split("\n").filter((line) => line.endsWith(" valid")).length;
      const expected = status === (tree === "errors" ? 1 : 0);
      if (!expected || valid === 0)
        throw new Error(`ajv-cli did not read the ${tree} tree as generated (exit ${status}, ${valid} valid)`);
    },
  };
}

function dataset(count: number, tree: Tree): string {
  const dir = join(WORK, `n${count}-seed42-${tree}-v${GENERATOR_VERSION}`);
  if (!existsSync(join(dir, ".complete"))) {
    rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    generateElements(dir, count, 42, tree);
    writeFileSync(join(dir, ".complete"), "");
    console.log(`generated ${count} files in ${((performance.now() - started) / 1000).toFixed(1)} s into ${dir}`);
  }
  return dir;
}

/** The combined schema for ajv-cli, the RSS probe and the parse-loop scripts; returns the probe's path. */
function writeSupportFiles(): string {
  mkdirSync(WORK, { recursive: true });
  const combined = {
    $id: "combined.schema.json",
    type: "object",
    required: ["metadata"],
    properties: { metadata: { type: "object", required: ["type"], properties: { type: { enum: TYPES } } } },
    allOf: TYPES.map((type) => ({
      if: { properties: { metadata: { properties: { type: { const: type } } } } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable.
      then: { $ref: `${type}.schema.json` },
    })),
  };
  writeFileSync(join(WORK, "combined.schema.json"), JSON.stringify(combined, null, 2));
  // Loaded with -r into every measured process: its own peak RSS and CPU time, written as it exits.
  const probe = join(WORK, "usage.cjs");
  writeFileSync(
    probe,
    `process.on("exit", () => { const u = process.resourceUsage(); require("node:fs").writeFileSync(process.env.BENCH_RSS_FILE, \`\${u.maxRSS} \${u.userCPUTime + u.systemCPUTime}\`); });\n`,
  );
  const yamlUrl = pathToFileURL(join(ROOT, "node_modules/yaml/dist/index.js")).href;
  const jsYamlUrl = pathToFileURL(join(ROOT, "node_modules/js-yaml/dist/js-yaml.mjs")).href;
  for (const [name, load] of [
    ["yaml", `import { parse } from ${JSON.stringify(yamlUrl)};`],
    ["js-yaml", `import { load as parse } from ${JSON.stringify(jsYamlUrl)};`],
  ] as const) {
    writeFileSync(
      join(WORK, `floor-${name}.mjs`),
      `${load}
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
let n = 0;
for (const entry of readdirSync(process.argv[2], { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith(".yaml")) { parse(readFileSync(join(entry.parentPath, entry.name), "utf8")); n++; }
}
console.log(n);
`,
    );
  }
  return probe;
}

function floor(name: string, parser: "yaml" | "js-yaml", data: string): Tool {
  return {
    name,
    tree: "clean",
    args: [join(WORK, `floor-${parser}.mjs`), data],
    check(stdout, status) {
      if (status !== 0 || stdout.trim() === "0") throw new Error(`${name} failed (exit ${status})`);
    },
  };
}

function measure(tool: Tool, preload: string): Sample {
  const rssFile = join(WORK, "rss.txt");
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ["-r", preload, ...tool.args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 512 * 1024 * 1024,
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) throw result.error;
  tool.check(result.stdout, result.status);
  const [rssKb, cpuMicros] = readFileSync(rssFile, "utf8").split(" ").map(Number);
  return { seconds, cpuSeconds: (cpuMicros ?? Number.NaN) / 1e6, rssMb: (rssKb ?? Number.NaN) / 1024 };
}

function report(tools: Tool[], samples: Map<Tool, Sample[]>): void {
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  };
  const wall = (tool: Tool | undefined): number => median((tool && samples.get(tool)?.map((s) => s.seconds)) ?? []);
  const cpu = (tool: Tool | undefined): number => median((tool && samples.get(tool)?.map((s) => s.cpuSeconds)) ?? []);
  const peerOf = (tree: Tree) => tools.find((t) => t.tree === tree && t.name.startsWith("ajv-cli"));
  const rows = tools.map((tool) => {
    const xs = samples.get(tool) ?? [];
    return [
      tool.tree,
      tool.name,
      wall(tool).toFixed(2),
      Math.min(...xs.map((s) => s.seconds)).toFixed(2),
      cpu(tool).toFixed(2),
      median(xs.map((s) => s.rssMb)).toFixed(0),
      (wall(tool) / wall(peerOf(tool.tree))).toFixed(2),
      (cpu(tool) / cpu(peerOf(tool.tree))).toFixed(2),
    ];
  });
  const header = ["tree", "tool", "median s", "min s", "CPU s", "peak RSS MB", "× ajv-cli", "CPU × ajv-cli"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const tree of TREES) {
    const nexs = tools.find((t) => t.tree === tree && t.name.startsWith("nexs"));
    const ratio = wall(nexs) / wall(peerOf(tree));
    console.log(
      `${tree}: nexs-publish / ajv-cli wall time ${ratio.toFixed(2)} (target ≤ 1.00: ${ratio <= 1 ? "met" : "NOT met"}), CPU time ${(cpu(nexs) / cpu(peerOf(tree))).toFixed(2)}`,
    );
  }
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".yaml"))
      total += readFileSync(join(entry.parentPath, entry.name)).length;
  }
  return total;
}

main();
