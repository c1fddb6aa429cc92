// Single-file scaling series: one element file with 1,000 to 20,000 findings of one kind, validated in this
// process. Time per finding must stay flat (no rule, locator or parser step may be quadratic), and the whole check
// should stay within a small multiple of the file's exact `yaml` parse.
import { MAX_FINDINGS_PER_FILE } from "../../src/core/diagnostic/finding-cap.js";
import { parseYaml } from "../../src/core/element/parse-yaml.js";
import type { ValidationReport } from "../../src/core/element/report.js";
import { validateSources } from "../../src/core/element/validate-sources.js";

export const SCALING_COUNTS = [1_000, 2_000, 5_000, 10_000, 20_000] as const;
/** Large enough for 20,000 findings of every kind; the series is about growth, not the default size limit. */
const MAX_FILE_SIZE = 4 * 1024 * 1024;

const HEADER = (type: string, extra = ""): string =>
  `metadata:\n  id: scaling-${type}\n  type: ${type}\n  name: Scaling ${type}\n  description: one file, many findings\n  version: 1.0.0\n  author: bench@example.com\n${extra}data:\n`;

export interface Series {
  name: string;
  /** The diagnostic code each finding carries. */
  code: string;
  /** "each": one finding per item (a report lists the first MAX_FINDINGS_PER_FILE); "once": one for them all. */
  findings: "each" | "once";
  text(n: number): string;
}

const lines = (n: number, line: (i: number) => string): string => {
  let out = "";
  for (let i = 0; i < n; i++) out += `${line(i)}\n`;
  return out;
};

// Procedure steps, references and template variables are lists the schemas cap at 100 entries, and the rules run
// only on an element the schema passed: such a list never holds a finding per item. Grown past the cap, it gets one
// finding (schema/max-items), as aliases past the limit get one (limit/aliases); those series measure the input's
// cost, not a finding's.
export const SERIES: readonly Series[] = [
  {
    name: "unknown keys in a mapping",
    findings: "each",
    code: "schema/additional-property",
    text: (n) =>
      `${HEADER("agent")}  goals: [ship]\n  actions: [{ name: a, type: tool }]\n${lines(n, (i) => `  k${i}: ${i}`)}`,
  },
  {
    name: "undeclared {{placeholders}}",
    findings: "each",
    code: "template/undeclared-variable",
    text: (n) =>
      `${HEADER("template")}  format: markdown\n  content: |\n${lines(Math.ceil(n / 10), (l) => `    ${Array.from({ length: 10 }, (_, k) => `{{v${l * 10 + k}}}`).join(" ")}`)}`,
  },
  {
    name: "schema errors in list items",
    findings: "each",
    code: "schema/type",
    text: (n) =>
      `${HEADER("persona")}  system_prompt: be helpful\n  behavioral_traits:\n${lines(n, (i) => `    - name: t${i}\n      intensity: high`)}`,
  },
  {
    name: "explicit YAML tags",
    findings: "each",
    code: "yaml/tag",
    text: (n) => `${HEADER("agent")}  goals:\n${lines(n, (i) => `    - !x g${i}`)}`,
  },
  {
    name: "duplicate keys",
    findings: "each",
    code: "yaml/duplicate-key",
    text: (n) => `${HEADER("agent")}  goals: [ship]\n  x:\n${lines(n + 1, () => "    k: 1")}`,
  },
  {
    name: "secrets (GitHub tokens)",
    findings: "each",
    code: "secret/github-token",
    text: (n) =>
      `${HEADER("agent")}  goals: [ship]\n  actions: [{ name: a, type: tool }]\n  fallback_strategy: |\n${lines(n, (i) => `    ghp_${String(i).padStart(6, "0")}EXAMPLEonlyNotARealToken000000`)}`,
  },
  {
    name: "procedure steps",
    code: "schema/max-items",
    findings: "once",
    text: (n) =>
      `${HEADER("skill")}  triggers: [{ type: manual }]\n  procedures:\n${lines(n, (i) => `    - step: ${(i % 1000) + 1}\n      action: do step ${i}`)}`,
  },
  {
    name: "references (related_skills)",
    code: "schema/max-items",
    findings: "once",
    text: (n) =>
      `${HEADER("persona")}  system_prompt: be helpful\n  behavioral_traits: [{ name: calm, intensity: 3 }]\n  expertise_areas: [{ domain: ops, level: expert }]\n  response_style: { tone: plain, formality: neutral, verbosity: balanced }\n  privacy_level: public\n  related_skills:\n${lines(n, (i) => `    - skill-ref-${i}`)}`,
  },
  {
    name: "template variables",
    code: "schema/max-items",
    findings: "once",
    text: (n) =>
      `${HEADER("template")}  format: markdown\n  content: "{{v0}}"\n  variables:\n${lines(n, (i) => `    - { name: v${i}, type: string }`)}`,
  },
  {
    name: "aliases of one anchor",
    code: "limit/aliases",
    findings: "once",
    text: (n) =>
      `${HEADER("agent")}  goals: [ship]\n  actions: [{ name: a, type: tool }]\n  anchor: &a shared\n  copies:\n${lines(n, () => "    - *a")}`,
  },
];

export interface ScalingRow {
  series: string;
  findings: Series["findings"];
  /** Findings, or items of the input for a "once" series. */
  n: number;
  bytes: number;
  checkMs: number;
  parseMs: number;
}

/** Median of `runs` timings of `f`, in milliseconds. */
function time(runs: number, f: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    f();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const validate = (bytes: Uint8Array): ValidationReport =>
  validateSources([{ file: "scaling.yaml", bytes }], { strict: false, maxFileSize: MAX_FILE_SIZE });

/** What is wrong with the series' file of size n (it does not hold the findings the series is about), if anything. */
export function seriesProblem(series: Series, n: number): string | undefined {
  const report = validate(new TextEncoder().encode(series.text(n)));
  // A report lists at most MAX_FINDINGS_PER_FILE findings and counts the rest.
  const listed = report.diagnostics.filter((d) => d.code === series.code).length;
  const capped = report.diagnostics.some((d) => d.code === "limit/findings");
  const expected =
    series.findings === "once"
      ? listed === 1
      : listed >= Math.min(n, MAX_FINDINGS_PER_FILE) * 0.99 && (n <= MAX_FINDINGS_PER_FILE || capped);
  return expected ? undefined : `${series.name}: ${listed} ${series.code} findings listed for n = ${n}`;
}

export function runScaling(runs: number, counts: readonly number[] = SCALING_COUNTS): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const series of SERIES) {
    for (const n of counts) {
      const problem = seriesProblem(series, n);
      if (problem) throw new Error(`${problem}; the generator is wrong`);
      const text = series.text(n);
      const bytes = new TextEncoder().encode(text);
      const check = () => validate(bytes);
      if (n === counts[0]) for (let warm = 0; warm < 3; warm++) check(); // JIT warm-up, once per series
      rows.push({
        series: series.name,
        findings: series.findings,
        n,
        bytes: bytes.length,
        checkMs: time(runs, check),
        parseMs: time(runs, () => parseYaml(text)),
      });
    }
  }
  return rows;
}

/** The rows of one kind of series ("each": per finding, "once": per item of the input) as a table. */
export function printScaling(all: readonly ScalingRow[], findings: Series["findings"]): void {
  const rows = all.filter((r) => r.findings === findings);
  const unit = findings === "each" ? "finding" : "item";
  const header = ["series", `${unit}s`, "KB", "check ms", `µs/${unit}`, "yaml parse ms", "check/parse"];
  const cells = rows.map((r) => [
    r.series,
    String(r.n),
    (r.bytes / 1024).toFixed(0),
    r.checkMs.toFixed(1),
    ((r.checkMs * 1000) / r.n).toFixed(2),
    r.parseMs.toFixed(1),
    (r.checkMs / r.parseMs).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]): string =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}
