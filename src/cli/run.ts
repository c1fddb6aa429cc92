import { TOOL } from "../core/report/tool.js";
import * as collection from "./commands/collection.js";
import * as exportCommand from "./commands/export.js";
import * as importCommand from "./commands/import.js";
import * as login from "./commands/login.js";
import * as logout from "./commands/logout.js";
import * as plan from "./commands/plan.js";
import * as publish from "./commands/publish.js";
import * as pull from "./commands/pull.js";
import * as status from "./commands/status.js";
import * as validate from "./commands/validate.js";
import * as whoami from "./commands/whoami.js";
import { type CliIo, EXIT_OK, EXIT_USAGE, redactingIo, UsageError } from "./io.js";

interface Command {
  summary: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

// One entry per subcommand, in the order the usage lists them.
const COMMANDS = new Map<string, Command>([
  ["validate", validate],
  ["plan", plan],
  ["publish", publish],
  ["status", status],
  ["pull", pull],
  ["login", login],
  ["logout", logout],
  ["whoami", whoami],
  ["import", importCommand],
  ["export", exportCommand],
  ["collection", collection],
]);

function usage(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length)) + 2;
  const list = [...COMMANDS].map(([name, command]) => `  ${name.padEnd(width)}${command.summary}`).join("\n");
  return `Usage: nexs-publish <command> [options]

Commands:
${list}

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
    io.stdout.write(usage());
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${TOOL.version}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.get(first);
  try {
    if (!command)
      throw new UsageError(`unknown command "${first}" (commands: ${[...COMMANDS.keys()].join(", ")}; see --help)`);
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`nexs-publish: ${error.message}\n`);
    return EXIT_USAGE;
  }
}
