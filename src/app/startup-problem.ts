// What a failed start (after the configuration was read) says: the listen errors Node gives, each as what is wrong
// with which variable and what to do, in one line. Anything else is its first line, never its stack.
import { isPlainObject } from "../core/common/plain-object.js";
import type { AppConfig } from "./config.js";

/** Probot's Server listens on "localhost" when HOST is unset. */
const DEFAULT_HOST = "localhost";

/** `config` is undefined when the failure came before it was read. */
export function startupProblem(error: unknown, config: Pick<AppConfig, "host" | "port"> | undefined): string {
  if (config === undefined) return firstLine(error);
  const host = config.host ?? DEFAULT_HOST;
  const where = `${host}:${config.port}`;
  switch (codeOf(error)) {
    case "EADDRINUSE":
      return `PORT ${config.port} is already in use on ${host}: stop what listens there, or set PORT to a free port`;
    case "EACCES":
      return `PORT ${config.port} may not be listened on by this user (${where}): set PORT to one above 1023`;
    case "EADDRNOTAVAIL":
      return `HOST ${host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0 for all`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
      return `HOST ${host} is no address or name this machine can resolve: set HOST to an IP address, such as 0.0.0.0`;
    default:
      return `cannot start on ${where}: ${firstLine(error)}`;
  }
}

function codeOf(error: unknown): string | undefined {
  return isPlainObject(error) && typeof error.code === "string" ? error.code : undefined;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n", 1)[0] ?? "";
}
