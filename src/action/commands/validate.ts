import { closeSync, constants, openSync, writeSync } from "node:fs";
import { lstat } from "node:fs/promises";
import { resolve } from "node:path";
import * as core from "@actions/core";
import type { Env } from "../../core/common/env.js";
import { validateTree } from "../../core/element/validate-tree.js";
import { sarifOutput } from "../../core/report/sarif.js";
import { validateReader, validateWorkers } from "../../threads/validate-threads.js";
import { INPUTS } from "../input-spec.js";
import { InputError, readInput, workspace } from "../inputs.js";
import { reportDiagnostics, writeValidationSummary } from "../report-diagnostics.js";

// Written without following a symlink: one put there after the inputs were checked must not redirect the write.
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

/** `command: validate`: check the element files under `path`; fail the step when any has an error. */
export async function run(env: Env): Promise<void> {
  const context = workspace(env);
  const root = context.workspace;
  // Every input is read (and a bad one refused) before any work.
  const path = readInput(INPUTS.path, context);
  const strict = readInput(INPUTS.strict, context);
  const maxFileSize = readInput(INPUTS["max-file-size"], context);
  const sarifInput = readInput(INPUTS["sarif-file"], context);
  const allowInstallHooks = readInput(INPUTS["allow-install-hooks"], context);
  const workers = readInput(INPUTS.workers, context);
  const sarifFile = sarifInput === "" ? undefined : resolve(root, sarifInput);
  try {
    await lstat(resolve(root, path));
  } catch {
    throw new InputError(
      `input "path": "${path}" does not exist in the workspace (${root}); check out the repository first or set path`,
    );
  }

  const report = await validateTree([path], {
    strict,
    maxFileSize,
    cwd: root,
    keepElements: false,
    allowInstallHooks,
    helpers: validateWorkers(workers),
    reader: validateReader(workers),
  });
  const { diagnostics, errors, warnings } = reportDiagnostics(report, root);
  let sarif: { results: number } | undefined;
  if (sarifFile) {
    const output = sarifOutput(diagnostics);
    writeSarif(sarifFile, sarifInput, output.text);
    sarif = { results: output.results };
  }
  await writeValidationSummary(env, report, diagnostics, [], sarif);

  core.setOutput("valid", String(errors === 0));
  core.setOutput("files", String(report.files));
  core.setOutput("errors", String(errors));
  core.setOutput("warnings", String(warnings));
  if (errors > 0)
    core.setFailed(
      `${errors} ${errors === 1 ? "error" : "errors"} in ${report.files} element files: see the annotations and the job summary`,
    );
}

function writeSarif(file: string, given: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(file, WRITE_FLAGS, 0o644);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "error";
    throw new InputError(`input "sarif-file": "${given}" could not be written (${code})`);
  }
  try {
    const bytes = Buffer.from(text, "utf8");
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  } finally {
    closeSync(fd);
  }
}
