// The Actions runner runs the bundle under Node 24 (`runs.using: node24`). Node 24 comes from the npm
// registry's `node` package through npx, so a fresh machine needs nothing installed by hand.
import { execFileSync } from "node:child_process";

let cached: string | undefined;

/** Absolute path of a Node 24 binary; the current one when the tests already run under Node 24. */
export function node24(): string {
  if (cached) return cached;
  if (process.versions.node.startsWith("24.")) {
    cached = process.execPath;
    return cached;
  }
  const out = execFileSync("npx", ["-y", "-p", "node@24", "--", "node", "-p", "process.execPath"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 120_000,
  });
  const path = out.trim().split("\n").pop();
  if (!path) throw new Error("could not locate a Node 24 binary through npx");
  cached = path;
  return cached;
}
