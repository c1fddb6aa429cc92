import type { Context } from "probot";
import type { Logger } from "../core/common/logger.js";
import { redactText } from "../core/redact/redactor.js";
import { visibleLine } from "../core/report/visible-text.js";

/**
 * The delivery's own child logger (it carries the delivery id on every line) as the core's Logger. Messages name
 * files, ids and GitHub's words: each is redacted and its control and bidi characters shown as `\uXXXX`.
 */
export function contextLogger(context: Pick<Context, "log">): Logger {
  const safe = (message: string): string => visibleLine(redactText(message));
  return {
    debug: (message) => context.log.debug(safe(message)),
    info: (message) => context.log.info(safe(message)),
    warn: (message) => context.log.warn(safe(message)),
    error: (message) => context.log.error(safe(message)),
  };
}
