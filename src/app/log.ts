// The server's logger. Probot's getLog is not exported (the package exports only "."), but every Probot builds
// its logger with it from these options: pino writing through @probot/pino's in-process formatter (pretty, or
// JSON lines), never pino.transport(), whose worker threads hang in the ncc bundle. So a throwaway Probot is
// asked for its logger; it makes no request.
import { type Logger, Probot } from "probot";
import type { AppConfig } from "./config.js";

export async function createLogger(
  config: Pick<AppConfig, "appId" | "privateKey" | "logFormat" | "logLevel">,
): Promise<Logger> {
  const probe = new Probot({
    appId: config.appId,
    privateKey: config.privateKey,
    logFormat: config.logFormat,
    logLevel: config.logLevel,
  });
  await probe.ready();
  return probe.log;
}
