import { serverUrlForApi } from "../../core/auth/github-endpoints.js";
import { parseArgsOrExplain } from "../args.js";
import { type AuthDeps, defaultAuthDeps } from "../auth/auth-deps.js";
import { apiBaseUrl } from "../auth/resolve-token.js";
import { storeContext } from "../auth/store-context.js";
import { describeLocation } from "../auth/token-location.js";
import { removeToken } from "../auth/token-remover.js";
import { type CliIo, EXIT_OK, EXIT_USAGE } from "../io.js";

export const summary = "Remove the stored GitHub token from everywhere it was stored";

export const help = `Usage: nexs-publish logout [options]

Removes the token \`nexs-publish login\` stored for the GitHub host (GITHUB_API_URL or GITHUB_SERVER_URL;
default github.com): from the OS keyring and from nexs-publish's token files. No passphrase is needed.
GitHub keeps honouring the token until it expires or you revoke it there.

Options:
  -h, --help  show this help

Exit status: 0 removed (or nothing was stored), 2 a store could not be emptied, or a usage problem.
`;

export function run(args: readonly string[], io: CliIo): Promise<number> {
  return logout(args, io, defaultAuthDeps());
}

export async function logout(args: readonly string[], io: CliIo, deps: AuthDeps): Promise<number> {
  const { values } = parseArgsOrExplain({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const apiUrl = apiBaseUrl(io.env);
  const host = new URL(apiUrl).host;
  const { removed, failed } = await removeToken(storeContext(io.env, deps), host);
  for (const location of removed)
    io.stdout.write(`Removed the token for ${host} from ${describeLocation(location)}.\n`);
  if (removed.length === 0 && failed.length === 0) io.stdout.write(`No token was stored for ${host}.\n`);
  if (removed.length > 0)
    io.stdout.write(
      `GitHub still honours it until it expires or you revoke it: ${serverUrlForApi(apiUrl)}/settings/applications\n`,
    );
  if (io.env["GITHUB_TOKEN"])
    io.stderr.write("Note: GITHUB_TOKEN is set in this environment; logout does not touch it.\n");
  for (const { location, reason } of failed)
    io.stderr.write(`nexs-publish: could not remove the token from ${describeLocation(location)}: ${reason}\n`);
  return failed.length > 0 ? EXIT_USAGE : EXIT_OK;
}
