// The App as a Node request handler, for hosts that bring their own HTTP server (serverless functions, an
// Express app). It answers only on the webhook path and calls `next` for anything else; no /ping here.
import { createNodeMiddleware, Probot } from "probot";
import type { Env } from "../core/common/env.js";
import { type NexsAppOptions, nexsApp } from "./app.js";
import { type AppConfig, readConfig } from "./config.js";
import { createLogger } from "./log.js";
import { type ProbotWiring, probotOptions } from "./probot-options.js";

/** (request, response, next?) => handled: Probot's own handler type. */
export type NexsMiddleware = Awaited<ReturnType<typeof createNodeMiddleware>>;

export type MiddlewareWiring = ProbotWiring & NexsAppOptions;

/** Reads the configuration from `env` (throws ConfigError) and builds the handler. */
export async function createNexsMiddleware(
  env: Env = process.env,
  wiring: MiddlewareWiring = {},
): Promise<NexsMiddleware> {
  return createMiddlewareFromConfig(readConfig(env), wiring);
}

export async function createMiddlewareFromConfig(
  config: AppConfig,
  wiring: MiddlewareWiring = {},
): Promise<NexsMiddleware> {
  // The service's logger here too: a serverless host's log gets the same redacted, bounded lines.
  const log = wiring.log ?? (await createLogger(config));
  const probot = new Probot(probotOptions(config, { ...wiring, log }));
  return createNodeMiddleware(nexsApp(config, wiring), { probot, webhooksPath: config.webhookPath });
}
