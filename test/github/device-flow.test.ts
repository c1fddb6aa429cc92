import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DeviceCode } from "../../src/core/auth/device-code.js";
import { abortableSleep } from "../../src/github/abortable-sleep.js";
import { readAuthenticatedLogin } from "../../src/github/authenticated-user.js";
import { type DeviceFlowOptions, runDeviceFlow } from "../../src/github/device-flow.js";
import { LoginError } from "../../src/github/login-error.js";
import {
  type FakeDeviceGitHub,
  granted,
  oauthError,
  pending,
  startFakeDeviceGitHub,
  TEST_TOKEN,
} from "../support/fake-device-github.js";

let github: FakeDeviceGitHub;
beforeEach(async () => {
  github = await startFakeDeviceGitHub();
});
afterEach(async () => {
  await github.close();
});

/** A clock that only moves when the flow waits, and a record of every wait: no real time passes. */
function pacedOptions(overrides: Partial<DeviceFlowOptions> = {}) {
  let clock = 1_000_000;
  const waits: number[] = [];
  const codes: DeviceCode[] = [];
  const options: DeviceFlowOptions = {
    clientId: "Iv1.0123456789abcdef",
    apiBaseUrl: github.url,
    onCode: (code) => codes.push(code),
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    now: () => clock,
    signal: new AbortController().signal,
    // Generous: the fake server answers at once, and a busy machine must not turn that into a timeout.
    requestTimeoutMs: 30_000,
    ...overrides,
  };
  return { options, waits, codes };
}

async function failure(promise: Promise<unknown>): Promise<LoginError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof LoginError)) throw new Error(`expected a LoginError, got ${String(error)}`);
  expect(error.message).not.toContain("\n");
  return error;
}

const polls = () => github.requests.filter((r) => r.path === "/login/oauth/access_token");

describe("device flow against a loopback GitHub", () => {
  it("shows the code, polls once the interval has passed, and returns the token", async () => {
    const { options, waits, codes } = pacedOptions();
    expect(await runDeviceFlow(options)).toBe(TEST_TOKEN);
    expect(codes).toEqual([
      {
        userCode: "WDJB-MJHT",
        verificationUri: `${github.url}/login/device`,
        expiresAt: 1_000_000 + 900_000,
        intervalMs: 5000,
      },
    ]);
    expect(waits).toEqual([5000]);
    expect(github.requests[0]).toMatchObject({ method: "POST", path: "/login/device/code" });
    expect(github.requests[0]?.body["client_id"]).toBe("Iv1.0123456789abcdef");
    expect(polls()[0]?.body).toMatchObject({
      client_id: "Iv1.0123456789abcdef",
      device_code: "3584d83530557fdd1f46af8289938c8ef79f9dc5",
      grant_type: "urn:ietf:params:oauth:grant-type:device_code",
    });
  });

  it("keeps polling while authorisation is pending", async () => {
    github.tokenAnswers = [pending(), pending(), granted()];
    const { options, waits } = pacedOptions();
    expect(await runDeviceFlow(options)).toBe(TEST_TOKEN);
    expect(waits).toEqual([5000, 5000, 5000]);
    expect(polls()).toHaveLength(3);
  });

  it("waits longer after slow_down, for every later poll, as GitHub asks", async () => {
    github.tokenAnswers = [oauthError("slow_down", { interval: 10 }), pending(), oauthError("slow_down"), granted()];
    const { options, waits } = pacedOptions();
    expect(await runDeviceFlow(options)).toBe(TEST_TOKEN);
    // GitHub's new interval (10 s), kept; then 5 s more when slow_down comes without one.
    expect(waits).toEqual([5000, 10_000, 10_000, 15_000]);
  });

  it("ends on expired_token", async () => {
    github.tokenAnswers = [pending(), oauthError("expired_token")];
    const error = await failure(runDeviceFlow(pacedOptions().options));
    expect(error.kind).toBe("expired");
    expect(error.message).toMatch(/code expired/);
  });

  it("stops on its own once the code's lifetime is over, without another poll", async () => {
    github.deviceCode = { body: { ...asRecord(github.deviceCode.body), expires_in: 12 } };
    github.tokenAnswers = [pending()];
    const { options, waits } = pacedOptions();
    expect((await failure(runDeviceFlow(options))).kind).toBe("expired");
    expect(waits).toEqual([5000, 5000, 5000]);
    expect(polls()).toHaveLength(2);
  });

  it("ends on access_denied", async () => {
    github.tokenAnswers = [pending(), oauthError("access_denied")];
    const error = await failure(runDeviceFlow(pacedOptions().options));
    expect(error.kind).toBe("denied");
    expect(error.message).toMatch(/denied/);
  });

  it("bounds a server that never answers: the request times out and says so", async () => {
    github.hang.add("/login/oauth/access_token");
    const error = await failure(runDeviceFlow(pacedOptions({ requestTimeoutMs: 200 }).options));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(`${new URL(github.url).host} did not answer within 200 ms`);
  });

  it("reports a network failure in one line", async () => {
    const url = github.url;
    await github.close();
    const error = await failure(runDeviceFlow(pacedOptions({ apiBaseUrl: url }).options));
    expect(error.kind).toBe("network");
    expect(error.message).toMatch(/^cannot reach 127\.0\.0\.1:\d+ \(/);
    github = await startFakeDeviceGitHub();
  });

  it("is cancelled by the abort signal while it waits (Ctrl-C), with the real sleep", async () => {
    const interrupt = new AbortController();
    const { options } = pacedOptions({
      sleep: abortableSleep,
      signal: interrupt.signal,
      onCode: () => interrupt.abort(),
    });
    const error = await failure(runDeviceFlow(options));
    expect(error.kind).toBe("cancelled");
    expect(polls()).toHaveLength(0);
  });

  it("names an unknown client id and a disabled device flow", async () => {
    github.deviceCode = { status: 404, body: { error: "Not Found" } };
    expect((await failure(runDeviceFlow(pacedOptions().options))).message).toMatch(/no app with client id Iv1\./);
    github.deviceCode = { status: 400, body: { error: "device_flow_disabled" } };
    expect((await failure(runDeviceFlow(pacedOptions().options))).message).toMatch(/device flow is not enabled/);
  });

  it("refuses a device code it cannot read, and escapes what the server says", async () => {
    github.deviceCode = { body: { device_code: "x", user_code: "\u001b[2J", verification_uri: "x", expires_in: 9 } };
    expect((await failure(runDeviceFlow(pacedOptions().options))).kind).toBe("protocol");
    github.deviceCode = { body: {} };
    await startFresh();
    github.tokenAnswers = [oauthError("unsupported_grant_type", { error_description: "bad\u001b[31m\nline" })];
    const error = await failure(runDeviceFlow(pacedOptions().options));
    expect(error.kind).toBe("refused");
    expect(error.message).not.toContain("\u001b");
  });

  it("derives the login host from a GitHub Enterprise API root (/api/v3 dropped)", async () => {
    const { options } = pacedOptions({ apiBaseUrl: `${github.url}/api/v3` });
    expect(await runDeviceFlow(options)).toBe(TEST_TOKEN);
    expect(github.requests.map((r) => r.path)).toEqual(["/login/device/code", "/login/oauth/access_token"]);
  });
});

describe("GET /user", () => {
  it("reads the login, and says when the token is refused or the server hangs", async () => {
    const base = { apiBaseUrl: github.url, timeoutMs: 30_000 };
    expect(await readAuthenticatedLogin({ ...base, token: TEST_TOKEN })).toBe("octocat");
    expect((await failure(readAuthenticatedLogin({ ...base, token: "ghu_revoked" }))).kind).toBe("unauthorized");
    github.hang.add("/user");
    expect((await failure(readAuthenticatedLogin({ ...base, token: TEST_TOKEN, timeoutMs: 200 }))).kind).toBe(
      "timeout",
    );
  });
});

async function startFresh(): Promise<void> {
  await github.close();
  github = await startFakeDeviceGitHub();
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? { ...value } : {};
}
