import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./io.js";

/** node:util's parseArgs, its error turned into a usage error of one line (it explains well: "Unknown option"). */
export function parseArgsOrExplain<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    // Node appends advice on "--" to an unknown option, ending in a stray quote: the first sentence is enough.
    const unknown = /^Unknown option '[^']*'/.exec(message);
    throw new UsageError(unknown ? `${unknown[0]} (see --help)` : message || "bad arguments");
  }
}
