import { join, resolve } from "node:path";
import { DEFAULT_MAX_FILE_SIZE } from "../../core/element/source.js";
import { applyImport, type ImportTarget } from "../../core/interop/apply-import.js";
import { formatImportReport, importTally } from "../../core/interop/import-report.js";
import { planImport } from "../../core/interop/plan-import.js";
import { displayPath } from "../../core/report/display-path.js";
import { oneLine } from "../../core/report/human.js";
import { RepositoryError } from "../../core/repository/element-repository.js";
import { FileElementRepository } from "../../core/repository/file-repository.js";
import { parseArgsOrExplain } from "../args.js";
import { maxFileSizeOption, readInputFiles, requirePaths } from "../file-inputs.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../io.js";

export const summary = "Convert NEXS MCP server files and flat samples into element files";

export const help = `Usage: nexs-publish import <paths...> [options]

Converts element files in the shapes NEXS MCP users already have into the element contract:
  - files the NEXS MCP server wrote (metadata keys isactive, createdat, updatedat): keys renamed; timestamps,
    custom and ids kept;
  - flat samples (id, name, type... at the top level): fields mapped where the meaning is the same, everything
    else kept under metadata.custom, never dropped.
Comments are kept. Each file gets a report: what was mapped, what was kept aside, what still needs a person.
Files in neither shape, and element files, are left alone. Running it again changes nothing.

Arguments:
  paths                    files or directories (.yaml, .yml)

Options:
  --into <dir>             write the elements under <dir>/<type>/<YYYY-MM-DD>/<id>.yaml (the file element
                           repository) instead of converting each file where it is
  --rename-ids             give ids that break the id rule the nearest valid one, and rewrite references to them
  --dry-run                report what would be written, write nothing
  --max-file-size <bytes>  refuse larger files (default: ${DEFAULT_MAX_FILE_SIZE})
  -h, --help               show this help

Exit status: 0 every file converted and valid, 1 something needs a person (or was left alone), 2 usage or
I/O problem (nothing is written then).
`;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgsOrExplain({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      into: { type: "string" },
      "rename-ids": { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      "max-file-size": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const maxFileSize = maxFileSizeOption(values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  await requirePaths(positionals, io.cwd);
  const dryRun = values["dry-run"];
  const input = readInputFiles(positionals, io.cwd, maxFileSize);
  const plan = planImport(input.sources, { renameIds: values["rename-ids"], maxFileSize });

  const into = values.into === undefined ? undefined : resolve(io.cwd, values.into);
  let outcomes: Awaited<ReturnType<typeof applyImport>>;
  try {
    const target: ImportTarget = into
      ? { kind: "into", repository: (await FileElementRepository.open(into)).repository }
      : { kind: "in-place", paths: input.absolute };
    outcomes = await applyImport(plan, target, dryRun);
  } catch (error) {
    if (!(error instanceof RepositoryError)) throw error;
    io.stderr.write(`nexs-publish: ${error.message.split("\n")[0]}\n`);
    return EXIT_USAGE;
  }
  const show = (path: string) => (into ? displayPath(join(into, path), io.cwd) : path);
  for (const d of input.diagnostics)
    io.stdout.write(`${oneLine(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${oneLine(d.message)}\n`);
  // A file given that could not be read is a file of the tally too, and an error (✖).
  const unread = new Set(input.diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
  io.stdout.write(formatImportReport(plan, outcomes, { dryRun, show, unread }));
  return importTally(plan, outcomes, unread).failed || input.diagnostics.length > 0 ? EXIT_INVALID : EXIT_OK;
}
