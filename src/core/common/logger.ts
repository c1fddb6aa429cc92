/** Where the core and the GitHub layer say what they do; each adapter routes it (runner log, pino, terminal). */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** For callers that pass no logger. */
export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };
