// Fake secrets for the leak tests, made at test time from pieces and a seed, so that this repository holds no
// literal a secret scanner would flag, and each case of the corpus gets its own value (one case's redaction
// cannot hide another's leak).

const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
const MIXED = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";

/** `n` characters of `alphabet`, a different run for each seed (a small LCG: deterministic, no randomness). */
export function run(seed: number, n: number, alphabet: string): string {
  let state = (seed * 2654435761 + 12345) >>> 0;
  let out = "";
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += alphabet.charAt((state >>> 16) % alphabet.length);
  }
  return out;
}

const join = (...parts: string[]): string => parts.join("");

/** A single-line secret and the forms that must never be printed. */
export interface FakeSecret {
  kind: string;
  /** The text written into the file (for a key found by its label, the label is included). */
  written: string;
  /** What must appear in no output byte. */
  values: string[];
  /** Whether it can be a YAML tag, anchor or alias name, a file name and an element id (lowercase). */
  nameLike: boolean;
}

export function githubToken(seed: number, lowercase = false): FakeSecret {
  const value = join("gh", "p_", run(seed, 36, lowercase ? LOWER : MIXED));
  return { kind: "github", written: value, values: [value], nameLike: true };
}

export function npmToken(seed: number): FakeSecret {
  const value = join("np", "m_", run(seed, 36, LOWER));
  return { kind: "npm", written: value, values: [value], nameLike: true };
}

export function slackToken(seed: number): FakeSecret {
  const value = join(
    "xo",
    "xb-",
    run(seed, 12, "0123456789"),
    "-",
    run(seed + 1, 13, "0123456789"),
    "-",
    run(seed, 24, LOWER),
  );
  return { kind: "slack", written: value, values: [value], nameLike: true };
}

export function awsAccessKeyId(seed: number): FakeSecret {
  const value = join("AK", "IA", run(seed, 16, UPPER));
  return { kind: "aws-key-id", written: value, values: [value], nameLike: true };
}

export function awsSecretKey(seed: number): FakeSecret {
  // Every fourth one ends in `/` or `+`, which secretlint's own pattern misses before a quote or a line end.
  const last = seed % 4 === 0 ? (seed % 8 === 0 ? "/" : "+") : run(seed, 1, MIXED);
  const value = `${run(seed, 39, `${MIXED}/+`)}${last}`;
  return { kind: "aws-secret", written: join("aws_secret", "_access_key: ", value), values: [value], nameLike: false };
}

export function awsAccountId(seed: number): FakeSecret {
  const digits = run(seed, 12, "123456789");
  const dashed = `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
  return {
    kind: "aws-account",
    written: join("aws_account", "_id: ", dashed),
    values: [dashed, digits],
    nameLike: false,
  };
}

export function basicAuthUrl(seed: number): FakeSecret {
  const password = run(seed, 14, MIXED);
  const url = join("https", "://deployer", ":", password, "@git.internal-corp.net");
  return { kind: "basic-auth", written: url, values: [url, password], nameLike: false };
}

/** A PEM private key block: its body lines must never be printed, in any indentation. */
export function pemKey(seed: number): { begin: string; end: string; body: string[] } {
  const line = (k: number, n: number) => run(seed * 10 + k, n, MIXED);
  const body = [`MII${line(0, 61)}`, line(1, 64), line(2, 64), line(3, 40)];
  return { begin: join("-----BEGIN RSA ", "PRIVATE KEY-----"), end: join("-----END RSA ", "PRIVATE KEY-----"), body };
}

/** A GCP service account key as Google hands it out (JSON): its key id and the PEM body must never be printed. */
export function serviceAccountJson(seed: number): { json: string; values: string[] } {
  const id = run(seed, 40, HEX);
  const pem = pemKey(seed + 7);
  const key = `${join("-----BEGIN ", "PRIVATE KEY-----")}\\n${pem.body.join("\\n")}\\n${join("-----END ", "PRIVATE KEY-----")}\\n`;
  const json = `{"type": "service_account", "project_id": "probe-${seed}", "private_key_id": "${id}", "private_key": "${key}", "client_email": "probe@probe-${seed}.iam.gserviceaccount.com"}`;
  return { json, values: [id, ...pem.body] };
}

/** `value` with its first character written as a YAML `\x` escape (inside double quotes). */
export function hexEscaped(value: string): string {
  return `\\x${value.charCodeAt(0).toString(16).padStart(2, "0")}${value.slice(1)}`;
}

/** `value` with its first character written as a YAML `\u` escape (inside double quotes). */
export function unicodeEscaped(value: string): string {
  return `\\u${value.charCodeAt(0).toString(16).padStart(4, "0")}${value.slice(1)}`;
}

/** `value` split in the middle by an escaped line break (inside double quotes, indented by `indent`). */
export function continued(value: string, indent: string): string {
  const half = Math.floor(value.length / 2);
  return `${value.slice(0, half)}\\\n${indent}${value.slice(half)}`;
}
