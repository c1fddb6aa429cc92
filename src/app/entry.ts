import { realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Whether the module at `moduleUrl` is the script Node was started with (`argv1`): `node dist/app/index.js`,
 * `node dist/app` (a folder runs its index.js) or a symlink to either. An import from another module is not.
 */
export function isEntryModule(moduleUrl: string, argv1: string | undefined): boolean {
  if (argv1 === undefined || !moduleUrl.startsWith("file:")) return false;
  let script = resolve(argv1);
  try {
    if (statSync(script).isDirectory()) script = join(script, "index.js");
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
