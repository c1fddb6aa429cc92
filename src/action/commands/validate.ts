import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import type { Env } from "../../core/common/env.js";
import { validateTree } from "../../core/element/validate-tree.js";
import { sarifText } from "../../core/report/sarif.js";
import { INPUTS } from "../input-spec.js";
import { InputError, readInput, workspace } from "../inputs.js";
import { reportDiagnostics, writeValidationSummary } from "../report-diagnostics.js";

/** `command: validate`: check the element files under `path`; fail the step when any has an error. */
export async function run(env: Env): Promise<void> {
  const context = workspace(env);
  const root = context.workspace;
  const path = readInput(INPUTS.path, context);
  const strict = readInput(INPUTS.strict, context);
  const maxFileSize = readInput(INPUTS["max-file-size"], context);
  const sarifInput = readInput(INPUTS["sarif-file"], context);
  const sarifFile = sarifInput === "" ? undefined : resolve(root, sarifInput);
  try {
    await stat(resolve(root, path));
  } catch {
    throw new InputError(
      `input "path": "${path}" does not exist in the workspace (${root}); check out the repository first or set path`,
    );
  }

  const report = await validateTree([path], { strict, maxFileSize, cwd: root });
  const { diagnostics, errors, warnings } = reportDiagnostics(report, root);
  if (sarifFile) {
    await mkdir(dirname(sarifFile), { recursive: true });
    await writeFile(sarifFile, sarifText(diagnostics));
  }
  await writeValidationSummary(env, report, diagnostics);

  core.setOutput("valid", String(errors === 0));
  core.setOutput("files", String(report.files));
  core.setOutput("errors", String(errors));
  core.setOutput("warnings", String(warnings));
  if (errors > 0)
    core.setFailed(
      `${errors} ${errors === 1 ? "error" : "errors"} in ${report.files} element files: see the annotations and the job summary`,
    );
}
