// The bundle starts the service only when it is the script Node runs, however that script is named.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { isEntryModule } from "../../src/app/entry.js";

const dir = mkdtempSync(join(tmpdir(), "nexs-app-entry-"));
const bundle = join(dir, "dist", "app", "index.js");
mkdirSync(join(dir, "dist", "app"), { recursive: true });
writeFileSync(bundle, "");
writeFileSync(join(dir, "host.js"), "");
symlinkSync(bundle, join(dir, "linked.js"));
const self = pathToFileURL(bundle).href;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("isEntryModule", () => {
  it("is true for the file, its folder and a symlink to it", () => {
    expect(isEntryModule(self, bundle)).toBe(true);
    expect(isEntryModule(self, join(dir, "dist", "app"))).toBe(true);
    expect(isEntryModule(self, join(dir, "linked.js"))).toBe(true);
  });

  it("is false when another script imports it, or there is no script", () => {
    expect(isEntryModule(self, join(dir, "host.js"))).toBe(false);
    expect(isEntryModule(self, join(dir, "missing.js"))).toBe(false);
    expect(isEntryModule(self, undefined)).toBe(false);
    expect(isEntryModule("data:text/javascript,", bundle)).toBe(false);
  });
});
