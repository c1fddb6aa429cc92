// What the arguments of a log call become before pino sees them. Probot, @octokit/webhooks and Octokit log whole
// objects: an Error (its stack; an Octokit RequestError's `request` and `response` hold the token, the headers and
// the bodies), a delivery's `event` with its payload, a request body. Rather than list what is dangerous, each
// argument is rebuilt from what is known to be safe to show: short single-line texts, numbers and booleans, and of
// an error (always under `error`) only its name, message, status, code and delivery. Nested objects (payloads, headers, requests,
// responses) and stacks are never copied, so nothing new that Probot adds to an error can reach the log. Every text
// goes through the one redaction step (`Redactor.text`, the secret rules plus the App's own secrets).
import { isPlainObject, type PlainObject } from "../core/common/plain-object.js";
import type { Redactor } from "../core/redact/redactor.js";
import { visibleLine } from "../core/report/visible-text.js";

/** A logged text longer than this is cut: a request body's base64 content or a long answer says nothing more. */
export const MAX_LOGGED_TEXT = 300;
/** Fields of one logged object kept at most; the rest are counted. */
export const MAX_LOGGED_FIELDS = 20;

export type LoggedValue = string | number | boolean | null | LoggedError | { id: string; name: string };

/** An error as the log shows it. */
export interface LoggedError {
  name: string;
  message: string;
  status?: number;
  code?: string;
  /** The delivery it failed (@octokit/webhooks puts the event on the errors it reports). */
  delivery?: string;
  event?: string;
}

/** Each argument of one log call made safe; a lone error keeps its message as the line's message, as pino does. */
export function safeLogArguments(args: readonly unknown[], redactor: Redactor): unknown[] {
  const [first, ...rest] = args;
  if (!isErrorLike(first)) return args.map((arg) => safeLogArgument(arg, redactor));
  const err = safeError(first, redactor);
  const more = rest.map((arg) => safeLogArgument(arg, redactor));
  // pino takes a lone error's message as the line's; an object in its place would leave the line without one.
  return typeof rest[0] === "string" ? [{ error: err }, ...more] : [{ error: err }, err.message, ...more];
}

/** One argument made safe: a text redacted and cut, an error or object rebuilt from its safe fields. */
export function safeLogArgument(value: unknown, redactor: Redactor): unknown {
  if (typeof value === "string") return safeText(value, redactor);
  if (isErrorLike(value)) return { error: safeError(value, redactor) };
  if (isPlainObject(value)) return safeFields(value, redactor);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return value;
  return `[${typeof value}]`;
}

/** An object's fields: texts, numbers, booleans, an `err`/`error` and a delivery's `event` name and id. */
function safeFields(object: PlainObject, redactor: Redactor): Record<string, LoggedValue> {
  const out: Record<string, LoggedValue> = {};
  let kept = 0;
  let left = 0;
  for (const [key, value] of Object.entries(object)) {
    const safe = fieldValue(key, value, redactor);
    if (safe === undefined) continue;
    if (kept >= MAX_LOGGED_FIELDS) {
      left++;
      continue;
    }
    // `error`, never `err`: pino's serializer for `err` would add an empty stack and call the error an "Object".
    out[key === "err" ? "error" : safeText(key, redactor)] = safe;
    kept++;
  }
  if (left > 0) out["fieldsLeftOut"] = left;
  return out;
}

function fieldValue(key: string, value: unknown, redactor: Redactor): LoggedValue | undefined {
  // A stack is text, but never what a reader of the log needs; it names the service's files.
  if (key === "stack") return undefined;
  if (typeof value === "string") return safeText(value, redactor);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if ((key === "err" || key === "error") && isErrorLike(value)) return safeError(value, redactor);
  if (key === "event" && isPlainObject(value)) {
    const event = deliveryOf(value, redactor);
    return event && { id: event.delivery ?? "", name: event.event ?? "" };
  }
  return undefined;
}

function safeError(error: ErrorLike, redactor: Redactor): LoggedError {
  const name = typeof error.name === "string" ? error.name : "Error";
  const out: LoggedError = { name: safeText(name, redactor), message: safeText(error.message, redactor) };
  if (typeof error.status === "number") out.status = error.status;
  if (typeof error.code === "string") out.code = safeText(error.code, redactor);
  const event = isPlainObject(error.event) ? deliveryOf(error.event, redactor) : undefined;
  return event ? { ...out, ...event } : out;
}

function deliveryOf(event: PlainObject, redactor: Redactor): Pick<LoggedError, "delivery" | "event"> | undefined {
  const out: Pick<LoggedError, "delivery" | "event"> = {};
  if (typeof event.id === "string") out.delivery = safeText(event.id, redactor);
  if (typeof event.name === "string") out.event = safeText(event.name, redactor);
  return out.delivery === undefined && out.event === undefined ? undefined : out;
}

/** Redacted, one line, and at most MAX_LOGGED_TEXT characters (cut after redacting, so no secret is cut in two). */
function safeText(text: string, redactor: Redactor): string {
  const line = visibleLine(redactor.text(text));
  return line.length <= MAX_LOGGED_TEXT ? line : `${line.slice(0, MAX_LOGGED_TEXT)}… (${line.length} characters)`;
}

type ErrorLike = PlainObject & { message: string };

/** An Error, or what Probot and Octokit log as one (an object with a text `message` and a `name` or `stack`). */
function isErrorLike(value: unknown): value is ErrorLike {
  if (value instanceof Error) return true;
  return isPlainObject(value) && typeof value.message === "string" && ("stack" in value || "name" in value);
}
