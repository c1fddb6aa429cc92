import * as core from "@actions/core";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { DIAGNOSTIC_CODES } from "../../core/element/codes.js";
import { countBySeverity } from "../../core/diagnostic/diagnostic.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../core/element/source.js";
import { validateTree } from "../../core/element/validate-tree.js";
import { displayPath } from "../../core/report/display-path.js";
import { formatHuman } from "../../core/report/human.js";
import { formatJobSummary } from "../../core/report/job-summary.js";
import { toSarif } from "../../core/report/sarif.js";
import { TOOL } from "../../core/report/tool.js";
import { annotate } from "../annotations.js";
import { booleanInput, InputError, positiveIntegerInput, stringInput, workspace, workspacePathInput } from "../inputs.js";
import { logUntrusted } from "../log.js";

/** `command: validate`: check the element files under `path`; fail the step when any has an error. */
export async function run(env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const root = workspace(env);
  const path = workspacePathInput("path", "elements", root);
  const strict = booleanInput("strict", false);
  const maxFileSize = positiveIntegerInput("max-file-size", DEFAULT_MAX_FILE_SIZE);
  const sarifText = stringInput("sarif-file", "");
  const sarifFile = sarifText === "" ? undefined : resolve(root, sarifText);
  try {
    await stat(resolve(root, path));
  } catch {
    throw new InputError(`input "path": "${path}" does not exist in the workspace (${root}); check out the repository first or set path`);
  }

  const report = await validateTree([path], { strict, maxFileSize, cwd: root });
  // Annotations and SARIF want paths relative to the repository root, which is the workspace.
  const diagnostics = report.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, root) }));
  const { errors, warnings } = countBySeverity(diagnostics);

  logUntrusted(formatHuman(report.files, diagnostics, { color: false }));
  annotate(diagnostics);
  if (sarifFile) {
    await mkdir(dirname(sarifFile), { recursive: true });
    await writeFile(sarifFile, `${JSON.stringify(toSarif(diagnostics, { tool: TOOL, meanings: DIAGNOSTIC_CODES }), null, 2)}\n`);
  }
  if (env["GITHUB_STEP_SUMMARY"]) {
    await core.summary.addRaw(formatJobSummary({ files: report.files, diagnostics, byType: report.byType })).write();
  }

  core.setOutput("valid", String(errors === 0));
  core.setOutput("files", String(report.files));
  core.setOutput("errors", String(errors));
  core.setOutput("warnings", String(warnings));
  if (errors > 0) core.setFailed(`${errors} ${errors === 1 ? "error" : "errors"} in ${report.files} element files: see the annotations and the job summary`);
}
