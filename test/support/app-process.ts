// Runs the committed App bundle (dist/app/index.js) as a child process, the way a host runs the service, under
// the Node running the tests (the suite also runs under Node 24). Every child is tracked so a test can always
// kill what is left; every wait is bounded.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./app-manifest.js";

export const BUNDLE = join(REPO, "dist/app/index.js");
const WAIT_MS = 30_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface AppProcess {
  url: string;
  port: number;
  stdout(): string;
  /** Sends `signal` and waits (bounded) for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

const children = new Set<ChildProcess>();

/** Kills every child still running and waits until each has exited, so its directory can go (afterEach/afterAll). */
export async function killAll(): Promise<void> {
  const exits = [...children].map((child) => new Promise((gone) => child.once("close", gone).kill("SIGKILL")));
  children.clear();
  await Promise.all(exits);
}

function launch(env: Record<string, string>, cwd: string) {
  const child = spawn(process.execPath, [BUNDLE], {
    cwd,
    // The run's TMPDIR (see tmp-global-setup.ts), so what the App leaves there is counted.
    env: { PATH: process.env["PATH"] ?? "", TMPDIR: tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((done) => {
    child.on("close", (code, signal) => {
      children.delete(child);
      done({ code, signal, stdout, stderr });
    });
  });
  return { child, exited, stdout: () => stdout };
}

/** Runs the bundle to its end (it is expected to refuse to start); kills it if it does not end in time. */
export async function runAppToExit(env: Record<string, string>, cwd: string): Promise<Exit> {
  const { child, exited } = launch(env, cwd);
  return withDeadline(exited, () => child.kill("SIGKILL"), "the App did not exit");
}

/**
 * Starts the bundle on a free port and waits until GET /ping answers. The port is chosen by binding port 0 and
 * releasing it, so another process may take it in between: that start is retried on a new port.
 */
export async function startAppProcess(env: Record<string, string>, cwd: string): Promise<AppProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const launched = launch({ ...env, HOST: "127.0.0.1", PORT: String(port) }, cwd);
    const url = `http://127.0.0.1:${port}`;
    let ended = false;
    void launched.exited.then(() => (ended = true));
    const outcome = await Promise.race([waitForPing(url, () => ended), launched.exited]);
    if (outcome === "ready") {
      return {
        url,
        port,
        stdout: launched.stdout,
        stop: (signal = "SIGTERM") => {
          launched.child.kill(signal);
          return withDeadline(launched.exited, () => launched.child.kill("SIGKILL"), "the App did not stop");
        },
      };
    }
    if (outcome === "timeout") {
      launched.child.kill("SIGKILL");
      throw new Error(`the App did not answer /ping within ${WAIT_MS} ms:\n${launched.stdout()}`);
    }
    if (attempt < 3 && outcome.stderr.includes("already in use")) continue;
    throw new Error(`the App exited (${outcome.code}) before it answered /ping:\n${outcome.stderr}${outcome.stdout}`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = address !== null && typeof address === "object" ? address.port : 0;
      server.close(() => (port > 0 ? done(port) : fail(new Error("no port"))));
    });
  });
}

/** Polls until PONG, the deadline, or `gone()` (the process exited: no point polling on). */
async function waitForPing(url: string, gone: () => boolean): Promise<"ready" | "timeout"> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline && !gone()) {
    try {
      const response = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(5_000) });
      if ((await response.text()) === "PONG") return "ready";
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return "timeout";
}

async function withDeadline<T>(work: Promise<T>, onTimeout: () => void, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      onTimeout();
      fail(new Error(`${what} within ${WAIT_MS} ms`));
    }, WAIT_MS);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
