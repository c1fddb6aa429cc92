import { readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { errnoCode } from "../../core/common/errno-code.js";
import { countOf } from "../../core/common/plural.js";
import { diskClassifier, diskTree } from "../../core/element/collection-disk.js";
import { checkCollectionManifest } from "../../core/element/collection-manifest.js";
import { surveyGlob } from "../../core/element/collection-survey.js";
import { DEFAULT_PATH_TEMPLATE } from "../../core/element/identity.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../core/element/source.js";
import { collectionManifestText, elementGlobs } from "../../core/interop/collection-init.js";
import { displayPath } from "../../core/report/display-path.js";
import { oneLine } from "../../core/report/human.js";
import { RepositoryError } from "../../core/repository/element-repository.js";
import { writeFileSet } from "../../core/repository/file-set.js";
import { parseArgsOrExplain } from "../args.js";
import { maxFileSizeOption, requirePaths } from "../file-inputs.js";
import { pathTemplateFlag } from "../flags.js";
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from "../io.js";

export const summary = "Write the collection.yaml a NEXS MCP server installs a collection from";

export const help = `Usage: nexs-publish collection init [dir] [options]

Writes <dir>/collection.yaml (default dir: .), the manifest a NEXS MCP server reads when it installs a
collection from github://owner/repo. Its elements are one glob per type that matches the publish path
template (elements/persona/*.yaml...), so adding an element never needs an edit; its stats count what the
globs match. Run it again to refresh elements and stats: every other field, and comments, are kept.
\`nexs-publish validate\` checks the manifest (fields, versions, globs, dependencies, install hooks).

Options:
  --path-template <t>      where elements live (default: ${DEFAULT_PATH_TEMPLATE}); as for publish
  --name <name>            the collection's name (default: the directory's name, lowercased with hyphens)
  --version <semver>       its version (default: 0.1.0 for a new manifest)
  --author <author>        its author (default: the most common author of its elements)
  --description <text>     its description (default: a count of its elements)
  --allow-install-hooks    the manifest may have command install hooks (each is reported for review, as
                           validate --allow-install-hooks reports it); without it each one is an error
  --dry-run                print the manifest instead of writing it
  --max-file-size <bytes>  refuse larger element files (default: ${DEFAULT_MAX_FILE_SIZE})
  -h, --help               show this help

Exit status: 0 written (or unchanged) and valid (warnings allowed), 1 written but validate finds an error in it
(a command install hook without --allow-install-hooks, say), 2 usage or I/O problem.
`;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined) throw new UsageError("give a collection command: init (see --help)");
  if (sub === "-h" || sub === "--help") {
    io.stdout.write(help);
    return EXIT_OK;
  }
  if (sub !== "init") throw new UsageError(`unknown collection command "${sub}" (commands: init; see --help)`);
  const { values, positionals } = parseArgsOrExplain({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      "path-template": { type: "string", default: DEFAULT_PATH_TEMPLATE },
      name: { type: "string" },
      version: { type: "string" },
      author: { type: "string" },
      description: { type: "string" },
      "allow-install-hooks": { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      "max-file-size": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout.write(help);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError("give one directory (see --help)");
  const dir = resolve(io.cwd, positionals[0] ?? ".");
  await requirePaths([dir], io.cwd);
  const maxFileSize = maxFileSizeOption(values["max-file-size"], DEFAULT_MAX_FILE_SIZE);
  const globs = elementGlobs(pathTemplateFlag(values["path-template"]));
  if ("problem" in globs) throw new UsageError(globs.problem);

  const path = join(dir, "collection.yaml");
  const existing = await readFile(path, "utf8").catch((error: unknown) => {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw new UsageError(`${displayPath(path, io.cwd)} cannot be read (${errnoCode(error) ?? "error"})`);
  });
  const manifest = collectionManifestText({
    existing,
    globs: globs.map((g) => ({ ...g, files: surveyGlob(dir, g.glob, g.type, maxFileSize) })),
    directoryName: basename(dir),
    fields: { name: values.name, version: values.version, author: values.author, description: values.description },
  });
  if (!manifest.ok) throw new UsageError(`${displayPath(dir, io.cwd) || "."}: ${manifest.problem}`);
  if (values["dry-run"]) {
    io.stdout.write(manifest.text);
    return EXIT_OK;
  }
  let state: string;
  try {
    const result = await writeFileSet([{ path, text: manifest.text }]);
    state = result.unchanged.length > 0 ? "unchanged" : existing === undefined ? "written" : "updated";
  } catch (error) {
    if (!(error instanceof RepositoryError)) throw error;
    io.stderr.write(`nexs-publish: ${error.message.split("\n")[0]}\n`);
    return EXIT_USAGE;
  }
  const shown = displayPath(path, io.cwd);
  const check = checkCollectionManifest(
    { file: shown, bytes: new TextEncoder().encode(manifest.text) },
    {
      tree: diskTree(dir),
      classify: diskClassifier(dir, { maxFileSize }),
      manifestPath: "collection.yaml",
      allowInstallHooks: values["allow-install-hooks"],
      maxFileSize,
    },
  );
  const lines = check.diagnostics.map(
    (d) => `${oneLine(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${oneLine(d.message)}`,
  );
  const errors = check.diagnostics.filter((d) => d.severity === "error").length;
  const what = `${countOf(manifest.elements, "element")} in ${countOf(manifest.globs, "glob")}`;
  lines.push(`${errors > 0 ? "✖" : "✔"} ${oneLine(shown)} ${state}: ${what}`);
  io.stdout.write(`${lines.join("\n")}\n`);
  return errors > 0 ? EXIT_INVALID : EXIT_OK;
}
