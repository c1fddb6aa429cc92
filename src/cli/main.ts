#!/usr/bin/env node
import { errnoCode } from "../core/common/errno-code.js";
import { redactText } from "../core/redact/redactor.js";
import { visibleLine } from "../core/report/visible-text.js";
import { serveValidationWorker } from "../threads/validate-threads.js";
// Entry of the `nexs-publish` command (bundled to dist/cli/index.js). Anything unexpected still ends as one
// line and exit status 2: a user never sees a stack trace unless NEXS_PUBLISH_DEBUG is set.
import { keyringCallsLeftRunning } from "./auth/keyring.js";
import { EXIT_USAGE } from "./io.js";
import { runCli } from "./run.js";

// The same bundle runs the validation worker threads: there it serves batches and runs no command.
if (!serveValidationWorker()) await main();

async function main(): Promise<void> {
  // `nexs-publish validate | head` closes the pipe early: that is not an error worth a trace.
  process.stdout.on("error", (error) => {
    if (errnoCode(error) === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`nexs-publish: cannot write the output: ${error.message}\n`);
    process.exit(EXIT_USAGE);
  });

  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      cwd: process.cwd(),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`nexs-publish: ${visibleLine(redactText(message.split("\n")[0] ?? ""))}\n`);
    if (process.env["NEXS_PUBLISH_DEBUG"] && error instanceof Error && error.stack)
      process.stderr.write(`${redactText(error.stack)}\n`);
    process.exitCode = EXIT_USAGE;
  }
  // A keyring call that timed out may still hold a native thread, which would keep the process alive.
  if (keyringCallsLeftRunning() > 0) process.exit();
}
