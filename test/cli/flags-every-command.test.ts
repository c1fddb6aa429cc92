// Every command of the CLI bundle, as a user runs it: --help prints the command's help and exits 0; an unknown
// flag, a missing (or unexpected) argument and a flag without its value end in exactly one line on stderr, exit 2.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../bundle/run-cli.js";
import { tempDir } from "../support/tmp-dir.js";

interface Row {
  command: string[];
  /** A required argument left out; for commands that need none, one they do not take. */
  missing: string[];
  /** A flag that takes a value, given none. */
  noValue: string[];
  missingMessage: RegExp;
  /** A value flag given twice (none when the command has no value flag): refused, never last-wins. */
  twice?: string[];
}

const TABLE: Row[] = [
  {
    command: ["validate"],
    missing: ["no-such-dir"],
    noValue: ["--format"],
    missingMessage: /no-such-dir: no such file/,
    twice: ["--format", "json", "--format", "human"],
  },
  {
    command: ["plan"],
    missing: [],
    noValue: ["--collection"],
    missingMessage: /--collection is required/,
    twice: ["--base", "a", "--base", "b"],
  },
  {
    command: ["publish"],
    missing: [],
    noValue: ["--collection"],
    missingMessage: /--collection is required/,
    twice: ["--collection", "a/b", "--collection=c/d"],
  },
  {
    command: ["status"],
    missing: [],
    noValue: ["--collection"],
    missingMessage: /--collection is required/,
    twice: ["--interval", "5", "--interval", "6"],
  },
  {
    command: ["pull"],
    missing: [],
    noValue: ["--collection"],
    missingMessage: /--collection is required/,
    twice: ["--into", "a", "--into", "b"],
  },
  {
    command: ["login"],
    missing: [],
    noValue: ["--client-id"],
    missingMessage: /no client id: pass --client-id/,
    twice: ["--client-id", "a", "--client-id", "b"],
  },
  { command: ["logout"], missing: ["extra"], noValue: ["--help=yes"], missingMessage: /Unexpected argument 'extra'/ },
  {
    command: ["whoami"],
    missing: ["extra"],
    noValue: ["--token"],
    missingMessage: /Unexpected argument 'extra'/,
    twice: ["--token", "a", "--token", "b"],
  },
  {
    command: ["import"],
    missing: [],
    noValue: ["x.yaml", "--into"],
    missingMessage: /give the files or directories/,
    twice: ["x.yaml", "--into", "a", "--into", "b"],
  },
  {
    command: ["export"],
    missing: ["x.yaml"],
    noValue: ["x.yaml", "--into"],
    missingMessage: /--into <dir> is required/,
    twice: ["x.yaml", "--layout", "elements", "--layout", "nexs-server"],
  },
  {
    command: ["collection"],
    missing: [],
    noValue: ["init", "--name"],
    missingMessage: /give a collection command: init/,
    twice: ["init", "--name", "a", "--name", "b"],
  },
];

const home = tempDir("nexs-flags-");
// No token, no keyring, a config home of its own: nothing on this machine is read or written.
const env = { HOME: home, XDG_CONFIG_HOME: join(home, "config"), NEXS_KEYRING: "off" };
const cli = (args: string[]) => runCli(args, { cwd: home, env });

async function oneLine(args: string[]): Promise<string> {
  const run = await cli(args);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^nexs-publish: [^\n]+\n$/);
  return run.stderr;
}

describe.each(TABLE)("nexs-publish $command.0 (CLI bundle)", (row) => {
  it("--help prints its help and exits 0", async () => {
    for (const help of ["--help", "-h"]) {
      const run = await cli([...row.command, help]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: nexs-publish ${row.command[0]}[ \\n]`));
      expect(run.stdout).toMatch(/\n {2}-h, --help +show this help\n/);
      expect(run.stderr).toBe("");
    }
  });

  it("an unknown flag: one line, exit 2", async () => {
    expect(await oneLine([...row.command, ...(row.command[0] === "collection" ? ["init"] : []), "--frobnicate"])).toBe(
      "nexs-publish: Unknown option '--frobnicate' (see --help)\n",
    );
  });

  it("a missing argument: one line, exit 2", async () => {
    expect(await oneLine([...row.command, ...row.missing])).toMatch(row.missingMessage);
  });

  it.runIf(row.twice)("a value flag given twice: one line naming it, exit 2", async () => {
    const twice = row.twice ?? [];
    const flag = twice.find((arg) => arg.startsWith("--") && arg !== "--")?.split("=")[0] ?? "";
    expect(await oneLine([...row.command, ...twice])).toBe(
      `nexs-publish: ${flag} was given twice: give it once (see --help)\n`,
    );
  });

  it("a flag missing its value: one line, exit 2", async () => {
    expect(await oneLine([...row.command, ...row.noValue])).toMatch(
      /^nexs-publish: Option '.*' (argument missing|does not take an argument)\n$/,
    );
  });
});
