// Entry of the Action (bundled to dist/action/index.js). The `command` input picks what to do; every failure
// ends the step through core.setFailed with one message, never an unhandled rejection.
import * as core from "@actions/core";
import * as publish from "./commands/publish.js";
import * as validate from "./commands/validate.js";
import { InputError, stringInput } from "./inputs.js";

type Command = (env: Readonly<Record<string, string | undefined>>) => Promise<void>;

// One entry per command; publish and track join here (src/action/commands/<name>.ts).
const COMMANDS = new Map<string, Command>([
  ["validate", validate.run],
  ["publish", publish.run],
]);

try {
  const name = stringInput("command", "validate");
  const command = COMMANDS.get(name);
  if (!command) throw new InputError(`input "command" must be one of ${[...COMMANDS.keys()].join(", ")}, not "${name}"`);
  await command(process.env);
} catch (error) {
  if (error instanceof InputError) {
    core.setFailed(error.message);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`nexs-publish: ${message.split("\n")[0]}`);
  }
}
