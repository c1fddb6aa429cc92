import type { Context } from "probot";
import type { Logger } from "../core/common/logger.js";

/** The delivery's own child logger (it carries the delivery id on every line) as the core's Logger. */
export function contextLogger(context: Pick<Context, "log">): Logger {
  return {
    debug: (message) => context.log.debug(message),
    info: (message) => context.log.info(message),
    warn: (message) => context.log.warn(message),
    error: (message) => context.log.error(message),
  };
}
