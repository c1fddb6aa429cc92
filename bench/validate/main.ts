// Benchmark: whole-process wall time and peak memory of `nexs-publish validate` against ajv-cli 5 on the
// same N generated element files (ajv-cli gets the same schemas combined into one), with bare YAML parse
// loops as the floor. Runs alternate between tools, and each figure is a median.
//
//   npm run bench -- validate [N=10000] [runs=5]
//   npm run bench -- validate --memory [N=100000]     peak RSS of nexs-publish alone (target ≤ 512 MB)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateElements } from "./generate.js";

const ROOT = process.cwd();
const WORK = join(ROOT, "bench/.work/validate-data");
const TYPES = ["persona", "skill", "template", "agent", "memory", "ensemble"];
const GENERATOR_VERSION = "1";

interface Tool {
  name: string;
  args: string[];
  /** Throws when the tool did not do what it should (so a fast failure is never mistaken for speed). */
  check(stdout: string, status: number | null): void;
}

interface Sample {
  seconds: number;
  rssMb: number;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { memory: { type: "boolean", default: false } },
  });
  const count = Number(positionals[0] ?? (values.memory ? 100_000 : 10_000));
  const runs = Number(positionals[1] ?? 5);
  if (!Number.isInteger(count) || count < 6 || !Number.isInteger(runs) || runs < 1) {
    console.error("usage: npm run bench -- validate [N ≥ 6] [runs ≥ 1] [--memory]");
    process.exit(2);
  }
  if (!existsSync(join(ROOT, "dist/cli/index.js")))
    throw new Error("dist/cli/index.js is missing: run npm run build first");

  const data = dataset(count);
  const preload = writeSupportFiles();
  const nexs: Tool = {
    name: "nexs-publish validate",
    args: [join(ROOT, "dist/cli/index.js"), "validate", data, "--format", "json"],
    check(stdout, status) {
      const report: unknown = JSON.parse(stdout);
      const ok =
        typeof report === "object" &&
        report !== null &&
        "valid" in report &&
        report.valid === true &&
        "files" in report &&
        report.files === count;
      if (status !== 0 || !ok)
        throw new Error(`nexs-publish did not pass the generated files (exit ${status}): ${stdout.slice(0, 500)}`);
    },
  };

  if (values.memory) {
    const sample = measure(nexs, preload);
    console.log(
      `nexs-publish validate, N = ${count}: ${sample.seconds.toFixed(2)} s, peak RSS ${sample.rssMb.toFixed(0)} MB (target ≤ 512 MB: ${sample.rssMb <= 512 ? "met" : "NOT met"})`,
    );
    return;
  }

  const tools: Tool[] = [
    nexs,
    {
      name: "ajv-cli 5 (combined schema)",
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
        // ajv-cli exits 1 when any file is invalid. It calls process.exit() with lines still queued for the pipe,
        // so the count of "valid" lines is sometimes short: only an "invalid" line or no output at all is a failure.
        const lines = stdout.split("\n");
        const valid = lines.filter((line) => line.endsWith(" valid")).length;
        const invalid = lines.some((line) => line.endsWith(" invalid"));
        if (status !== 0 || invalid || valid === 0)
          throw new Error(`ajv-cli did not pass the generated files (exit ${status}, ${valid} valid)`);
      },
    },
    floor("yaml parse loop (floor)", "yaml", data),
    floor("js-yaml load loop", "js-yaml", data),
  ];

  console.log(
    `N = ${count} element files (~${Math.round(sizeOf(data) / count)} bytes each), ${runs} runs, Node ${process.version}`,
  );
  for (const tool of tools) measure(tool, preload); // warm the file cache and check each tool once
  const samples = new Map<string, Sample[]>(tools.map((t) => [t.name, []]));
  for (let run = 0; run < runs; run++) {
    // Rotate the order each round so no tool always runs first (or right after a memory-hungry one).
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(run + k) % tools.length];
      if (tool) samples.get(tool.name)?.push(measure(tool, preload));
    }
  }
  report(tools, samples);
}

function dataset(count: number): string {
  const dir = join(WORK, `n${count}-seed42-v${GENERATOR_VERSION}`);
  if (!existsSync(join(dir, ".complete"))) {
    rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    generateElements(dir, count);
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
  // Loaded with -r into every measured process: its own peak RSS, written as it exits.
  const probe = join(WORK, "maxrss.cjs");
  writeFileSync(
    probe,
    `process.on("exit", () => require("node:fs").writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
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
  return { seconds, rssMb: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

function report(tools: Tool[], samples: Map<string, Sample[]>): void {
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  };
  const peer = median((samples.get(tools[1]?.name ?? "") ?? []).map((s) => s.seconds));
  const rows = tools.map((tool) => {
    const xs = samples.get(tool.name) ?? [];
    const wall = median(xs.map((s) => s.seconds));
    return [
      tool.name,
      wall.toFixed(2),
      Math.min(...xs.map((s) => s.seconds)).toFixed(2),
      median(xs.map((s) => s.rssMb)).toFixed(0),
      (wall / peer).toFixed(2),
    ];
  });
  const header = ["tool", "median s", "min s", "peak RSS MB", "× ajv-cli"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const ratio = Number(rows[0]?.[4]);
  console.log(
    `nexs-publish / ajv-cli wall time: ${ratio.toFixed(2)} (target ≤ 1.00: ${ratio <= 1 ? "met" : "NOT met"})`,
  );
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
