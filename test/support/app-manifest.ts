// app.yml, read and checked the way the App's tests use it: its permissions and events seed the emulator.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

export const REPO = resolve(import.meta.dirname, "../..");

export interface AppManifest {
  name: string;
  url: string;
  hookUrl: string;
  hookActive: boolean;
  permissions: Record<string, string>;
  events: string[];
  /** Every top-level key, to catch a misspelt one that GitHub would silently ignore. */
  keys: string[];
}

export function readAppManifest(path = join(REPO, "app.yml")): AppManifest {
  const doc: unknown = parse(readFileSync(path, "utf8"));
  if (!isRecord(doc)) throw new Error("app.yml: the document must be a mapping");
  const { name, url, hook_attributes: hook, default_permissions: permissions, default_events: events } = doc;
  if (typeof name !== "string" || typeof url !== "string") throw new Error("app.yml: name and url must be strings");
  if (!isRecord(hook) || typeof hook["url"] !== "string")
    throw new Error("app.yml: hook_attributes.url must be a string");
  if (!isRecord(permissions)) throw new Error("app.yml: default_permissions must be a mapping");
  const access: Record<string, string> = {};
  for (const [scope, level] of Object.entries(permissions)) {
    if (typeof level !== "string") throw new Error(`app.yml: default_permissions.${scope} must be a string`);
    access[scope] = level;
  }
  const eventList: unknown[] = Array.isArray(events) ? events : [];
  const names = eventList.filter((event): event is string => typeof event === "string");
  if (!Array.isArray(events) || names.length !== eventList.length) {
    throw new Error("app.yml: default_events must be a list of strings");
  }
  return {
    name,
    url,
    hookUrl: hook["url"],
    hookActive: hook["active"] !== false,
    permissions: access,
    events: names,
    keys: Object.keys(doc),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
