// The leak corpus: element files that each hold a fake secret in one place where a rule could echo it (keys,
// values, tags, anchors, aliases, escapes, continuations, comments, file and directory names, ids, references,
// dependency cycles, enums, files that also fail to parse). Each case has its own secret, so that one case's
// redaction cannot hide another case's leak when the whole corpus is validated in one run.
import {
  awsAccessKeyId,
  awsAccountId,
  awsSecretKey,
  basicAuthUrl,
  continued,
  type FakeSecret,
  githubToken,
  hexEscaped,
  npmToken,
  pemKey,
  serviceAccountJson,
  slackToken,
  unicodeEscaped,
} from "./fake-secrets.js";

export interface LeakCase {
  /** Also the case's directory under the corpus root. */
  name: string;
  /** Path (under the case's directory) → file text. */
  files: Record<string, string>;
  /** Text that must appear in no byte of any output. */
  secrets: string[];
}

/** A valid skill element; `lines` are added at the end of `data` (indented by the caller to 2 spaces). */
export function skill(id: string, options: { description?: string; data?: string; top?: string } = {}): string {
  return `${options.top ?? ""}metadata:
  id: ${id}
  type: skill
  name: Leak Probe
  description: ${options.description ?? "A probe for the leak tests."}
  version: 1.0.0
  author: probe@example.com
data:
  triggers:
    - type: manual
  procedures:
    - step: 1
      action: Do the thing
${options.data ?? ""}`;
}

type Placement = (s: FakeSecret, n: number) => Pick<LeakCase, "files"> | undefined;

/** Where one single-line secret is put, one file (or two) per placement. */
const PLACEMENTS: Record<string, Placement> = {
  value: (s, n) => ({ files: { "a.yaml": skill(`probe-${n}`, { data: `  tools_required: ["${s.written}"]\n` }) } }),
  "top-level-key": (s, n) => ({ files: { "a.yaml": `${skill(`probe-${n}`)}${quoteKey(s)}: 1\n` } }),
  "duplicate-key": (s, n) => ({
    files: { "a.yaml": skill(`probe-${n}`, { data: `  inputs:\n    ${quoteKey(s)}: one\n    ${quoteKey(s)}: two\n` }) },
  }),
  tag: (s, n) =>
    s.nameLike ? { files: { "a.yaml": skill(`probe-${n}`, { description: `!${s.written} text` }) } } : undefined,
  anchor: (s, n) =>
    s.nameLike ? { files: { "a.yaml": skill(`probe-${n}`, { description: `&${s.written} text` }) } } : undefined,
  "unknown-alias": (s, n) =>
    s.nameLike ? { files: { "a.yaml": skill(`probe-${n}`, { description: `*${s.written}` }) } } : undefined,
  "hex-escape": (s, n) => ({ files: { "a.yaml": skill(`probe-${n}`, { description: `"${hexEscaped(s.written)}"` }) } }),
  "unicode-escape": (s, n) => ({
    files: { "a.yaml": skill(`probe-${n}`, { description: `"${unicodeEscaped(s.written)}"` }) },
  }),
  continuation: (s, n) => ({
    files: { "a.yaml": skill(`probe-${n}`, { description: `"${continued(s.written, "    ")}"` }) },
  }),
  comment: (s, n) => ({ files: { "a.yaml": skill(`probe-${n}`, { top: `# ${s.written}\n` }) } }),
  "file-name": (s, n) => (s.nameLike ? { files: { [`${s.written}.yaml`]: skill(`probe-${n}`) } } : undefined),
  "directory-name": (s, n) => (s.nameLike ? { files: { [`${s.written}/a.yaml`]: skill(`probe-${n}`) } } : undefined),
  "enum-escaped": (s, n) => ({
    files: { "a.yaml": skill(`probe-${n}`).replace("type: skill", `type: "${hexEscaped(s.written)}"`) },
  }),
  "with-syntax-error": (s, n) => ({
    files: { "a.yaml": `${skill(`probe-${n}`, { description: `"${s.written}"` })}  broken: [unclosed\n` },
  }),
};

function quoteKey(s: FakeSecret): string {
  return s.nameLike ? s.written : `"${s.written.replaceAll('"', '\\"')}"`;
}

/** Cross-file placements: a token-shaped (lowercase) id echoed by a rule about another file. */
function crossFile(n: number): LeakCase[] {
  const ref = githubToken(n, true).written;
  const dup = npmToken(n + 1).written;
  const [a, b] = [slackToken(n + 2).written, githubToken(n + 3, true).written];
  const requires = (id: string) => `  dependencies:\n    - skill_id: ${id}\n      required: true\n`;
  return [
    {
      name: "ref-unresolved",
      files: { "a.yaml": skill(`probe-${n}`, { data: `  related_skills: [${ref}]\n` }) },
      secrets: [ref],
    },
    { name: "ref-unresolved-escaped", ...escapedReference(n + 4) },
    { name: "id-duplicate", files: { "a.yaml": skill(dup), "b.yaml": skill(dup) }, secrets: [dup] },
    {
      name: "dependency-cycle",
      files: { "a.yaml": skill(a, { data: requires(b) }), "b.yaml": skill(b, { data: requires(a) }) },
      secrets: [a, b],
    },
  ];
}

function escapedReference(n: number): Omit<LeakCase, "name"> {
  const ref = githubToken(n, true).written;
  return {
    files: { "a.yaml": skill(`probe-${n}`, { data: `  related_skills: ["${continued(ref, "      ")}"]\n` }) },
    secrets: [ref],
  };
}

/** Block secrets: PEM keys and GCP service account JSON, in a block scalar, a comment and a quoted value. */
function blocks(n: number): LeakCase[] {
  const pem = pemKey(n);
  const indented = (indent: string) => [pem.begin, ...pem.body, pem.end].map((l) => `${indent}${l}`).join("\n");
  const gcp = serviceAccountJson(n + 1);
  const gcpYaml = serviceAccountJson(n + 2);
  const pem2 = pemKey(n + 3);
  const pem3 = pemKey(n + 4);
  return [
    {
      name: "pem-block",
      files: { "a.yaml": skill(`probe-${n}`, { data: `  inputs:\n    key: |\n${indented("      ")}\n` }) },
      secrets: pem.body,
    },
    {
      name: "pem-comment",
      files: {
        "a.yaml": skill(`probe-${n + 1}`, {
          top: `${[pem2.begin, ...pem2.body, pem2.end].map((l) => `# ${l}`).join("\n")}\n`,
        }),
      },
      secrets: pem2.body,
    },
    {
      name: "pem-escaped",
      files: {
        "a.yaml": skill(`probe-${n + 2}`, { description: `"${[pem3.begin, ...pem3.body, pem3.end].join("\\n")}"` }),
      },
      secrets: pem3.body,
    },
    {
      name: "gcp-json-block",
      files: { "a.yaml": skill(`probe-${n + 3}`, { data: `  inputs:\n    credentials: |\n      ${gcp.json}\n` }) },
      secrets: gcp.values,
    },
    {
      name: "gcp-json-with-syntax-error",
      files: {
        "a.yaml": `${skill(`probe-${n + 4}`, { data: `  inputs:\n    credentials: '${gcpYaml.json}'\n` })}  [\n`,
      },
      secrets: gcpYaml.values,
    },
  ];
}

const KINDS: ((seed: number) => FakeSecret)[] = [
  (seed) => githubToken(seed),
  npmToken,
  slackToken,
  awsAccessKeyId,
  awsSecretKey,
  awsAccountId,
  basicAuthUrl,
];

/** Every case: each kind of single-line secret in each placement it fits, then the cross-file and block cases. */
export function leakCases(): LeakCase[] {
  const cases: LeakCase[] = [];
  let seed = 1;
  for (const kind of KINDS) {
    for (const [place, put] of Object.entries(PLACEMENTS)) {
      const secret = kind(seed++);
      // The AWS secret key and account id are found by their label: as a key, tag or name they are no secret.
      if (!secret.nameLike && ["top-level-key", "duplicate-key"].includes(place) && secret.kind !== "basic-auth")
        continue;
      const placed = put(secret, seed);
      if (placed) cases.push({ name: `${secret.kind}-${place}`, files: placed.files, secrets: secret.values });
    }
  }
  cases.push(...crossFile(seed));
  cases.push(...blocks(seed + 10));
  return cases;
}

/** Number of files over all cases. */
export function fileCount(cases: readonly LeakCase[]): number {
  return cases.reduce((n, c) => n + Object.keys(c.files).length, 0);
}
