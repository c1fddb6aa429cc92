import { join, resolve } from "node:path";
import { countOf } from "../../core/common/plural.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../core/element/source.js";
import { validateTree } from "../../core/element/validate-tree.js";
import { ELEMENT_LAYOUTS, isElementLayout } from "../../core/interop/layouts.js";
import {
  type LayoutWrite,
  layoutCountsText,
  layoutStateText,
  writeElementLayout,
} from "../../core/interop/write-layout.js";
import { displayPath } from "../../core/report/display-path.js";
import { oneLine } from "../../core/report/human.js";
import { RepositoryError } from "../../core/repository/element-repository.js";
import { parseArgsOrExplain } from "../args.js";
import { maxFileSizeOption, requirePaths } from "../file-inputs.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from "../io.js";

export const summary = "Write valid elements as a NEXS MCP server loads them from its data directory";

export const help = `Usage: nexs-publish export <paths...> --into <dir> [options]

Validates the element files in the given files and directories and writes the valid ones under <dir> in the
layout and key names the NEXS MCP server loads, so a collection's elements can be dropped into a server's data
directory: <type>/<YYYY-MM-DD of created_at>/<id as the server names files>.yaml, metadata keys isactive,
createdat and updatedat (isactive: true when the element says nothing). Files with errors are not exported.
All files are written, or none.

Arguments:
  paths                    files or directories (.yaml, .yml)

Options:
  --into <dir>             the directory to write into (required), e.g. the server's data directory
  --layout <layout>        nexs-server (default), or elements: <type>/<YYYY-MM-DD>/<id>.yaml with the files as
                           they are
  --strict                 unknown data keys and unresolved references are errors (such files are not exported)
  --dry-run                report which files would be created or updated and which are unchanged; write nothing
  --max-file-size <bytes>  refuse larger files (default: ${DEFAULT_MAX_FILE_SIZE})
  -h, --help               show this help

Exit status: 0 every element exported, 1 some file had errors (the others were exported), 2 usage or I/O
problem (nothing is written then).
`;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgsOrExplain({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      into: { type: "string" },
      layout: { type: "string", default: "nexs-server" },
      strict: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      "max-file-size": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  const layout = values.layout;
  if (!isElementLayout(layout))
    throw new UsageError(`--layout must be one of ${ELEMENT_LAYOUTS.join(", ")}, not "${layout}"`);
  if (values.into === undefined) throw new UsageError("--into <dir> is required: the directory to export into");
  const into = resolve(io.cwd, values.into);
  const maxFileSize = maxFileSizeOption(values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  await requirePaths(positionals, io.cwd);

  const report = await validateTree(positionals, { strict: values.strict, maxFileSize, cwd: io.cwd });
  const errors = report.diagnostics.filter((d) => d.severity === "error");
  const decoder = new TextDecoder();
  const elements = report.elements.map((e) => ({ file: e.file, text: decoder.decode(e.bytes), element: e.element }));
  const dryRun = values["dry-run"];
  let written: LayoutWrite;
  try {
    written = await writeElementLayout(into, layout, elements, { dryRun });
  } catch (error) {
    if (!(error instanceof RepositoryError)) throw error;
    io.stderr.write(`nexs-publish: ${error.message.split("\n")[0]}\n`);
    return EXIT_USAGE;
  }

  const show = (path: string) => displayPath(join(into, path), io.cwd);
  const lines: string[] = [];
  for (const d of errors) lines.push(`${oneLine(d.file)}:${d.line}:${d.column} error ${d.code} ${oneLine(d.message)}`);
  for (const p of written.problems) lines.push(`${oneLine(p.file)}: not exported: ${oneLine(p.message)}`);
  for (const f of written.files) {
    lines.push(`${oneLine(f.file)} → ${oneLine(show(f.path))} (${layoutStateText(f.state, dryRun)})`);
  }
  const skipped = new Set([...errors.map((d) => d.file), ...written.problems.map((p) => p.file)]).size;
  const failed = skipped > 0;
  const counts = layoutCountsText(written.files, dryRun);
  lines.push(
    `${failed ? "✖" : "✔"} ${countOf(written.files.length, "element")} exported to ` +
      `${oneLine(displayPath(into, io.cwd))}` +
      ` (${layout} layout${counts ? `: ${counts}` : ""})${failed ? `; ${countOf(skipped, "file")} not exported` : ""}` +
      `${dryRun ? " (dry run: nothing was written)" : ""}`,
  );
  io.stdout.write(`${lines.join("\n")}\n`);
  return failed ? EXIT_INVALID : EXIT_OK;
}
