import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./io.js";

/** node:util's parseArgs, its error turned into a usage error of one line (it explains well: "Unknown option"). */
export function parseArgsOrExplain<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split("\n")[0] ?? "bad arguments") : "bad arguments");
  }
}
