// One emulator and one fault proxy per test file, and clients pointed at the proxy with minimal waits.
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from "../../src/github/client.js";
import { type StartOptions, startEmulator, type TestEmulator } from "../support/emulator.js";
import { type FaultProxy, type ProxyOptions, startFaultProxy } from "../support/fault-proxy.js";

export interface Fixture {
  emulator: TestEmulator;
  proxy: FaultProxy;
  /** A client for the publisher through the proxy, throttling off and retries fast. */
  client(overrides?: Partial<GitHubClientOptions>): GitHubClient;
  close(): Promise<void>;
}

export async function startFixture(options: StartOptions & { proxy?: ProxyOptions } = {}): Promise<Fixture> {
  const emulator = await startEmulator(options);
  const proxy = await startFaultProxy(emulator.url, options.proxy);
  return {
    emulator,
    proxy,
    client: (overrides = {}) =>
      createGitHubClient({
        token: emulator.token,
        baseUrl: proxy.url,
        throttle: false,
        retry: { retries: 3, retryAfterBaseMs: 1 },
        ...overrides,
      }),
    async close() {
      await proxy.close();
      await emulator.close();
    },
  };
}

export const tick = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
