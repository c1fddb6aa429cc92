import { lstat } from "node:fs/promises";
import { resolve } from "node:path";
import { errnoCode } from "../../core/common/errno-code.js";
import { parsePositiveInteger } from "../../core/common/positive-integer.js";
import { countBySeverity, type Diagnostic } from "../../core/diagnostic/diagnostic.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../core/element/source.js";
import { validateTree } from "../../core/element/validate-tree.js";
import { displayPath } from "../../core/report/display-path.js";
import { formatHuman } from "../../core/report/human.js";
import { formatJson } from "../../core/report/json.js";
import { sarifText } from "../../core/report/sarif.js";
import {
  MAX_WORKERS_ASKED,
  MIN_FILES_FOR_WORKERS,
  parseWorkerCount,
  validateReader,
  validateWorkers,
} from "../../threads/validate-threads.js";
import { parseArgsOrExplain } from "../args.js";
import { wantsColor } from "../color.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, UsageError } from "../io.js";
import { startProgress } from "../progress.js";

export const DEFAULT_PATH = "elements";
const FORMATS = ["human", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

export const summary = "Check element files: YAML safety, schemas, secrets, ids and references";

export const help = `Usage: nexs-publish validate [paths...] [options]

Checks NEXS MCP element files (.yaml, .yml) in the given files and directories: safe YAML, the schema
of each element type, secrets, duplicate ids and references between elements. A collection.yaml given as a
path, or at the top of a given directory, is checked as the collection manifest a NEXS MCP server installs.

Arguments:
  paths                    files or directories to check (default: ${DEFAULT_PATH})

Options:
  --strict                 unknown data keys and unresolved references are errors, not warnings
  --allow-install-hooks    a collection.yaml may have command install hooks (each is reported for review)
  --format <format>        human (default), json or sarif (SARIF 2.1.0, for GitHub code scanning)
  --max-file-size <bytes>  refuse larger files (default: ${DEFAULT_MAX_FILE_SIZE})
  --workers <n>            threads that check files besides this one, 0 to ${MAX_WORKERS_ASKED} (default: from the
                           number of cores and files; none below ${MIN_FILES_FOR_WORKERS} files)
  -h, --help               show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O problem.
`;

interface ValidateArgs {
  paths: string[];
  strict: boolean;
  allowInstallHooks: boolean;
  format: Format;
  maxFileSize: number;
  /** Undefined: as many as suit the machine and the tree. */
  workers: number | undefined;
  help: boolean;
}

export function parseValidateArgs(args: readonly string[]): ValidateArgs {
  const parsed = parseArgsOrExplain({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      strict: { type: "boolean", default: false },
      "allow-install-hooks": { type: "boolean", default: false },
      format: { type: "string", default: "human" },
      "max-file-size": { type: "string" },
      workers: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const { values, positionals } = parsed;
  const format = FORMATS.find((f) => f === values.format);
  if (!format) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`);
  const sizeText = values["max-file-size"];
  const maxFileSize = sizeText === undefined ? DEFAULT_MAX_FILE_SIZE : parsePositiveInteger(sizeText);
  if (maxFileSize === undefined)
    throw new UsageError(`--max-file-size must be a whole number of bytes greater than 0, not "${sizeText}"`);
  const workersText = values.workers;
  const workers = workersText === undefined ? undefined : parseWorkers(workersText);
  return {
    paths: positionals.length > 0 ? positionals : [DEFAULT_PATH],
    strict: values.strict,
    allowInstallHooks: values["allow-install-hooks"],
    format,
    maxFileSize,
    workers,
    help: values.help,
  };
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseValidateArgs(args);
  if (options.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  await requireExisting(options.paths, io.cwd);

  const progress = startProgress(io.stderr, "validating");
  // Only findings are printed: the valid elements' bytes need not be kept (memory stays bounded by findings).
  const validation = {
    strict: options.strict,
    allowInstallHooks: options.allowInstallHooks,
    maxFileSize: options.maxFileSize,
    cwd: io.cwd,
    keepElements: false,
    onProgress: progress.update,
    helpers: validateWorkers(options.workers),
    reader: validateReader(options.workers),
  };
  const report = await validateTree(options.paths, validation).finally(() => progress.stop());

  const diagnostics = report.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
  io.stdout.write(render(options.format, report.files, diagnostics, wantsColor(io.stdout.isTTY, io.env)));
  return countBySeverity(diagnostics).errors > 0 ? EXIT_INVALID : EXIT_OK;
}

function parseWorkers(text: string): number {
  const count = parseWorkerCount(text);
  if (count === undefined)
    throw new UsageError(`--workers must be a whole number from 0 to ${MAX_WORKERS_ASKED}, not "${text}"`);
  return count;
}

function render(format: Format, files: number, diagnostics: readonly Diagnostic[], color: boolean): string {
  switch (format) {
    case "human":
      return formatHuman(files, diagnostics, { color });
    case "json":
      return formatJson(files, diagnostics);
    case "sarif":
      return sarifText(diagnostics);
  }
}

/**
 * A path that does not exist is a usage problem (exit 2), not a finding about element files. Anything else (a
 * symlink, even a loop; a name too long) gets the finding the walker gives the same file: lstat, not stat.
 */
async function requireExisting(paths: readonly string[], cwd: string): Promise<void> {
  for (const path of paths) {
    try {
      await lstat(resolve(cwd, path));
    } catch (error) {
      const code = errnoCode(error);
      if (code !== "ENOENT" && code !== "ENOTDIR") continue;
      const reason = "no such file or directory";
      throw new UsageError(
        `${path}: ${reason}${path === DEFAULT_PATH ? " (give the files or directories to check)" : ""}`,
      );
    }
  }
}
