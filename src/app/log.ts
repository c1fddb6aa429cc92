// The server's logger. Probot's getLog is not exported (the package exports only "."), but every Probot builds
// its logger with it from these options: pino writing through @probot/pino's in-process formatter (pretty, or
// JSON lines), never pino.transport(), whose worker threads hang in the ncc bundle. So a throwaway Probot is
// asked for its logger; it makes no request.
import { type Logger, Probot } from "probot";
import { Redactor } from "../core/redact/redactor.js";
import type { AppConfig } from "./config.js";
import { safeLogArgument, safeLogArguments } from "./log-fields.js";

type LoggerConfig = Pick<AppConfig, "appId" | "privateKey" | "webhookSecret" | "signingKey" | "logFormat" | "logLevel">;

export async function createLogger(config: LoggerConfig): Promise<Logger> {
  const probe = new Probot({
    appId: config.appId,
    privateKey: config.privateKey,
    logFormat: config.logFormat,
    logLevel: config.logLevel,
  });
  await probe.ready();
  return redactingLogger(probe.log, appRedactor(config));
}

/**
 * The App's own secrets, masked wherever they show up in a log line, beside what the secret rules match: a webhook
 * secret or signing key is random text no rule recognises. The private key is masked line by line as well, so a
 * piece of it is masked too.
 */
export function appRedactor(config: Pick<AppConfig, "privateKey" | "webhookSecret" | "signingKey">): Redactor {
  const keyLines = config.privateKey.split("\n").filter((line) => !line.startsWith("-----"));
  return new Redactor([config.privateKey, ...keyLines, config.webhookSecret, config.signingKey ?? ""]);
}

const LEVELS = new Set<string | symbol>(["trace", "debug", "info", "warn", "error", "fatal"]);

/**
 * The logger with every argument of a log call made safe (log-fields.ts: texts redacted and on one line, objects
 * and errors rebuilt from a few safe fields), children included. A Proxy, so that pino's own properties (level,
 * bindings, symbols) stay as they are.
 */
export function redactingLogger<L extends object>(log: L, redactor: Redactor = new Redactor()): L {
  return new Proxy(log, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (LEVELS.has(property))
        return (...args: unknown[]): unknown =>
          isRepeatOfReportedFailure(args) ? undefined : Reflect.apply(value, target, safeLogArguments(args, redactor));
      if (property === "child")
        return (...args: unknown[]): unknown => {
          // The bindings are printed on every line of the child; pino's options (the second argument) are not.
          const [bindings, ...options] = args;
          const child: unknown = Reflect.apply(value, target, [safeLogArgument(bindings, redactor), ...options]);
          return typeof child === "object" && child !== null ? redactingLogger(child, redactor) : child;
        };
      return value.bind(target);
    },
  });
}

/**
 * A failed delivery reaches the log twice: Probot's error handler logs each error a handler threw with the
 * delivery id bound, then @octokit/webhooks' middleware logs the AggregateError holding them, without it. The
 * aggregate (it carries the `event`, which the handler was given first) is that second report and is dropped, so a
 * failure is one line, the one with the id.
 */
function isRepeatOfReportedFailure(args: readonly unknown[]): boolean {
  const [only] = args;
  return args.length === 1 && only instanceof AggregateError && "event" in only;
}
