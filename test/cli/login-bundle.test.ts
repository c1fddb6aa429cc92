// login, whoami and logout through the CLI bundle as a child process, against the loopback device-flow fake:
// what a user types, including Ctrl-C. The keyring is turned off (NEXS_KEYRING=off): never the machine's.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PLAIN_FILE_WARNING } from "../../src/core/auth/storage-choice.js";
import { cliBin, runCli } from "../bundle/run-cli.js";
import { type FakeDeviceGitHub, granted, pending, startFakeDeviceGitHub } from "../support/fake-device-github.js";
import { tempDir } from "../support/tmp-dir.js";

let github: FakeDeviceGitHub;
let home = "";
beforeEach(async () => {
  // GitHub's smallest interval: the bundle really waits it.
  github = await startFakeDeviceGitHub({ interval: 1 });
  home = tempDir("nexs-login-bundle-");
});
afterEach(async () => {
  await github.close();
});

const env = () => ({
  HOME: home,
  XDG_CONFIG_HOME: join(home, "config"),
  NEXS_KEYRING: "off",
  GITHUB_API_URL: github.url,
});
const cli = (...args: string[]) => runCli(args, { cwd: home, env: env() });
const directory = () => join(home, "config", "nexs-publish");
const host = () => new URL(github.url).host;

describe("login, whoami, logout (CLI bundle)", () => {
  it("logs in, says where the token is (loudly for a plain file), and logs out", async () => {
    github.tokenAnswers = [pending(), granted()];
    const login = await cli("login", "--client-id", "Iv1.0123456789abcdef", "--insecure-storage");
    expect(login.code, login.stderr).toBe(0);
    expect(login.stderr).toContain(`Open ${github.url}/login/device in a browser and enter the code WDJB-MJHT\n`);
    expect(login.stderr).toContain(`${PLAIN_FILE_WARNING}\n`);
    expect(login.stdout).toMatch(new RegExp(`^Logged in to ${host()} as octocat; the token is in the PLAIN, `));
    const [file] = readdirSync(directory());
    expect(file).toMatch(/\.token\.json$/);
    expect(statSync(join(directory(), file ?? "")).mode & 0o777).toBe(0o600);
    expect(statSync(directory()).mode & 0o777).toBe(0o700);

    const who = await cli("whoami");
    expect(who.code, who.stderr).toBe(0);
    expect(who.stdout).toMatch(new RegExp(`^Logged in to ${host()} as octocat\\nToken: the PLAIN, UNENCRYPTED file `));
    expect(who.stderr).toBe(`${PLAIN_FILE_WARNING}\n`);

    const out = await cli("logout");
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^Removed the token for ${host()} from the PLAIN, UNENCRYPTED file `));
    expect(readdirSync(directory())).toEqual([]);
  });

  it("Ctrl-C while waiting for the browser ends in one line, exit 130, nothing stored", async () => {
    github.tokenAnswers = [pending()];
    const child = spawn(cliBin(), ["login", "--client-id", "Iv1.0123456789abcdef", "--insecure-storage"], {
      cwd: home,
      env: { PATH: process.env["PATH"] ?? "", ...env() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const closed = new Promise<number | null>((done) => child.on("close", done));
    // Interrupted once the prompt is out and it waits for the browser (or at once, should it have ended).
    await new Promise<void>((waiting) => {
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
        if (stderr.includes("Waiting...")) waiting();
      });
      void closed.then(() => waiting());
    });
    child.kill("SIGINT");
    expect(await closed).toBe(130);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines.filter((line) => line.startsWith("nexs-publish: "))).toEqual([lines.at(-1)]);
    expect(lines.at(-1)).toMatch(/^nexs-publish: .*cancelled/);
    expect(existsSync(directory()) ? readdirSync(directory()) : []).toEqual([]);
  });
});
