import { posix, win32 } from "node:path";
import type { Env } from "../common/env.js";

export const APP_DIRECTORY = "nexs-publish";

export interface ConfigPlace {
  env: Env;
  platform: string;
  /** The user's home directory (os.homedir()). */
  home: string;
}

/**
 * nexs-publish's folder in the user's configuration directory: %APPDATA% on Windows, else XDG_CONFIG_HOME or
 * ~/.config (macOS too, as most command-line tools do). A relative XDG_CONFIG_HOME is ignored, as the XDG
 * specification asks. Undefined when no absolute place is known (no home directory).
 */
export function configDirectory({ env, platform, home }: ConfigPlace): string | undefined {
  const path = platform === "win32" ? win32 : posix;
  const chosen = platform === "win32" ? env["APPDATA"] : env["XDG_CONFIG_HOME"];
  if (chosen && path.isAbsolute(chosen)) return path.join(chosen, APP_DIRECTORY);
  if (!home || !path.isAbsolute(home)) return undefined;
  const base = platform === "win32" ? path.join(home, "AppData", "Roaming") : path.join(home, ".config");
  return path.join(base, APP_DIRECTORY);
}
