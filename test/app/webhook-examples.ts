// GitHub's documented webhook payloads from @octokit/webhooks-examples, loaded untyped (the JSON import does not
// typecheck) and checked here.
import { createRequire } from "node:module";

export interface Example {
  event: string;
  action: string;
  payload: Record<string, unknown>;
}

export function examplesOf(event: string): Example[] {
  const all: unknown = createRequire(import.meta.url)("@octokit/webhooks-examples");
  if (!Array.isArray(all)) throw new Error("@octokit/webhooks-examples: expected an array");
  const examples: Example[] = [];
  for (const entry of all) {
    if (!isRecord(entry) || entry["name"] !== event || !Array.isArray(entry["examples"])) continue;
    for (const payload of entry["examples"]) {
      if (!isRecord(payload) || typeof payload["action"] !== "string")
        throw new Error(`${event}: example without action`);
      examples.push({ event, action: payload["action"], payload });
    }
  }
  return examples;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
