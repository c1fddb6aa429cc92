// app.yml asks for exactly what the App needs, in the keys GitHub's manifest flow reads.
import { describe, expect, it } from "vitest";
import { CHECK_RUN_EVENTS, PULL_REQUEST_EVENTS } from "../../src/app/app.js";
import { readAppManifest } from "../support/app-manifest.js";

// GitHub's manifest parameters; any other key is ignored by GitHub, so a typo would go unnoticed.
const MANIFEST_KEYS = [
  "name",
  "url",
  "hook_attributes",
  "redirect_url",
  "callback_urls",
  "setup_url",
  "description",
  "public",
  "default_events",
  "default_permissions",
  "request_oauth_on_install",
  "setup_on_update",
];

describe("app.yml", () => {
  const manifest = readAppManifest();

  it("grants the least permissions that work, and no others", () => {
    expect(manifest.permissions).toStrictEqual({
      pull_requests: "read",
      checks: "write",
      contents: "write",
      metadata: "read",
    });
  });

  it("subscribes to exactly pull_request and check_run", () => {
    expect([...manifest.events].sort()).toStrictEqual(["check_run", "pull_request"]);
  });

  it("subscribes to every event the App handles", () => {
    const handled = new Set([...PULL_REQUEST_EVENTS, ...CHECK_RUN_EVENTS].map((name) => name.split(".")[0]));
    expect([...handled].sort()).toStrictEqual([...manifest.events].sort());
  });

  it("uses only GitHub's manifest keys and has the required ones", () => {
    expect(manifest.keys.filter((key) => !MANIFEST_KEYS.includes(key))).toStrictEqual([]);
    expect(manifest.name).toBe("nexs-publish");
    expect(new URL(manifest.url).protocol).toBe("https:");
    expect(new URL(manifest.hookUrl).pathname).toBe("/api/github/webhooks");
    expect(manifest.hookActive).toBe(true);
  });
});
