// Runs the committed CLI bundle (package.json's bin) as a user would: a child process of Node.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./run-action.js";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The file package.json's `bin.nexs-publish` names. */
export function cliBin(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
  const bin =
    typeof pkg === "object" &&
    pkg !== null &&
    "bin" in pkg &&
    typeof pkg.bin === "object" &&
    pkg.bin !== null &&
    "nexs-publish" in pkg.bin
      ? pkg.bin["nexs-publish"]
      : undefined;
  if (typeof bin !== "string") throw new Error("package.json: bin.nexs-publish must name a file");
  return join(REPO, bin);
}

/** `uid`: run as that user (a test running as root reads even a file of mode 000 otherwise). */
export async function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; uid?: number },
): Promise<CliRun> {
  // The run's TMPDIR (see test/support/tmp-global-setup.ts), so what the CLI leaves there is counted.
  const env = { PATH: process.env["PATH"] ?? "", TMPDIR: tmpdir(), ...options.env };
  // Run the file itself, not `node file`: the shebang and the executable bit are part of what ships.
  const child = spawn(cliBin(), args, {
    cwd: options.cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.uid !== undefined && { uid: options.uid }),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on("close", done));
  return { code, stdout, stderr };
}
