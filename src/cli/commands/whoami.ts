import { printable } from "../../core/auth/printable.js";
import { PLAIN_FILE_WARNING } from "../../core/auth/storage-choice.js";
import { readAuthenticatedLogin } from "../../github/authenticated-user.js";
import { LoginError } from "../../github/login-error.js";
import { parseArgsOrExplain } from "../args.js";
import { type AuthDeps, defaultAuthDeps } from "../auth/auth-deps.js";
import { apiBaseUrl, type ResolvedToken, resolveToken } from "../auth/resolve-token.js";
import { storeContext } from "../auth/store-context.js";
import { describeLocation, locateToken, type TokenLocation } from "../auth/token-location.js";
import { readToken } from "../auth/token-store.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../io.js";

export const summary = "Show the GitHub login, host and where the token comes from";

export const help = `Usage: nexs-publish whoami [options]

Asks GitHub who the token belongs to, and says which host (GITHUB_API_URL or GITHUB_SERVER_URL; default
github.com) and where the token lives: --token, GITHUB_TOKEN, the OS keyring, an encrypted file or a plain file.

Options:
  --token <token>  check this token instead (as every command accepts; never stored)
  -h, --help       show this help

Exit status: 0 logged in, 1 not logged in or the token is refused, 2 usage, storage or network problem.
`;

export function run(args: readonly string[], io: CliIo): Promise<number> {
  return whoami(args, io, defaultAuthDeps());
}

export async function whoami(args: readonly string[], io: CliIo, deps: AuthDeps): Promise<number> {
  const { values } = parseArgsOrExplain({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { token: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const apiUrl = apiBaseUrl(io.env);
  const host = new URL(apiUrl).host;
  const context = storeContext(io.env, deps);
  const stored = await locateToken(context, host);
  if (!values.token && !io.env["GITHUB_TOKEN"] && !stored) {
    io.stderr.write(`nexs-publish: not logged in to ${host}: run \`nexs-publish login\`\n`);
    return EXIT_INVALID;
  }
  const resolved = await resolveToken(values, io.env, (h) => readToken(context, h));
  const where = origin(resolved, stored);
  let user: string;
  try {
    user = await readAuthenticatedLogin({
      token: resolved.token,
      apiBaseUrl: apiUrl,
      timeoutMs: deps.requestTimeoutMs,
    });
  } catch (error) {
    if (!(error instanceof LoginError)) throw error;
    io.stderr.write(`nexs-publish: ${printable(error.message, 400)}; the token came from ${where}\n`);
    return error.kind === "unauthorized" ? EXIT_INVALID : EXIT_USAGE;
  }
  io.stdout.write(`Logged in to ${host} as ${user}\nToken: ${where}\n`);
  if (resolved.source === "plain-file") io.stderr.write(`${PLAIN_FILE_WARNING}\n`);
  return EXIT_OK;
}

function origin(resolved: ResolvedToken, stored: TokenLocation | undefined): string {
  const unused = stored ? `; the token stored in ${describeLocation(stored)} is not used` : "";
  if (resolved.source === "flag") return `--token (overrides any stored token; never stored${unused})`;
  if (resolved.source === "env") return `the GITHUB_TOKEN environment variable (overrides any stored token${unused})`;
  return stored ? describeLocation(stored) : resolved.source;
}
