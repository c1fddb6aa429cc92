// The server's logger. Probot's getLog is not exported (the package exports only "."), but every Probot builds
// its logger with it from these options: pino writing through @probot/pino's in-process formatter (pretty, or
// JSON lines), never pino.transport(), whose worker threads hang in the ncc bundle. So a throwaway Probot is
// asked for its logger; it makes no request.
import { type Logger, Probot } from "probot";
import { redactText } from "../core/redact/redactor.js";
import { visibleLine } from "../core/report/visible-text.js";
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
  return redactingLogger(probe.log);
}

const LEVELS = new Set<string | symbol>(["trace", "debug", "info", "warn", "error", "fatal"]);

/**
 * The logger with every string argument of a log call (messages, format arguments) redacted and its control and
 * bidi characters shown as `\uXXXX`, children included: file names, ids and GitHub's words reach these lines.
 * A Proxy, so that pino's own properties (level, bindings, symbols) stay as they are.
 */
export function redactingLogger<L extends object>(log: L): L {
  return new Proxy(log, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (LEVELS.has(property))
        return (...args: unknown[]) =>
          Reflect.apply(
            value,
            target,
            args.map((a) => (typeof a === "string" ? visibleLine(redactText(a)) : a)),
          );
      if (property === "child")
        return (...args: unknown[]): unknown => {
          const child: unknown = Reflect.apply(value, target, args);
          return typeof child === "object" && child !== null ? redactingLogger(child) : child;
        };
      return value.bind(target);
    },
  });
}
