// Token storage as login, whoami and logout use it: the keyring (faked, never the machine's), the sealed file,
// the plain file; the choice, the files' permissions, and every way a store can fail without a silent fallback.
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StoreContext } from "../../../src/cli/auth/store-context.js";
import { removeToken } from "../../../src/cli/auth/token-remover.js";
import { readToken } from "../../../src/cli/auth/token-store.js";
import { planStorage, saveToken } from "../../../src/cli/auth/token-writer.js";
import { UsageError } from "../../../src/cli/io.js";
import { PLAIN_FILE_WARNING } from "../../../src/core/auth/storage-choice.js";
import {
  configHome,
  garblingKeyring,
  HANGING_TIMEOUT_MS,
  HOST,
  hangingKeyring,
  loaderOf,
  memoryKeyring,
  noKeyringModule,
  PASSPHRASE,
  TOKEN,
  throwingKeyring,
} from "./support.js";

async function login(context: StoreContext, options = { insecureStorage: false }, host = HOST, token = TOKEN) {
  const plan = await planStorage(context, host, options);
  return { plan, location: await saveToken(context, plan, token) };
}

async function usageError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UsageError)) throw new Error(`expected a UsageError, got ${String(error)}`);
  expect(error.message).not.toContain("\n");
  expect(error.message).not.toContain(TOKEN);
  return error.message;
}

const mode = (path: string) => statSync(path).mode & 0o777;
const files = (directory: string) => readdirSync(directory).sort();

describe("the OS keyring", () => {
  it("is used once a write-and-read-back probe succeeds; only a marker file is written, and the probe is cleaned up", async () => {
    const home = configHome();
    const keyring = memoryKeyring();
    const context = home.context(loaderOf(keyring));
    const { plan, location } = await login(context);
    expect(plan.kind).toBe("keyring");
    expect(plan.notes).toEqual([]);
    expect([...keyring.entries]).toEqual([[`nexs-publish/${HOST}`, TOKEN]]);
    expect(location.path).toBe(join(home.directory, `${HOST}.keyring.json`));
    expect(readFileSync(location.path, "utf8")).not.toContain(TOKEN);
    expect(await readToken(context, HOST)).toEqual({ token: TOKEN, source: "keyring" });
  });

  it.each([
    ["throws", () => loaderOf(throwingKeyring()), undefined, /a keyring write failed: .*AccessDenied/],
    ["never returns", () => loaderOf(hangingKeyring()), HANGING_TIMEOUT_MS, /did not finish within 50 ms/],
    ["reads back something else", () => loaderOf(garblingKeyring()), undefined, /a test entry read back different/],
    ["cannot be loaded", () => noKeyringModule, undefined, /no keyring module could be loaded/],
  ])("that %s is not used; the fallback to the sealed file is explained", async (_, keyring, timeout, reason) => {
    const home = configHome();
    const context = home.context(keyring(), { NEXS_TOKEN_PASSPHRASE: PASSPHRASE }, timeout);
    const { plan, location } = await login(context);
    expect(plan.kind).toBe("encrypted-file");
    expect(plan.notes).toHaveLength(1);
    expect(plan.notes[0]).toMatch(/^The OS keyring is not usable here: /);
    expect(plan.notes[0]).toMatch(reason);
    expect(files(home.directory)).toEqual([`${HOST}.token.sealed`]);
    expect(readFileSync(location.path, "utf8")).not.toContain(TOKEN);
  });

  it("that passes the probe but does not keep the real token: login fails and leaves nothing behind", async () => {
    const keyring = memoryKeyring();
    const keepsOnlyProbes = {
      ...keyring,
      get: async (s: string, a: string, signal: AbortSignal) => {
        const kept = await keyring.get(s, a, signal);
        return a.startsWith("probe-") ? kept : "ghu_notWhatWasWritten";
      },
    };
    const home = configHome();
    const context = home.context(loaderOf(keepsOnlyProbes));
    const plan = await planStorage(context, HOST, { insecureStorage: false });
    const message = await usageError(saveToken(context, plan, TOKEN));
    expect(message).toMatch(/the OS keyring did not keep the new token \(the token read back from it differs\)/);
    expect(files(home.directory)).toEqual([]);
    expect(keyring.entries.size).toBe(0);
  });

  it("that has lost the token, or cannot be read any more, is an error saying what to do, never a fallback", async () => {
    const home = configHome();
    const keyring = memoryKeyring();
    await login(home.context(loaderOf(keyring)));
    keyring.entries.clear();
    expect(await usageError(readToken(home.context(loaderOf(keyring)), HOST))).toMatch(
      /no longer holds the token for api\.github\.com .*run `nexs-publish login`/,
    );
    const broken = home.context(loaderOf(throwingKeyring()), { NEXS_TOKEN_PASSPHRASE: PASSPHRASE });
    expect(await usageError(readToken(broken, HOST))).toMatch(
      /in the OS keyring, which cannot be read now: a keyring read failed: .*AccessDenied; fix the keyring, or run `nexs-publish logout`/,
    );
    const hanging = home.context(loaderOf(hangingKeyring()), {}, HANGING_TIMEOUT_MS);
    expect(await usageError(readToken(hanging, HOST))).toMatch(/did not finish within 50 ms/);
  });

  it("NEXS_KEYRING=off skips the keyring without calling it, and says so", async () => {
    const home = configHome();
    const keyring = memoryKeyring();
    const context = home.context(loaderOf(keyring), { NEXS_KEYRING: "off", NEXS_TOKEN_PASSPHRASE: PASSPHRASE });
    const { plan } = await login(context);
    expect(plan.kind).toBe("encrypted-file");
    expect(plan.notes).toEqual(["The OS keyring is not usable here: it is turned off by NEXS_KEYRING=off."]);
    expect(keyring.calls).toEqual([]);
  });
});

describe("the file sealed with NEXS_TOKEN_PASSPHRASE", () => {
  const sealed = async () => {
    const home = configHome();
    const context = home.context(noKeyringModule, { NEXS_TOKEN_PASSPHRASE: PASSPHRASE });
    const { location } = await login(context);
    return { home, context, path: location.path };
  };
  const reader = (home: ReturnType<typeof configHome>, passphrase?: string) =>
    home.context(noKeyringModule, passphrase === undefined ? {} : { NEXS_TOKEN_PASSPHRASE: passphrase });

  it("round-trips the token, which never appears in the file", async () => {
    const { home, context, path } = await sealed();
    expect(readFileSync(path, "utf8")).toMatch(/^nexs-publish sealed token v1 host=api\.github\.com sha256=/);
    expect(readFileSync(path, "utf8")).not.toContain(TOKEN);
    expect(await readToken(context, HOST)).toEqual({ token: TOKEN, source: "encrypted-file" });
    expect(await readToken(reader(home, PASSPHRASE), HOST)).toEqual({ token: TOKEN, source: "encrypted-file" });
  });

  it("with a wrong or missing passphrase is an error that says why and what to do", async () => {
    const { home, path } = await sealed();
    expect(await usageError(readToken(reader(home, "another long passphrase"), HOST))).toBe(
      `${path} does not open with this NEXS_TOKEN_PASSPHRASE (the file itself is intact): ` +
        "set the passphrase it was sealed with, or run `nexs-publish logout` and log in again",
    );
    expect(await usageError(readToken(reader(home), HOST))).toBe(
      `the token for ${HOST} is in the encrypted file ${path}: set NEXS_TOKEN_PASSPHRASE to its passphrase`,
    );
  });

  it("tampered or truncated is an error telling which, and the file is kept", async () => {
    const { home, path } = await sealed();
    const text = readFileSync(path, "utf8");
    const lines = text.split("\n");
    const body = lines[2] ?? "";
    lines[2] = `${body.slice(0, 10)}${body[10] === "A" ? "B" : "A"}${body.slice(11)}`;
    writeFileSync(path, lines.join("\n"));
    expect(await usageError(readToken(reader(home, PASSPHRASE), HOST))).toMatch(
      /was altered or damaged after it was written .*: run `nexs-publish logout`, then `nexs-publish login`$/,
    );
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    expect(await usageError(readToken(reader(home, PASSPHRASE), HOST))).toMatch(/is cut short/);
    writeFileSync(path, "");
    expect(await usageError(readToken(reader(home, PASSPHRASE), HOST))).toMatch(/is cut short/);
    expect(files(home.directory)).toEqual([`${HOST}.token.sealed`]);
  });

  it("is not replaced under a different passphrase, nor by a plain file when the passphrase is unset", async () => {
    const { home, path } = await sealed();
    const before = readFileSync(path, "utf8");
    const other = home.context(noKeyringModule, { NEXS_TOKEN_PASSPHRASE: "a different passphrase" });
    expect(await usageError(planStorage(other, HOST, { insecureStorage: false }))).toMatch(
      /the existing token file .* does not open with this NEXS_TOKEN_PASSPHRASE/,
    );
    expect(await usageError(planStorage(reader(home), HOST, { insecureStorage: true }))).toMatch(
      /an encrypted token file exists for this host but NEXS_TOKEN_PASSPHRASE is not set; it is not replaced/,
    );
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(files(home.directory)).toEqual([`${HOST}.token.sealed`]);
  });

  it("refuses a short passphrase", async () => {
    const context = configHome().context(noKeyringModule, { NEXS_TOKEN_PASSPHRASE: "short" });
    expect(await usageError(planStorage(context, HOST, { insecureStorage: false }))).toMatch(
      /NEXS_TOKEN_PASSPHRASE is too short \(5 characters\)/,
    );
  });
});

describe("the plain file", () => {
  it("is refused without --insecure-storage, with what to do instead", async () => {
    const home = configHome();
    const message = await usageError(planStorage(home.context(noKeyringModule), HOST, { insecureStorage: false }));
    expect(message).toMatch(/^nowhere safe to store the token: the OS keyring is not usable/);
    expect(message).toMatch(/Set NEXS_TOKEN_PASSPHRASE .* or pass --insecure-storage/);
  });

  it("with --insecure-storage is said loudly and read back", async () => {
    const home = configHome();
    const context = home.context(noKeyringModule);
    const { plan, location } = await login(context, { insecureStorage: true });
    expect(plan.kind).toBe("plain-file");
    expect(plan.notes).toContain(PLAIN_FILE_WARNING);
    expect(location.path).toBe(join(home.directory, `${HOST}.token.json`));
    expect(await readToken(context, HOST)).toEqual({ token: TOKEN, source: "plain-file" });
    writeFileSync(location.path, "");
    expect(await usageError(readToken(context, HOST))).toMatch(/is cut short/);
    writeFileSync(location.path, '{"format":"something else"}');
    expect(await usageError(readToken(context, HOST))).toMatch(/is not a nexs-publish token file/);
  });

  it("never replaces a token kept in the keyring, even when the keyring is broken now", async () => {
    const home = configHome();
    const keyring = memoryKeyring();
    await login(home.context(loaderOf(keyring)));
    const envs: Record<string, string>[] = [{}, { NEXS_TOKEN_PASSPHRASE: PASSPHRASE }];
    for (const env of envs) {
      const broken = home.context(loaderOf(throwingKeyring()), env);
      expect(await usageError(planStorage(broken, HOST, { insecureStorage: true }))).toMatch(
        /the token for this host is in the OS keyring, which is not usable now .*it is not moved to a weaker store/,
      );
    }
    expect(files(home.directory)).toEqual([`${HOST}.keyring.json`]);
    expect(keyring.entries.get(`nexs-publish/${HOST}`)).toBe(TOKEN);
  });
});

describe("the files", () => {
  it("are 0600 in a 0700 folder under XDG_CONFIG_HOME, and an existing open folder is tightened", async () => {
    if (process.platform === "win32") return;
    const home = configHome();
    mkdirSync(home.directory, { recursive: true, mode: 0o755 });
    chmodSync(home.directory, 0o755);
    const { location } = await login(home.context(noKeyringModule), { insecureStorage: true });
    expect(location.path.startsWith(`${home.root}/nexs-publish/`)).toBe(true);
    expect(mode(home.directory)).toBe(0o700);
    expect(mode(location.path)).toBe(0o600);
    const sealedHome = configHome();
    const sealed = await login(sealedHome.context(noKeyringModule, { NEXS_TOKEN_PASSPHRASE: PASSPHRASE }));
    expect(mode(sealedHome.directory)).toBe(0o700);
    expect(mode(sealed.location.path)).toBe(0o600);
    const keyringHome = configHome();
    const marker = await login(keyringHome.context(loaderOf(memoryKeyring())));
    expect(mode(marker.location.path)).toBe(0o600);
  });

  it("hold one token per host; a second login for the same host replaces it", async () => {
    const home = configHome();
    const keyring = memoryKeyring();
    const context = home.context(loaderOf(keyring));
    await login(context, undefined, HOST, TOKEN);
    await login(context, undefined, "ghe.example.com:8443", "ghu_enterpriseToken");
    expect(await readToken(context, HOST)).toEqual({ token: TOKEN, source: "keyring" });
    expect(await readToken(context, "ghe.example.com:8443")).toEqual({
      token: "ghu_enterpriseToken",
      source: "keyring",
    });
    await login(context, undefined, HOST, "ghu_aNewerToken");
    expect(await readToken(context, HOST)).toEqual({ token: "ghu_aNewerToken", source: "keyring" });
    expect(files(home.directory)).toEqual(["api.github.com.keyring.json", "ghe.example.com%3A8443.keyring.json"]);
    expect(keyring.entries.size).toBe(2);
  });

  it("in two stores for one host (an interrupted login) are an error, not a guess", async () => {
    const home = configHome();
    await login(home.context(noKeyringModule), { insecureStorage: true });
    await login(home.context(noKeyringModule, { NEXS_TOKEN_PASSPHRASE: PASSPHRASE }));
    // The sealed login replaced the plain file; put one back, as a crash between the two writes would leave it.
    writeFileSync(join(home.directory, `${HOST}.token.json`), "{}", { mode: 0o600 });
    expect(await usageError(readToken(home.context(noKeyringModule), HOST))).toMatch(
      /two tokens are stored for api\.github\.com .*run `nexs-publish logout`, then `nexs-publish login`/,
    );
  });
});

describe("logout", () => {
  it("removes the token from everywhere, this host only, without a passphrase", async () => {
    const home = configHome();
    const keyring = memoryKeyring();
    const context = home.context(loaderOf(keyring));
    await login(context);
    await login(context, undefined, "ghe.example.com", "ghu_enterpriseToken");
    // Leftovers of other stores for the same host: logout empties them too.
    await login(home.context(noKeyringModule, { NEXS_TOKEN_PASSPHRASE: PASSPHRASE }), undefined, "x.test", TOKEN);
    writeFileSync(join(home.directory, `${HOST}.token.sealed`), "damaged", { mode: 0o600 });
    writeFileSync(join(home.directory, `${HOST}.token.json`), "{}", { mode: 0o600 });
    const removal = await removeToken(home.context(loaderOf(keyring)), HOST);
    expect(removal.failed).toEqual([]);
    expect(removal.removed.map((location) => location.kind)).toEqual(["keyring", "encrypted-file", "plain-file"]);
    expect(files(home.directory)).toEqual(["ghe.example.com.keyring.json", "x.test.token.sealed"]);
    expect([...keyring.entries.keys()]).toEqual(["nexs-publish/ghe.example.com"]);
    expect(await readToken(context, HOST)).toBeUndefined();
    expect(await removeToken(context, HOST)).toEqual({ removed: [], failed: [] });
  });

  it("keeps the marker and says why when the keyring cannot delete the entry", async () => {
    const home = configHome();
    await login(home.context(loaderOf(memoryKeyring())));
    const removal = await removeToken(home.context(loaderOf(hangingKeyring()), {}, HANGING_TIMEOUT_MS), HOST);
    expect(removal.removed).toEqual([]);
    expect(removal.failed).toHaveLength(1);
    expect(removal.failed[0]?.reason).toMatch(/a keyring delete did not finish within 50 ms/);
    expect(files(home.directory)).toEqual([`${HOST}.keyring.json`]);
  });
});
