// The Probot options shared by the server and the middleware, from the checked configuration.
import type { Logger, Options, ProbotOctokit } from "probot";
import type { AppConfig } from "./config.js";

export interface ProbotWiring {
  /** A logger to use instead of one built from LOG_FORMAT and LOG_LEVEL. */
  log?: Logger;
  /** Another Octokit class: tests pass one with retry and throttling off. */
  Octokit?: typeof ProbotOctokit;
}

export function probotOptions(config: AppConfig, wiring: ProbotWiring = {}): Options {
  return {
    appId: config.appId,
    privateKey: config.privateKey,
    // Always ours: without it Probot would fall back to the public secret "development".
    secret: config.webhookSecret,
    webhookPath: config.webhookPath,
    logFormat: config.logFormat,
    logLevel: config.logLevel,
    ...(config.baseUrl !== undefined && { baseUrl: config.baseUrl }),
    ...(wiring.log !== undefined && { log: wiring.log }),
    ...(wiring.Octokit !== undefined && { Octokit: wiring.Octokit }),
  };
}
