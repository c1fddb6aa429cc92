// The App as a Node request handler, for hosts that bring their own HTTP server (serverless functions, an
// Express app). It answers only on the webhook path and calls `next` for anything else; no /ping here.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createNodeMiddleware, Probot } from "probot";
import { nexsApp, type NexsAppOptions } from "./app.js";
import { type AppConfig, type Env, readConfig } from "./config.js";
import { probotOptions, type ProbotWiring } from "./probot-options.js";

export type NexsMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: Error) => void,
) => boolean | void | Promise<void | boolean>;

export type MiddlewareWiring = ProbotWiring & NexsAppOptions;

/** Reads the configuration from `env` (throws ConfigError) and builds the handler. */
export function createNexsMiddleware(env: Env = process.env, wiring: MiddlewareWiring = {}): Promise<NexsMiddleware> {
  return createMiddlewareFromConfig(readConfig(env), wiring);
}

export function createMiddlewareFromConfig(config: AppConfig, wiring: MiddlewareWiring = {}): Promise<NexsMiddleware> {
  const probot = new Probot(probotOptions(config, wiring));
  return createNodeMiddleware(nexsApp(config, wiring), { probot, webhooksPath: config.webhookPath });
}
