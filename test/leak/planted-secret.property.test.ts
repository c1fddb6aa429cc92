// A property: random element files with a fake secret planted at a random place (and written in a random way)
// never let the secret into any output: the human, JSON and SARIF reports, the job summary, and the text the
// Action's annotations and log are made of. In-process, through the same functions the bundles run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeLines, safeText } from "../../src/action/log.js";
import { validateSources } from "../../src/core/element/validate-sources.js";
import { formatHuman } from "../../src/core/report/human.js";
import { formatJobSummary } from "../../src/core/report/job-summary.js";
import { formatJson } from "../../src/core/report/json.js";
import { sarifText } from "../../src/core/report/sarif.js";
import { skill } from "./corpus.js";
import {
  awsAccessKeyId,
  basicAuthUrl,
  continued,
  type FakeSecret,
  githubToken,
  hexEscaped,
  npmToken,
  slackToken,
  unicodeEscaped,
} from "./fake-secrets.js";

const KINDS: ((seed: number) => FakeSecret)[] = [
  (seed) => githubToken(seed),
  (seed) => githubToken(seed, true),
  npmToken,
  slackToken,
  awsAccessKeyId,
  basicAuthUrl,
];

/** How the secret is written where it goes. */
const WRITINGS: ((s: string) => string)[] = [
  (s) => s,
  (s) => `"${s}"`,
  (s) => `'${s}'`,
  (s) => `"${hexEscaped(s)}"`,
  (s) => `"${unicodeEscaped(s)}"`,
  (s) => `"${continued(s, "      ")}"`,
];

interface Planted {
  files: Record<string, string>;
  secret: FakeSecret;
}

/** Where it goes in a random skill; a name-like secret can also be a tag, anchor, alias, key, id or path. */
function plant(secret: FakeSecret, where: number, write: (s: string) => string, noise: Noise): Planted {
  const s = secret.written;
  const base = (options: Parameters<typeof skill>[1] = {}, id = "probe") =>
    withNoise(skill(id, { description: noise.description, ...options }), noise);
  const places: (() => Record<string, string> | undefined)[] = [
    () => ({ "a.yaml": base({ description: write(s) }) }),
    () => ({ "a.yaml": base({ data: `  tools_required: [${write(s)}]\n` }) }),
    () => ({ "a.yaml": base({ data: `  inputs:\n    ${write(s)}: x\n    ${write(s)}: y\n` }) }),
    () => ({ "a.yaml": `${base()}${write(s)}: 1\n` }),
    () => ({ "a.yaml": base({ top: `# ${s}\n` }) }),
    () => ({ "a.yaml": base().replace("type: skill", `type: ${write(s)}`) }),
    () => ({ "a.yaml": `${base({ description: write(s) })}  broken: [\n` }),
    () => (secret.nameLike ? { "a.yaml": base({ description: `!${s} x` }) } : undefined),
    () => (secret.nameLike ? { "a.yaml": base({ description: `&${s} x` }) } : undefined),
    () => (secret.nameLike ? { "a.yaml": base({ description: `*${s}` }) } : undefined),
    () => (secret.nameLike ? { [`${s}.yaml`]: base() } : undefined),
    () => (secret.nameLike ? { [`${s}/a.yaml`]: base() } : undefined),
    () => ({ "a.yaml": base({ data: `  related_skills: [${write(s)}]\n` }) }),
    () => ({ "a.yaml": base({}, write(s)), "b.yaml": base({}, write(s)) }),
    () => ({
      "a.yaml": base({ data: `  dependencies:\n    - skill_id: ${write(s)}\n      required: true\n` }, "probe-a"),
      "b.yaml": base({ data: "  dependencies:\n    - skill_id: probe-a\n      required: true\n" }, write(s)),
    }),
  ];
  const files = places[where % places.length]?.() ?? { "a.yaml": base({ description: write(s) }) };
  return { files, secret };
}

interface Noise {
  description: string;
  dropVersion: boolean;
  extraKey: string | undefined;
}

function withNoise(text: string, noise: Noise): string {
  let out = noise.dropVersion ? text.replace("  version: 1.0.0\n", "") : text;
  if (noise.extraKey) out = out.replace("  author:", `  ${noise.extraKey}: 1\n  author:`);
  return out;
}

const noise: fc.Arbitrary<Noise> = fc.record({
  description: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,]{2,40}$/),
  dropVersion: fc.boolean(),
  extraKey: fc.option(fc.stringMatching(/^[a-z][a-z_]{0,10}$/), { nil: undefined }),
});

describe("a secret planted anywhere in random element files", () => {
  it("is in no output (property)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: KINDS.length - 1 }),
        fc.nat({ max: 10_000 }),
        fc.nat(),
        fc.nat({ max: WRITINGS.length - 1 }),
        noise,
        fc.boolean(),
        (kind, seed, where, writing, extra, color) => {
          const secret = (KINDS[kind] ?? npmToken)(seed);
          const planted = plant(secret, where, WRITINGS[writing] ?? ((s) => s), extra);
          const sources = Object.entries(planted.files).map(([file, text]) => ({
            file: `elements/${file}`,
            bytes: new TextEncoder().encode(text),
          }));
          const report = validateSources(sources, { strict: false, maxFileSize: 262_144 });
          const outputs = [
            formatHuman(report.files, report.diagnostics, { color }),
            formatJson(report.files, report.diagnostics),
            sarifText(report.diagnostics),
            formatJobSummary({ files: report.files, diagnostics: report.diagnostics, byType: report.byType }),
            ...report.diagnostics.flatMap((d) => [safeText(d.message), safeText(d.file)]),
            safeLines(formatHuman(report.files, report.diagnostics, { color: false })),
          ];
          for (const output of outputs)
            for (const value of secret.values)
              expect(output.includes(value), `leaked in ${output.slice(0, 300)}`).toBe(false);
          expect(report.diagnostics.some((d) => d.code.startsWith("secret/"))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
