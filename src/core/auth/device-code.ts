import { isPlainObject } from "../common/plain-object.js";

/** GitHub's answer to `POST /login/device/code`, checked: what the user is shown and how polling is paced. */
export interface DeviceCode {
  userCode: string;
  verificationUri: string;
  /** Epoch milliseconds after which the code is dead. */
  expiresAt: number;
  intervalMs: number;
}

/** RFC 8628: without an interval the client waits 5 s; each slow_down adds 5 s for all later polls. */
export const DEFAULT_INTERVAL_S = 5;
export const SLOW_DOWN_STEP_MS = 5_000;
const MAX_INTERVAL_S = 600;
const MAX_EXPIRES_IN_S = 24 * 3600;

/** Undefined when the answer is not a device code GitHub would send. `now` is the request time. */
export function parseDeviceCode(data: unknown, now: number): DeviceCode | undefined {
  if (!isPlainObject(data)) return undefined;
  const { user_code: userCode, verification_uri: uri, expires_in: expiresIn, interval } = data;
  if (typeof userCode !== "string" || !/^[A-Za-z0-9-]{4,32}$/.test(userCode)) return undefined;
  if (typeof uri !== "string" || !isWebUrl(uri)) return undefined;
  if (!isWholeSeconds(expiresIn, MAX_EXPIRES_IN_S)) return undefined;
  if (interval !== undefined && !isWholeSeconds(interval, MAX_INTERVAL_S)) return undefined;
  const seconds = typeof interval === "number" ? interval : DEFAULT_INTERVAL_S;
  return { userCode, verificationUri: uri, expiresAt: now + expiresIn * 1000, intervalMs: seconds * 1000 };
}

/** The wait after a `slow_down`: GitHub's new `interval` when it sends a longer one, else 5 s more. */
export function slowedInterval(currentMs: number, answer: unknown): number {
  const interval = isPlainObject(answer) ? answer["interval"] : undefined;
  const asked = isWholeSeconds(interval, MAX_INTERVAL_S) ? interval * 1000 : 0;
  return Math.max(asked, currentMs + SLOW_DOWN_STEP_MS);
}

/** The OAuth `error` of a token-endpoint answer (GitHub sends these with status 200), if any. */
export function oauthErrorOf(answer: unknown): string | undefined {
  if (!isPlainObject(answer)) return undefined;
  const error = answer["error"];
  return typeof error === "string" ? error : undefined;
}

function isWholeSeconds(value: unknown, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= max;
}

function isWebUrl(text: string): boolean {
  if (/[\u0000-\u0020\u007f-\u009f]/.test(text) || !URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === "https:" || protocol === "http:";
}
