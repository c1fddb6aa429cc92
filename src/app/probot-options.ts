// The Probot options shared by the server and the middleware, from the checked configuration.
import { type Logger, type Options, ProbotOctokit } from "probot";
import type { AppConfig } from "./config.js";

/**
 * Probot's webhook middleware answers a delivery 202 ("still processing") once its handler has run this long, and
 * GitHub's delivery log then shows success: a handler that fails later cannot be seen there nor redelivered.
 */
export const WEBHOOK_ANSWER_MS = 9000;
/**
 * Retries of a failed GitHub request (5xx, network) in the App. plugin-retry waits 1, 4, 9... seconds before them:
 * its default of 3 (14 s of waiting) outlasts WEBHOOK_ANSWER_MS, so a persistent error was answered 202; with 2
 * (5 s) the delivery fails visibly, within the time, and can be redelivered. Rate limits are the throttling
 * plugin's, unchanged.
 */
export const APP_RETRIES = 2;

/** The seconds plugin-retry waits in all before `retries` retries. */
export function retryWaitSeconds(retries: number): number {
  let total = 0;
  for (let attempt = 1; attempt <= retries; attempt++) total += attempt ** 2;
  return total;
}

export const AppOctokit = ProbotOctokit.defaults({ retry: { retries: APP_RETRIES } });

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
    Octokit: wiring.Octokit ?? AppOctokit,
  };
}
