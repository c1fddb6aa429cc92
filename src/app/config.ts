// The App's configuration, read once at start-up from an environment record. Pure apart from reading the
// PRIVATE_KEY_PATH file (injectable). The first problem found is thrown as a ConfigError whose message is one line
// naming the variable and what to do. Values are never echoed: a secret pasted into the wrong variable must not
// reach a log.
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Env } from "../core/common/env.js";
import { DEFAULT_PATH_TEMPLATE, pathTemplateProblem } from "../core/element/identity.js";
import { refNameProblem } from "../core/names/ref-name.js";
import { fillSourceTemplate } from "../core/names/source-template.js";
import { DEFAULT_BRANCH_TEMPLATE, DEFAULT_STATE_BRANCH } from "../core/publish/defaults.js";

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = "json" | "pretty";

export interface AppConfig {
  appId: number;
  /** The private key as canonical PKCS#8 PEM, whatever form it was given in. */
  privateKey: string;
  webhookSecret: string;
  /** Undefined: Probot listens on localhost only. */
  host: string | undefined;
  port: number;
  webhookPath: string;
  /** REST API root of GitHub Enterprise Server or an emulator; undefined means api.github.com. */
  baseUrl: string | undefined;
  logFormat: LogFormat;
  logLevel: LogLevel;
  dryRun: boolean;
  /** NEXS_STRICT: the check run treats unknown data keys and unresolved references as errors. */
  strict: boolean;
  /** NEXS_ALLOW_INSTALL_HOOKS: a `command` hook in collection.yaml is a warning, not an error (as the Action's input). */
  allowInstallHooks: boolean;
  /** HMAC key shared with the publishing Action; markers must verify under it. */
  signingKey: string | undefined;
  /** The login trusted as publisher when no signing key is set. */
  publisher: string | undefined;
  /** Head branch of a source's submissions, `{owner}`/`{repo}` from its marker: as the Action's `branch`. */
  branchTemplate: string;
  /** Where elements live in the collection (the Action's `path-template`), for the check run. */
  pathTemplate: string;
  stateBranch: string;
}

export type ReadTextFile = (path: string) => string;

export const DEFAULT_PORT = 3000;
export const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";

const readUtf8: ReadTextFile = (path) => readFileSync(path, "utf8");

export function readConfig(env: Env, readTextFile: ReadTextFile = readUtf8): AppConfig {
  return {
    appId: readAppId(env),
    privateKey: readPrivateKey(env, readTextFile),
    webhookSecret: readSecret(env, "WEBHOOK_SECRET"),
    host: optional(env, "HOST")?.trim(),
    port: readPort(env),
    webhookPath: readWebhookPath(env),
    baseUrl: readBaseUrl(env),
    logFormat: choice(env, "LOG_FORMAT", ["json", "pretty"], "pretty"),
    logLevel: choice(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    dryRun: choice(env, "DRY_RUN", ["true", "false"], "false") === "true",
    strict: choice(env, "NEXS_STRICT", ["true", "false"], "false") === "true",
    allowInstallHooks: choice(env, "NEXS_ALLOW_INSTALL_HOOKS", ["true", "false"], "false") === "true",
    signingKey: optional(env, "NEXS_SIGNING_KEY")?.trim(),
    publisher: readPublisher(env),
    branchTemplate: readBranchTemplate(env),
    pathTemplate: readPathTemplate(env),
    stateBranch: readStateBranch(env),
  };
}

/** The value, or undefined when unset or blank (an empty variable in a .env file or a manifest means "not set"). */
function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === "" ? undefined : value;
}

function required(env: Env, name: string, what: string): string {
  const value = optional(env, name);
  if (value === undefined) throw new ConfigError(`${name} is not set: set it to ${what}`);
  return value;
}

/**
 * Trimmed: a secret read from a file or a secret store often ends in a newline, which would then be part of the
 * HMAC key and fail every signature. GitHub's settings and the Action's input (trimmed by @actions/core) cannot
 * hold one at either end, so nothing real is lost.
 */
function readSecret(env: Env, name: string): string {
  return required(env, name, "the webhook secret set in the GitHub App's settings").trim();
}

/** Checked at start-up, as the Action and the CLI check theirs: a template that places no element is one line now,
 * not a check failure on every pull request later. */
function readPathTemplate(env: Env): string {
  const template = optional(env, "NEXS_PATH_TEMPLATE")?.trim() || DEFAULT_PATH_TEMPLATE;
  const problem = pathTemplateProblem(template);
  if (problem !== undefined) throw new ConfigError(`NEXS_PATH_TEMPLATE: ${problem}`);
  return template;
}

/** One of a few lowercase words, in any letter case (`TRUE`, `Info`); nothing else is guessed. */
function choice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const value = optional(env, name)?.trim().toLowerCase();
  if (value === undefined) return fallback;
  const found = choices.find((option) => option === value);
  if (found === undefined) throw new ConfigError(`${name} must be one of ${choices.join(", ")}`);
  return found;
}

function readAppId(env: Env): number {
  const text = required(env, "APP_ID", "the numeric App ID shown in the GitHub App's settings").trim();
  const id = Number(text);
  if (!/^[1-9][0-9]*$/.test(text) || !Number.isSafeInteger(id)) {
    throw new ConfigError("APP_ID must be a positive whole number: the App ID shown in the GitHub App's settings");
  }
  return id;
}

function readPort(env: Env): number {
  const text = optional(env, "PORT")?.trim();
  if (text === undefined) return DEFAULT_PORT;
  // 0 is refused too: Probot's Server silently turns it into 3000.
  const port = Number(text);
  if (!/^[0-9]{1,5}$/.test(text) || port < 1 || port > 65_535) {
    throw new ConfigError("PORT must be a whole number from 1 to 65535");
  }
  return port;
}

function readWebhookPath(env: Env): string {
  const path = optional(env, "WEBHOOK_PATH")?.trim();
  if (path === undefined) return DEFAULT_WEBHOOK_PATH;
  if (!/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(path)) {
    throw new ConfigError("WEBHOOK_PATH must be a URL path starting with / (no query, fragment or spaces)");
  }
  return path;
}

function readBaseUrl(env: Env): string | undefined {
  const text = optional(env, "GITHUB_API_URL")?.trim();
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError("GITHUB_API_URL must be an http(s) URL such as https://github.example.com/api/v3");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError("GITHUB_API_URL must be an http(s) URL such as https://github.example.com/api/v3");
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new ConfigError("GITHUB_API_URL must not carry credentials, a query or a fragment: give the bare API root");
  }
  return url.href.replace(/\/+$/, "");
}

// A GitHub login, or an App's bot login such as nexs-publisher[bot] (the Action usually runs with an App token).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;

function readPublisher(env: Env): string | undefined {
  const login = optional(env, "NEXS_PUBLISHER")?.trim();
  if (login !== undefined && !LOGIN.test(login)) {
    throw new ConfigError(
      "NEXS_PUBLISHER must be a GitHub login (letters, digits, single hyphens; [bot] suffix allowed)",
    );
  }
  return login;
}

function readBranchTemplate(env: Env): string {
  const template = optional(env, "NEXS_BRANCH_TEMPLATE")?.trim();
  if (template === undefined) return DEFAULT_BRANCH_TEMPLATE;
  if (!isBranchName(fillSourceTemplate(template, { owner: "owner", repo: "repo" }))) {
    throw new ConfigError(
      "NEXS_BRANCH_TEMPLATE must be a branch name with optional {owner} and {repo}, as the Action's branch input",
    );
  }
  return template;
}

function readStateBranch(env: Env): string {
  const branch = optional(env, "NEXS_STATE_BRANCH")?.trim();
  if (branch === undefined) return DEFAULT_STATE_BRANCH;
  if (!isBranchName(branch))
    throw new ConfigError("NEXS_STATE_BRANCH must be a valid git branch name such as nexs-state");
  return branch;
}

function isBranchName(name: string): boolean {
  return refNameProblem(name) === undefined;
}

function readPrivateKey(env: Env, readTextFile: ReadTextFile): string {
  const inline = optional(env, "PRIVATE_KEY");
  const path = optional(env, "PRIVATE_KEY_PATH")?.trim();
  if (inline !== undefined && path !== undefined) {
    throw new ConfigError("PRIVATE_KEY and PRIVATE_KEY_PATH are both set: keep only one of them");
  }
  if (inline !== undefined) return parsePrivateKey(unescapePem(inline), "PRIVATE_KEY");
  if (path === undefined) {
    throw new ConfigError(
      "PRIVATE_KEY is not set: set it to the App's private key (PEM), or PRIVATE_KEY_PATH to its file",
    );
  }
  let text: string;
  try {
    text = readTextFile(path);
  } catch (error) {
    const code = errorCode(error);
    throw new ConfigError(
      `PRIVATE_KEY_PATH: cannot read ${JSON.stringify(path)}${code ? ` (${code})` : ""}; check the path`,
    );
  }
  return parsePrivateKey(text, "PRIVATE_KEY_PATH");
}

/**
 * People paste a PEM into an environment variable as one line with literal `\n`s, with Windows line ends, or
 * base64-encoded (Probot's documented workaround for single-line variables): all three are turned back into PEM.
 */
function unescapePem(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.includes("-----BEGIN") && /^[A-Za-z0-9+/=\s]+$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, "base64").toString("utf8");
    if (decoded.includes("-----BEGIN")) return decoded;
  }
  return trimmed.replaceAll("\\r\\n", "\n").replaceAll("\\n", "\n").replaceAll("\r\n", "\n");
}

/**
 * Parsed here because Probot only checks that a key is present: a malformed one would surface at the first
 * webhook as a 500. GitHub App keys are RSA (RS256 JWTs); PKCS#1 and PKCS#8 are both accepted.
 */
function parsePrivateKey(pem: string, variable: string): string {
  const advice = "use the .pem file downloaded from the GitHub App's settings";
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new ConfigError(`${variable} is not a readable PEM private key (or it is encrypted): ${advice}`);
  }
  if (key.asymmetricKeyType !== "rsa") throw new ConfigError(`${variable} is not an RSA private key: ${advice}`);
  return key.export({ type: "pkcs8", format: "pem" }).toString();
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
