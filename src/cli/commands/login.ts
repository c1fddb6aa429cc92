import type { DeviceCode } from "../../core/auth/device-code.js";
import { printable } from "../../core/auth/printable.js";
import type { StoreKind } from "../../core/auth/store-kind.js";
import { readAuthenticatedLogin } from "../../github/authenticated-user.js";
import { runDeviceFlow } from "../../github/device-flow.js";
import { LoginError } from "../../github/login-error.js";
import { parseArgsOrExplain } from "../args.js";
import { type AuthDeps, defaultAuthDeps } from "../auth/auth-deps.js";
import { apiBaseUrl } from "../auth/resolve-token.js";
import { storeContext } from "../auth/store-context.js";
import { describeLocation } from "../auth/token-location.js";
import { planStorage, saveToken } from "../auth/token-writer.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from "../io.js";

export const summary = "Log in to GitHub in a browser (device flow) and store the token";

export const help = `Usage: nexs-publish login [options]

Logs in with GitHub's device flow: prints a code and a URL, waits while you enter the code in a browser,
then stores the token for the GitHub host (GITHUB_API_URL or GITHUB_SERVER_URL; default github.com).

Options:
  --client-id <id>    client id of the nexs-publish GitHub App, with device flow enabled
                      (default: NEXS_GITHUB_CLIENT_ID)
  --insecure-storage  allow a plain, unencrypted token file when there is no OS keyring and no
                      NEXS_TOKEN_PASSPHRASE
  -h, --help          show this help

The token goes to the OS keyring (NEXS_KEYRING=off skips it); without one, to a file encrypted with
NEXS_TOKEN_PASSPHRASE; without that, only with --insecure-storage, to a plain file. --token and GITHUB_TOKEN
override it and are never stored.

Exit status: 0 logged in, 1 the code expired or the login was denied, 2 usage, storage or network problem,
130 interrupted (Ctrl-C). Nothing is stored unless the login succeeds.
`;

const EXIT_INTERRUPTED = 130;

interface LoginArgs {
  help: boolean;
  clientId: string;
  insecureStorage: boolean;
}

export function parseLoginArgs(args: readonly string[], env: CliIo["env"]): LoginArgs {
  const { values } = parseArgsOrExplain({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      "client-id": { type: "string" },
      "insecure-storage": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const clientId = values["client-id"] ?? env["NEXS_GITHUB_CLIENT_ID"] ?? "";
  if (!values.help && !clientId)
    throw new UsageError("no client id: pass --client-id or set NEXS_GITHUB_CLIENT_ID (the nexs-publish GitHub App's)");
  if (!values.help && !/^[A-Za-z0-9._-]{1,100}$/.test(clientId))
    throw new UsageError(
      `--client-id must be a GitHub client id (letters, digits, . _ -), not "${printable(clientId, 40)}"`,
    );
  return { help: values.help, clientId, insecureStorage: values["insecure-storage"] };
}

export function run(args: readonly string[], io: CliIo): Promise<number> {
  return login(args, io, defaultAuthDeps());
}

export async function login(args: readonly string[], io: CliIo, deps: AuthDeps): Promise<number> {
  const options = parseLoginArgs(args, io.env);
  if (options.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const apiUrl = apiBaseUrl(io.env);
  const host = new URL(apiUrl).host;
  const context = storeContext(io.env, deps);
  const interrupt = new AbortController();
  const stopListening = deps.onInterrupt(() => interrupt.abort());
  try {
    const plan = await planStorage(context, host, { insecureStorage: options.insecureStorage });
    for (const note of plan.notes) io.stderr.write(`${note}\n`);
    io.stderr.write(`The token will be stored in ${STORE_LABEL[plan.kind]}.\n`);
    if (io.env["GITHUB_TOKEN"])
      io.stderr.write("Note: GITHUB_TOKEN is set; while it is, commands use it instead of the stored token.\n");
    const token = await runDeviceFlow({
      clientId: options.clientId,
      apiBaseUrl: apiUrl,
      onCode: (code) => io.stderr.write(prompt(code, deps)),
      sleep: deps.sleep,
      now: deps.now,
      signal: interrupt.signal,
      requestTimeoutMs: deps.requestTimeoutMs,
    });
    const timeoutMs = deps.requestTimeoutMs;
    const user = await readAuthenticatedLogin({ token, apiBaseUrl: apiUrl, timeoutMs, signal: interrupt.signal });
    if (interrupt.signal.aborted) throw new LoginError("cancelled", "login cancelled; nothing was stored");
    const location = await saveToken(context, plan, token);
    io.stdout.write(`Logged in to ${host} as ${user}; the token is in ${describeLocation(location)}.\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof LoginError)) throw error;
    io.stderr.write(`nexs-publish: ${printable(error.message, 400)}\n`);
    return exitStatusFor(error);
  } finally {
    stopListening();
  }
}

const STORE_LABEL: Record<StoreKind, string> = {
  keyring: "the OS keyring",
  "encrypted-file": "a file encrypted with NEXS_TOKEN_PASSPHRASE",
  "plain-file": "a PLAIN, UNENCRYPTED file (--insecure-storage)",
};

function prompt(code: DeviceCode, deps: AuthDeps): string {
  const minutes = Math.max(1, Math.round((code.expiresAt - deps.now()) / 60_000));
  return (
    `Open ${printable(code.verificationUri, 200)} in a browser and enter the code ${code.userCode}\n` +
    `(it expires in ${minutes} minute${minutes === 1 ? "" : "s"}; Ctrl-C cancels). Waiting...\n`
  );
}

function exitStatusFor(error: LoginError): number {
  if (error.kind === "cancelled") return EXIT_INTERRUPTED;
  if (error.kind === "expired" || error.kind === "denied") return EXIT_INVALID;
  return EXIT_USAGE;
}
