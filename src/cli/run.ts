import { TOOL } from "../core/report/tool.js";
import { type CliIo, EXIT_OK, EXIT_USAGE, redactingIo, UsageError } from "./io.js";

interface Command {
  summary: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

// One entry per subcommand, in the order the usage lists them. Each is loaded when it runs: `validate` (and each
// of its worker threads, which start from this same bundle) never pays for the GitHub client the others need.
const COMMANDS = new Map<string, () => Promise<Command>>([
  ["validate", () => import("./commands/validate.js")],
  ["plan", () => import("./commands/plan.js")],
  ["publish", () => import("./commands/publish.js")],
  ["status", () => import("./commands/status.js")],
  ["pull", () => import("./commands/pull.js")],
  ["login", () => import("./commands/login.js")],
  ["logout", () => import("./commands/logout.js")],
  ["whoami", () => import("./commands/whoami.js")],
  ["import", () => import("./commands/import.js")],
  ["export", () => import("./commands/export.js")],
  ["collection", () => import("./commands/collection.js")],
]);

async function usage(): Promise<string> {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length)) + 2;
  const lines = await Promise.all(
    [...COMMANDS].map(async ([name, load]) => `  ${name.padEnd(width)}${(await load()).summary}`),
  );
  return `Usage: nexs-publish <command> [options]

Commands:
${lines.join("\n")}

Options:
  -h, --help     show this help; "nexs-publish <command> --help" for a command's options
  -v, --version  print the version
`;
}

/** Runs one command line; returns the exit status. Usage problems are reported here, in one line. */
export async function runCli(argv: readonly string[], processIo: CliIo): Promise<number> {
  const io = redactingIo(processIo);
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.stdout.write(await usage());
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${TOOL.version}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS.get(first);
  try {
    if (!load)
      throw new UsageError(`unknown command "${first}" (commands: ${[...COMMANDS.keys()].join(", ")}; see --help)`);
    return await (await load()).run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`nexs-publish: ${error.message}\n`);
    return EXIT_USAGE;
  }
}
