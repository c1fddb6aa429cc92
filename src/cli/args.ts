import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./io.js";

/**
 * node:util's parseArgs, its error turned into a usage error of one line (it explains well: "Unknown option").
 * A value flag given twice is refused too (parseArgs keeps the last silently), unless it is declared `multiple`.
 */
export function parseArgsOrExplain<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    const parsed = parseArgs(config);
    refuseRepeatedValues(config);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    // Node appends advice on "--" to an unknown option, ending in a stray quote: the first sentence is enough.
    const unknown = /^Unknown option '[^']*'/.exec(message);
    throw new UsageError(unknown ? `${unknown[0]} (see --help)` : message || "bad arguments");
  }
}

/** Read once more for its tokens (the strict parse above has passed): which value flag came twice. */
function refuseRepeatedValues(config: ParseArgsConfig): void {
  const options = config.options ?? {};
  const { tokens } = parseArgs({
    args: config.args ?? [],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === undefined || options[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`${token.rawName} was given twice: give it once (see --help)`);
    seen.add(token.name);
  }
}
