// Entry of the Action (bundled to dist/action/index.js). The `command` input picks what to do; every failure
// ends the step through core.setFailed with one message, never an unhandled rejection.
import * as core from "@actions/core";
import type { Env } from "../core/common/env.js";
import { serveValidationWorker } from "../threads/validate-threads.js";
import * as publish from "./commands/publish.js";
import * as track from "./commands/track.js";
import * as validate from "./commands/validate.js";
import { failureMessage } from "./failure-message.js";
import { type CommandName, INPUTS } from "./input-spec.js";
import { InputError } from "./inputs.js";
import { safeText } from "./log.js";

type Command = (env: Env) => Promise<void>;

// One entry per command of the input record (src/action/commands/<name>.ts).
const COMMANDS: Record<CommandName, Command> = {
  validate: validate.run,
  publish: publish.run,
  track: track.run,
};

// The same bundle runs the validation worker threads: there it serves batches and runs no command.
if (!serveValidationWorker()) await main();

async function main(): Promise<void> {
  try {
    const name = INPUTS.command.parse(core.getInput("command") || INPUTS.command.default, "command", { workspace: "" });
    await COMMANDS[name](process.env);
  } catch (error) {
    if (!(error instanceof InputError) && error instanceof Error && error.stack) core.debug(safeText(error.stack));
    core.setFailed(failureMessage(error));
  }
}
