import { setTimeout as sleep } from "node:timers/promises";
import * as core from "@actions/core";
import type { Env } from "../../core/common/env.js";
import type { Logger } from "../../core/common/logger.js";
import { countOf } from "../../core/common/plural.js";
import { countsText } from "../../core/publish/counts-text.js";
import { formatPublishSummary } from "../../core/publish/job-summary.js";
import { createGitHubClient } from "../../github/client.js";
import { publish } from "../../github/publish/publish.js";
import { logUntrusted, safeText } from "../log.js";
import { readPublishInputs } from "../publish-inputs.js";
import { reportDiagnostics, writeValidationSummary } from "../report-diagnostics.js";

const log: Logger = {
  debug: (message) => core.debug(safeText(message)),
  info: (message) => core.info(safeText(message)),
  warn: (message) => core.warning(safeText(message)),
  error: (message) => core.error(safeText(message)),
};

/**
 * Octokit reports every failed request as an error, expected ones too (a 404 for a state document that does not
 * exist yet). Those go to the debug log; what matters reaches the user once, as the step's failure.
 */
const octokitLog: Logger = { ...log, error: (message) => core.debug(safeText(message)) };

/** `command: publish`: validate, then open or update the one pull request on the collection. */
export async function run(env: Env): Promise<void> {
  const { token, apiUrl, options } = readPublishInputs(env);
  const client = createGitHubClient({ token, ...(apiUrl !== undefined && { baseUrl: apiUrl }), log: octokitLog });
  const result = await publish(client, options, {
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    random: Math.random,
    log,
  });

  // Publish validates first: its findings are annotated and counted as `validate` does, warnings included.
  const { diagnostics, errors, warnings } = reportDiagnostics(result.validation, options.cwd, true);
  core.setOutput("valid", String(errors === 0));
  core.setOutput("files", String(result.validation.files));
  core.setOutput("errors", String(errors));
  core.setOutput("warnings", String(warnings));

  if (result.kind === "refused") {
    for (const problem of result.problems) core.error(safeText(problem));
    await writeValidationSummary(env, result.validation, diagnostics, result.problems);
    core.setFailed(
      errors > 0
        ? `${countOf(errors, "error")} in the element files: nothing was published; see the annotations and the job summary`
        : `nothing was published: ${safeText(result.problems.join("; "))}`,
    );
    return;
  }

  const pr = result.pullRequest;
  core.setOutput("pull-request-number", pr ? String(pr.number) : "");
  core.setOutput("pull-request-url", pr?.url ?? "");
  core.setOutput("pull-request-operation", result.operation);
  core.setOutput("pull-request-head-sha", pr?.headSha ?? "");
  core.setOutput("pull-request-branch", pr?.branch ?? "");
  core.setOutput("submission", result.submission ?? "");
  core.setOutput("plan", JSON.stringify(result.counts));
  logUntrusted(
    [
      `${result.dryRun ? "Dry run: " : ""}${countsText(result.counts)}.`,
      ...result.rows
        .filter((row) => row.outcome !== "unchanged")
        .map(
          (row) =>
            `${row.id} (${row.path}): ${row.outcome}${row.resolution ? ` → ${row.resolution}` : ""}: ${row.reason}`,
        ),
      pr ? `Pull request #${pr.number} (${result.operation}): ${pr.url}` : "No pull request: nothing to propose.",
    ].join("\n"),
  );
  // The annotations' notice points at the job summary for the findings past the first ten.
  if (diagnostics.length > 0) await writeValidationSummary(env, result.validation, diagnostics);
  if (env["GITHUB_STEP_SUMMARY"]) await core.summary.addRaw(formatPublishSummary(result)).write();
  if (result.blocking > 0) {
    core.setFailed(
      `${result.blocking} ${result.blocking === 1 ? "element was" : "elements were"} left out and need a person (conflicts or ids already in the collection): see the job summary`,
    );
  }
}
