// login, whoami and logout end to end, in process, against a loopback fake of GitHub's device flow and GET /user.
// The keyring is a fake (login's own seam) or turned off with NEXS_KEYRING=off: never the machine's.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuthDeps } from "../../src/cli/auth/auth-deps.js";
import { login } from "../../src/cli/commands/login.js";
import { logout } from "../../src/cli/commands/logout.js";
import { whoami } from "../../src/cli/commands/whoami.js";
import { runCli } from "../../src/cli/run.js";
import { connect } from "../../src/cli/session.js";
import { PLAIN_FILE_WARNING } from "../../src/core/auth/storage-choice.js";
import {
  type FakeDeviceGitHub,
  granted,
  oauthError,
  pending,
  startFakeDeviceGitHub,
  TEST_TOKEN,
} from "../support/fake-device-github.js";
import { tempDir } from "../support/tmp-dir.js";
import { loaderOf, type MemoryKeyring, memoryKeyring } from "./auth/support.js";
import { type FakeIo, fakeIo } from "./fake-io.js";

const CLIENT_ID = "Iv1.0123456789abcdef";
const PASSPHRASE = "correct horse battery staple";

let github: FakeDeviceGitHub;
let config = "";
beforeEach(async () => {
  // One second, GitHub's smallest interval: the runs through runCli really wait it.
  github = await startFakeDeviceGitHub({ interval: 1 });
  config = join(tempDir("nexs-login-"), "config");
});
afterEach(async () => {
  await github.close();
});

const host = () => new URL(github.url).host;
const tokenFiles = () => (existsSync(join(config, "nexs-publish")) ? readdirSync(join(config, "nexs-publish")) : []);

/** What the process would give runCli: the fake GitHub, a private config home, no keyring. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return { GITHUB_API_URL: github.url, XDG_CONFIG_HOME: config, NEXS_KEYRING: "off", ...extra };
}

/** Login's seams, faked: a clock that moves only when the flow waits, Ctrl-C on demand, an in-memory keyring. */
function fakeDeps(keyring: MemoryKeyring, options: { interruptOnWait?: boolean } = {}) {
  let clock = 1_000_000;
  let interrupt: (() => void) | undefined;
  const deps: AuthDeps = {
    platform: "linux",
    home: "/nonexistent-home",
    keyring: loaderOf(keyring),
    keyringTimeoutMs: 30_000,
    requestTimeoutMs: 30_000,
    now: () => clock,
    sleep: async (ms, signal) => {
      if (options.interruptOnWait) interrupt?.();
      if (signal.aborted) throw signal.reason;
      clock += ms;
    },
    onInterrupt: (handler) => {
      interrupt = handler;
      return () => {
        interrupt = undefined;
      };
    },
  };
  return deps;
}

/** A failure ends with exactly one line of its own, after what login said while it ran, and no stack trace. */
function lastLine(io: FakeIo): string {
  const lines = io.err().trimEnd().split("\n");
  expect(io.err()).not.toMatch(/^\s+at /m);
  expect(lines.filter((line) => line.startsWith("nexs-publish: "))).toHaveLength(1);
  return lines.at(-1) ?? "";
}

describe("login, whoami, logout (in process, through runCli)", () => {
  it("prints the code and URL, stores the token, whoami tells where it lives, logout removes it", async () => {
    github.tokenAnswers = [pending(), granted()];
    const io = fakeIo(".", { env: env({ NEXS_TOKEN_PASSPHRASE: PASSPHRASE }) });
    expect(await runCli(["login", "--client-id", CLIENT_ID], io), io.err()).toBe(0);
    expect(io.err()).toContain("The OS keyring is not usable here: it is turned off by NEXS_KEYRING=off.\n");
    expect(io.err()).toContain("The token will be stored in a file encrypted with NEXS_TOKEN_PASSPHRASE.\n");
    expect(io.err()).toContain(`Open ${github.url}/login/device in a browser and enter the code WDJB-MJHT\n`);
    const sealed = join(config, "nexs-publish", `${host().replace(":", "%3A")}.token.sealed`);
    expect(io.out()).toBe(
      `Logged in to ${host()} as octocat; the token is in the encrypted file ${sealed} ` +
        "(AES-256-GCM, key from NEXS_TOKEN_PASSPHRASE).\n",
    );
    expect(github.requests.find((r) => r.path === "/login/device/code")?.body).toMatchObject({ client_id: CLIENT_ID });

    const who = fakeIo(".", { env: env({ NEXS_TOKEN_PASSPHRASE: PASSPHRASE }) });
    expect(await runCli(["whoami"], who), who.err()).toBe(0);
    expect(who.out()).toBe(
      `Logged in to ${host()} as octocat\nToken: the encrypted file ${sealed} ` +
        "(AES-256-GCM, key from NEXS_TOKEN_PASSPHRASE)\n",
    );
    expect(github.requests.at(-1)).toMatchObject({ path: "/user", authorization: `token ${TEST_TOKEN}` });

    // Without the passphrase the stored token cannot be used: said, not silently skipped.
    const locked = fakeIo(".", { env: env() });
    expect(await runCli(["whoami"], locked)).toBe(2);
    expect(locked.err()).toBe(
      `nexs-publish: the token for ${host()} is in the encrypted file ${sealed}: ` +
        "set NEXS_TOKEN_PASSPHRASE to its passphrase\n",
    );

    const out = fakeIo(".", { env: env() });
    expect(await runCli(["logout"], out), out.err()).toBe(0);
    expect(out.out()).toMatch(new RegExp(`^Removed the token for ${host()} from the encrypted file `));
    expect(tokenFiles()).toEqual([]);
    const gone = fakeIo(".", { env: env() });
    expect(await runCli(["whoami"], gone)).toBe(1);
    expect(gone.err()).toBe(`nexs-publish: not logged in to ${host()}: run \`nexs-publish login\`\n`);
  });

  it("a plain file only with --insecure-storage, said loudly at login and by whoami", async () => {
    const refused = fakeIo(".", { env: env() });
    expect(await runCli(["login", "--client-id", CLIENT_ID], refused)).toBe(2);
    expect(refused.err()).toMatch(/^nexs-publish: nowhere safe to store the token: .*--insecure-storage/m);
    expect(github.requests).toEqual([]);

    const io = fakeIo(".", { env: env() });
    expect(await runCli(["login", "--client-id", CLIENT_ID, "--insecure-storage"], io), io.err()).toBe(0);
    expect(io.err()).toContain(`${PLAIN_FILE_WARNING}\n`);
    expect(io.err()).toContain("The token will be stored in a PLAIN, UNENCRYPTED file (--insecure-storage).\n");
    const who = fakeIo(".", { env: env() });
    expect(await runCli(["whoami"], who)).toBe(0);
    expect(who.out()).toMatch(/^Token: the PLAIN, UNENCRYPTED file \S+\.token\.json$/m);
    expect(who.err()).toBe(`${PLAIN_FILE_WARNING}\n`);
  });

  it("GITHUB_TOKEN and --token override the stored token and are never stored", async () => {
    github.users.set("ghu_fromTheEnvironment", "env-user");
    github.users.set("ghu_fromTheFlag", "flag-user");
    const fromEnv = fakeIo(".", { env: env({ GITHUB_TOKEN: "ghu_fromTheEnvironment" }) });
    expect(await runCli(["whoami"], fromEnv), fromEnv.err()).toBe(0);
    expect(fromEnv.out()).toBe(
      `Logged in to ${host()} as env-user\nToken: the GITHUB_TOKEN environment variable (overrides any stored token)\n`,
    );
    const fromFlag = fakeIo(".", { env: env({ GITHUB_TOKEN: "ghu_fromTheEnvironment" }) });
    expect(await runCli(["whoami", "--token", "ghu_fromTheFlag"], fromFlag)).toBe(0);
    expect(fromFlag.out()).toMatch(/ as flag-user\nToken: --token \(overrides any stored token; never stored\)\n$/);
    expect(tokenFiles()).toEqual([]);

    const stored = fakeIo(".", { env: env() });
    expect(await runCli(["login", "--client-id", CLIENT_ID, "--insecure-storage"], stored)).toBe(0);
    const over = fakeIo(".", { env: env({ GITHUB_TOKEN: "ghu_fromTheEnvironment" }) });
    expect(await runCli(["whoami"], over)).toBe(0);
    expect(over.out()).toMatch(
      /as env-user\nToken: the GITHUB_TOKEN .*; the token stored in the PLAIN, .* is not used\)/,
    );
    // The other commands take the stored token when nothing overrides it, and the override when something does.
    const session = await connect({}, fakeIo(".", { env: env() }));
    expect((await session.client.rest.users.getAuthenticated()).data.login).toBe("octocat");
    const overridden = await connect({ token: "ghu_fromTheFlag" }, fakeIo(".", { env: env() }));
    expect((await overridden.client.rest.users.getAuthenticated()).data.login).toBe("flag-user");
    expect(tokenFiles()).toHaveLength(1);
  });

  it("GITHUB_API_URL of a GitHub Enterprise Server: the flow on the server, GET /user under /api/v3", async () => {
    const io = fakeIo(".", { env: env({ GITHUB_API_URL: `${github.url}/api/v3/` }) });
    expect(await runCli(["login", "--client-id", CLIENT_ID, "--insecure-storage"], io), io.err()).toBe(0);
    expect(github.requests.map((r) => r.path)).toEqual([
      "/login/device/code",
      "/login/oauth/access_token",
      "/api/v3/user",
    ]);
    expect(io.out()).toMatch(new RegExp(`^Logged in to ${host()} as octocat;`));
  });
});

describe("login's endings (in process, faked clock and keyring)", () => {
  const run = async (deps: AuthDeps, extra: Record<string, string> = {}) => {
    const io = fakeIo(".", { env: env({ NEXS_KEYRING: "", ...extra }) });
    return { io, code: await login(["--client-id", CLIENT_ID], io, deps) };
  };

  it("stores the token in the keyring, said at login and by whoami; logout empties the keyring", async () => {
    const keyring = memoryKeyring();
    github.tokenAnswers = [pending(), oauthError("slow_down", { interval: 10 }), granted()];
    const { io, code } = await run(fakeDeps(keyring));
    expect(code, io.err()).toBe(0);
    expect(io.err()).toContain("The token will be stored in the OS keyring.\n");
    expect(keyring.entries.get(`nexs-publish/${host()}`)).toBe(TEST_TOKEN);
    const who = fakeIo(".", { env: env({ NEXS_KEYRING: "" }) });
    expect(await whoami([], who, fakeDeps(keyring))).toBe(0);
    expect(who.out()).toMatch(/^Token: the OS keyring \(service "nexs-publish"; recorded in \S+\.keyring\.json\)$/m);
    const out = fakeIo(".", { env: env({ NEXS_KEYRING: "" }) });
    expect(await logout([], out, fakeDeps(keyring))).toBe(0);
    expect(keyring.entries.size).toBe(0);
    expect(tokenFiles()).toEqual([]);
  });

  it.each([
    ["the code expires", [pending(), oauthError("expired_token")], 1, /expired/],
    [
      "the login is denied",
      [oauthError("access_denied")],
      1,
      /^nexs-publish: the login was denied in the browser; nothing was stored$/,
    ],
  ])("%s: one line, nothing stored", async (_, answers, status, message) => {
    github.tokenAnswers = answers;
    const keyring = memoryKeyring();
    const { io, code } = await run(fakeDeps(keyring));
    expect(code).toBe(status);
    expect(lastLine(io)).toMatch(message);
    expect(keyring.entries.size).toBe(0);
    expect(tokenFiles()).toEqual([]);
  });

  it("Ctrl-C while waiting: exit 130, one line, nothing stored", async () => {
    github.tokenAnswers = [pending()];
    const keyring = memoryKeyring();
    const { io, code } = await run(fakeDeps(keyring, { interruptOnWait: true }));
    expect(code).toBe(130);
    expect(lastLine(io)).toMatch(/^nexs-publish: .*cancel/i);
    expect(keyring.entries.size).toBe(0);
    expect(tokenFiles()).toEqual([]);
  });

  it("GitHub cannot be reached: exit 2, one line naming the host, nothing stored", async () => {
    const keyring = memoryKeyring();
    const url = github.url;
    await github.close();
    const { io, code } = await run(fakeDeps(keyring), { GITHUB_API_URL: url });
    expect(code).toBe(2);
    expect(lastLine(io)).toMatch(/^nexs-publish: .*(reach|connect|ECONNREFUSED)/i);
    expect(tokenFiles()).toEqual([]);
    const who = fakeIo(".", { env: env({ GITHUB_API_URL: url, GITHUB_TOKEN: TEST_TOKEN }) });
    expect(await runCli(["whoami"], who)).toBe(2);
    expect(who.err()).toMatch(
      /^nexs-publish: cannot reach 127\.0\.0\.1:\d+ \(.*\); the token came from the GITHUB_TOKEN [^\n]*\n$/,
    );
    github = await startFakeDeviceGitHub();
  });

  it("a refused token makes whoami exit 1 in one line that says where the token came from", async () => {
    const who = fakeIo(".", { env: env({ GITHUB_TOKEN: "ghu_revokedLongAgo" }) });
    expect(await runCli(["whoami"], who)).toBe(1);
    expect(who.err()).toMatch(
      /^nexs-publish: \S+ refused the token \(401: .*; the token came from the GITHUB_TOKEN .*\n$/,
    );
  });
});
