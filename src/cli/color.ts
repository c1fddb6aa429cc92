import type { Env } from "../core/common/env.js";
/**
 * Whether to colour output for a stream: FORCE_COLOR wins (as in Node itself; "0" or "false" turns colour off),
 * then NO_COLOR (https://no-color.org: set and non-empty), then TERM=dumb, then whether the stream is a terminal.
 */
export function wantsColor(isTTY: boolean | undefined, env: Env): boolean {
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env["NO_COLOR"]) return false;
  if (env["TERM"] === "dumb") return false;
  return isTTY === true;
}
