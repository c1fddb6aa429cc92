// Starting and stopping the service process. A configuration problem is one line on stderr and exit code 1,
// before anything listens: no stack trace, no Probot setup mode, no silent fallback. So is a start that fails
// (the port taken, a HOST that is no address here): the line names the variable and what to do.
import type { Env } from "../core/common/env.js";
import { type AppConfig, ConfigError, readConfig } from "./config.js";
import { type RunningServer, startServer } from "./server.js";
import { startupProblem } from "./startup-problem.js";

/** How long a stop waits for running deliveries; Probot itself gives up waiting on a reply after 9 s. */
export const STOP_GRACE_MS = 10_000;
/** After a stop, pending log lines get this long to flush before the process exits regardless. */
const EXIT_FLUSH_MS = 2_000;

export async function main(env: Env = process.env): Promise<void> {
  let config: AppConfig | undefined;
  let running: RunningServer;
  try {
    config = readConfig(env);
    running = await startServer(config);
  } catch (error) {
    refuse(error instanceof ConfigError ? error.message : `cannot start: ${startupProblem(error, config)}`);
    return;
  }
  stopOnSignals(running);
}

function refuse(message: string): void {
  process.stderr.write(`nexs-publish app: ${message}\n`);
  process.exitCode = 1;
}

function stopOnSignals(running: RunningServer): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      running.log.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    const waiting = running.inFlight.count;
    running.log.info(`${signal}: stopping (${waiting} deliveries running, waiting up to ${STOP_GRACE_MS / 1000} s)`);
    running.stop(STOP_GRACE_MS).then(
      ({ clean }) => {
        if (clean) running.log.info("stopped");
        else running.log.warn("stopped; deliveries still running were cut off");
        exitSoon(clean ? 0 : 1);
      },
      (error: unknown) => {
        running.log.error({ err: error }, "stopping failed");
        exitSoon(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

/** Lets the event loop empty (log writes flush); exits anyway if a socket to GitHub still holds it open. */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), EXIT_FLUSH_MS).unref();
}
