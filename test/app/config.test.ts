// readConfig: environment in, typed configuration or one clear ConfigError out, never a secret in the message.
import { createHmac, createPrivateKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../src/app/config.js";
import type { Env } from "../../src/core/common/env.js";
import { testPrivateKey } from "../support/app-server.js";

const PKCS1 = testPrivateKey();
const PKCS8 = createPrivateKey(PKCS1).export({ type: "pkcs8", format: "pem" }).toString();
const SECRET = "webhook-secret-value-42";
const SIGNING = "signing-key-value-0123456789";
const BASE: Env = { APP_ID: "123", PRIVATE_KEY: PKCS1, WEBHOOK_SECRET: SECRET };

function refusal(env: Env, readTextFile?: (path: string) => string): string {
  try {
    readConfig(env, readTextFile);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.message).not.toContain("\n");
    for (const secret of [SECRET, SIGNING, PKCS1.slice(40, 80)]) expect(error.message).not.toContain(secret);
    return error.message;
  }
  throw new Error("readConfig accepted the environment");
}

describe("readConfig", () => {
  it("fills in the documented defaults", () => {
    const config = readConfig(BASE);
    expect(config).toMatchObject({
      appId: 123,
      webhookSecret: SECRET,
      host: undefined,
      port: 3000,
      webhookPath: "/api/github/webhooks",
      baseUrl: undefined,
      logFormat: "pretty",
      logLevel: "info",
      dryRun: false,
      strict: false,
      allowInstallHooks: false,
      signingKey: undefined,
      publisher: undefined,
      branchTemplate: "nexs/{owner}/{repo}",
      pathTemplate: "elements/{type}/{id}.yaml",
      stateBranch: "nexs-state",
    });
  });

  it("reads every optional variable", () => {
    const config = readConfig({
      ...BASE,
      HOST: "0.0.0.0",
      PORT: "8080",
      WEBHOOK_PATH: "/hooks/github",
      GITHUB_API_URL: "https://ghe.example.com/api/v3/",
      LOG_FORMAT: "json",
      LOG_LEVEL: "DEBUG",
      DRY_RUN: "TRUE",
      NEXS_SIGNING_KEY: SIGNING,
      NEXS_PUBLISHER: "nexs-publisher[bot]",
      NEXS_BRANCH_TEMPLATE: "submissions/{owner}-{repo}",
      NEXS_STATE_BRANCH: "state/nexs",
      NEXS_STRICT: "true",
      NEXS_ALLOW_INSTALL_HOOKS: "true",
    });
    expect(config).toMatchObject({
      host: "0.0.0.0",
      port: 8080,
      webhookPath: "/hooks/github",
      baseUrl: "https://ghe.example.com/api/v3",
      logFormat: "json",
      logLevel: "debug",
      dryRun: true,
      strict: true,
      allowInstallHooks: true,
      signingKey: SIGNING,
      publisher: "nexs-publisher[bot]",
      branchTemplate: "submissions/{owner}-{repo}",
      stateBranch: "state/nexs",
    });
  });

  it("trims WEBHOOK_SECRET and NEXS_SIGNING_KEY, as read from a secret file with its trailing newline", () => {
    const config = readConfig({ ...BASE, WEBHOOK_SECRET: `${SECRET}\n`, NEXS_SIGNING_KEY: ` ${SIGNING}\r\n` });
    expect(config.webhookSecret).toBe(SECRET);
    expect(config.signingKey).toBe(SIGNING);
    // What the trimmed values are for: a delivery signed with the secret GitHub holds, a marker with the Action's key.
    const body = '{"action":"opened"}';
    const signed = (key: string) => createHmac("sha256", key).update(body).digest("hex");
    expect(signed(config.webhookSecret)).toBe(signed(SECRET));
    expect(config.signingKey && signed(config.signingKey)).toBe(signed(SIGNING));
  });

  it("treats an empty variable as unset", () => {
    expect(readConfig({ ...BASE, PORT: "", DRY_RUN: " ", NEXS_SIGNING_KEY: "" })).toMatchObject({
      port: 3000,
      dryRun: false,
      signingKey: undefined,
    });
    expect(refusal({ ...BASE, WEBHOOK_SECRET: "" })).toMatch(/^WEBHOOK_SECRET is not set/);
  });

  it.each(["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET"])("refuses to start without %s", (name) => {
    const env = { ...BASE, [name]: undefined };
    expect(refusal(env)).toMatch(new RegExp(`^${name} is not set`));
  });

  it.each(["0", "-1", "12a", "1.5", "99999999999999999999", "0x10"])("refuses APP_ID=%s", (value) => {
    expect(refusal({ ...BASE, APP_ID: value })).toMatch(/^APP_ID must be a positive whole number/);
  });

  describe("the private key", () => {
    it("accepts PKCS#1 and PKCS#8 and hands Probot canonical PKCS#8", () => {
      for (const pem of [PKCS1, PKCS8]) {
        const { privateKey } = readConfig({ ...BASE, PRIVATE_KEY: pem });
        expect(privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
        expect(createPrivateKey(privateKey).export({ type: "pkcs1", format: "pem" })).toBe(PKCS1);
      }
    });

    it("accepts a key pasted as one line with \\n escapes, with CRLF, or base64-encoded", () => {
      const forms = [
        PKCS1.trim().replaceAll("\n", "\\n"),
        PKCS1.replaceAll("\n", "\r\n"),
        Buffer.from(PKCS1).toString("base64"),
        `  ${PKCS8}  `,
      ];
      for (const form of forms)
        expect(readConfig({ ...BASE, PRIVATE_KEY: form }).privateKey).toBe(readConfig(BASE).privateKey);
    });

    it("refuses a malformed key, naming the variable", () => {
      const broken = PKCS1.replace(/\n[A-Za-z0-9+/]{20}/, "\n!!!!");
      for (const value of [
        "not a key",
        broken,
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
      ]) {
        expect(refusal({ ...BASE, PRIVATE_KEY: value })).toMatch(/^PRIVATE_KEY is not a readable PEM private key/);
      }
    });

    it("refuses a public key, an encrypted key and a non-RSA key", () => {
      const pair = generateKeyPairSync("rsa", { modulusLength: 1024 });
      const publicPem = pair.publicKey.export({ type: "spki", format: "pem" }).toString();
      const encrypted = pair.privateKey
        .export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "pass" })
        .toString();
      const ed25519 = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
      expect(refusal({ ...BASE, PRIVATE_KEY: publicPem })).toMatch(/^PRIVATE_KEY is not a readable PEM/);
      expect(refusal({ ...BASE, PRIVATE_KEY: encrypted })).toMatch(/^PRIVATE_KEY is not a readable PEM/);
      expect(refusal({ ...BASE, PRIVATE_KEY: ed25519 })).toMatch(/^PRIVATE_KEY is not an RSA private key/);
    });

    it("reads PRIVATE_KEY_PATH, and names it when the file is missing or not a key", () => {
      const env = { ...BASE, PRIVATE_KEY: undefined, PRIVATE_KEY_PATH: "/keys/app.pem" };
      const files = (content: string) => (path: string) => {
        if (path !== "/keys/app.pem") throw Object.assign(new Error("no such file"), { code: "ENOENT" });
        return content;
      };
      expect(readConfig(env, files(PKCS1)).privateKey).toBe(readConfig(BASE).privateKey);
      expect(refusal(env, files("garbage"))).toMatch(/^PRIVATE_KEY_PATH is not a readable PEM private key/);
      expect(refusal({ ...env, PRIVATE_KEY_PATH: "/elsewhere.pem" }, files(PKCS1))).toBe(
        'PRIVATE_KEY_PATH: cannot read "/elsewhere.pem" (ENOENT); check the path',
      );
    });

    it("refuses both PRIVATE_KEY and PRIVATE_KEY_PATH rather than guess which one wins", () => {
      expect(refusal({ ...BASE, PRIVATE_KEY_PATH: "/keys/app.pem" })).toMatch(/both set/);
    });
  });

  it.each([
    ["PORT", "0", /^PORT must be a whole number from 1 to 65535/],
    ["PORT", "65536", /^PORT/],
    ["PORT", "80a", /^PORT/],
    ["DRY_RUN", "maybe", /^DRY_RUN must be one of true, false/],
    ["DRY_RUN", "1", /^DRY_RUN/],
    ["LOG_FORMAT", "xml", /^LOG_FORMAT must be one of json, pretty/],
    ["LOG_LEVEL", "verbose", /^LOG_LEVEL must be one of trace, debug/],
    ["WEBHOOK_PATH", "api/github", /^WEBHOOK_PATH must be a URL path/],
    ["WEBHOOK_PATH", "/hooks?x=1", /^WEBHOOK_PATH/],
    ["GITHUB_API_URL", "ghe.example.com", /^GITHUB_API_URL must be an http\(s\) URL/],
    ["GITHUB_API_URL", "ftp://ghe.example.com", /^GITHUB_API_URL/],
    ["GITHUB_API_URL", "https://user:pw@ghe.example.com/api/v3", /^GITHUB_API_URL must not carry credentials/],
    ["NEXS_PUBLISHER", "two words", /^NEXS_PUBLISHER must be a GitHub login/],
    ["NEXS_PUBLISHER", "-leading", /^NEXS_PUBLISHER/],
    ["NEXS_BRANCH_TEMPLATE", "nexs/{owner}/../x", /^NEXS_BRANCH_TEMPLATE/],
    ["NEXS_PATH_TEMPLATE", "elements/{kind}/{id}.yaml", /^NEXS_PATH_TEMPLATE: .*\{kind\}/],
    ["NEXS_PATH_TEMPLATE", "../outside/{id}.yaml", /^NEXS_PATH_TEMPLATE: the path template/],
    ["NEXS_PATH_TEMPLATE", ".github/workflows/{id}.yaml", /^NEXS_PATH_TEMPLATE/],
    ["NEXS_STATE_BRANCH", "nexs state", /^NEXS_STATE_BRANCH must be a valid git branch name/],
    ["NEXS_STATE_BRANCH", "state.lock", /^NEXS_STATE_BRANCH/],
    ["NEXS_STATE_BRANCH", "-state", /^NEXS_STATE_BRANCH/],
  ])("refuses %s=%s", (name, value, message) => {
    expect(refusal({ ...BASE, [name]: value })).toMatch(message);
  });

  it("never echoes a value, so a secret pasted into the wrong variable stays out of the log", () => {
    for (const name of ["APP_ID", "PORT", "DRY_RUN", "LOG_LEVEL", "WEBHOOK_PATH", "GITHUB_API_URL", "NEXS_PUBLISHER"]) {
      expect(refusal({ ...BASE, [name]: `x ${SIGNING}` })).not.toContain(SIGNING);
    }
    expect(refusal({ ...BASE, APP_ID: PKCS1 })).not.toContain("BEGIN");
  });
});
