import { type DeviceCode, oauthErrorOf, parseDeviceCode, slowedInterval } from "../core/auth/device-code.js";
import type { Sleep } from "./abortable-sleep.js";
import { LoginError } from "./login-error.js";

/** What the hook reads of a request Octokit is about to send. */
interface Endpoint {
  method: string;
  url: string;
  baseUrl: string;
  request?: { signal?: AbortSignal | null | undefined } | undefined;
}

export interface PacingOptions {
  sleep: Sleep;
  now: () => number;
  /** Aborts everything (Ctrl-C). */
  signal: AbortSignal;
  /** Every single request gives up after this long: a server that never answers must not hang login. */
  requestTimeoutMs: number;
}

/**
 * An Octokit `request` wrap hook that does the device flow's waiting itself. @octokit/auth-oauth-device polls
 * with its own timer, ignores the longer interval GitHub asks for after `slow_down` and cannot be cancelled;
 * so this hook answers its token request only once GitHub says something other than "pending" or "slow
 * down", waiting as GitHub asks in between (sleep and clock injected), bounded by the code's lifetime, each
 * request by a timeout, and all of it by the abort signal. The library's own timer is then never started.
 */
export class DeviceFlowPacing {
  /** The device code GitHub issued, once it has. */
  code: DeviceCode | undefined;

  constructor(private readonly options: PacingOptions) {}

  readonly hook = async <O extends Endpoint, R extends { data: unknown }>(
    send: (endpoint: O) => R | Promise<R>,
    endpoint: O,
  ): Promise<R> => {
    if (endpoint.method === "POST" && endpoint.url === "/login/oauth/access_token") return this.poll(send, endpoint);
    const answer = await this.send(send, endpoint);
    if (
      endpoint.method === "POST" &&
      endpoint.url === "/login/device/code" &&
      oauthErrorOf(answer.data) === undefined
    ) {
      this.code = parseDeviceCode(answer.data, this.options.now());
      if (!this.code)
        throw new LoginError("protocol", `${hostOf(endpoint)} sent a device code nexs-publish cannot read`);
    }
    return answer;
  };

  private async poll<O extends Endpoint, R extends { data: unknown }>(
    send: (endpoint: O) => R | Promise<R>,
    endpoint: O,
  ): Promise<R> {
    const code = this.code;
    if (!code) throw new LoginError("protocol", "asked for a token before a device code was issued");
    let intervalMs = code.intervalMs;
    for (;;) {
      await this.wait(intervalMs);
      if (this.options.now() >= code.expiresAt) throw expired();
      const answer = await this.send(send, endpoint);
      const error = oauthErrorOf(answer.data);
      if (error === "authorization_pending") continue;
      if (error === "slow_down") {
        intervalMs = slowedInterval(intervalMs, answer.data);
        continue;
      }
      return answer;
    }
  }

  private async wait(ms: number): Promise<void> {
    try {
      await this.options.sleep(ms, this.options.signal);
    } catch (error) {
      if (this.options.signal.aborted) throw cancelled();
      throw error;
    }
  }

  private async send<O extends Endpoint, R>(send: (endpoint: O) => R | Promise<R>, endpoint: O): Promise<R> {
    const { signal: interrupt, requestTimeoutMs } = this.options;
    if (interrupt.aborted) throw cancelled();
    const timeout = AbortSignal.timeout(requestTimeoutMs);
    try {
      // Set on the endpoint itself, not on a copy: before-after-hook binds the original options to the inner
      // wraps (Octokit's request log among them), so a copy's signal would never reach fetch.
      endpoint.request = { ...endpoint.request, signal: AbortSignal.any([interrupt, timeout]) };
      return await send(endpoint);
    } catch (error) {
      if (interrupt.aborted) throw cancelled();
      if (timeout.aborted)
        throw new LoginError("timeout", `${hostOf(endpoint)} did not answer within ${seconds(requestTimeoutMs)}`);
      if (hasResponse(error)) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new LoginError("network", `cannot reach ${hostOf(endpoint)} (${detail}); check the network and the URL`);
    }
  }
}

export function expired(): LoginError {
  return new LoginError("expired", "the code expired before it was entered; run `nexs-publish login` again");
}

export function cancelled(): LoginError {
  return new LoginError("cancelled", "login cancelled; nothing was stored");
}

function hasResponse(error: unknown): boolean {
  return typeof error === "object" && error !== null && "response" in error && error.response !== undefined;
}

function hostOf(endpoint: Endpoint): string {
  return URL.canParse(endpoint.baseUrl) ? new URL(endpoint.baseUrl).host : endpoint.baseUrl;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
