// The NEXS MCP shapes written for these tests (test/fixtures/nexs): server files of every type, laid out as the
// server lays them out, and flat samples of every type, with comments, unicode, an empty data and a missing field.
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { isPlainObject } from "../../../src/core/common/plain-object.js";
import type { SourceFile } from "../../../src/core/element/source.js";
import { tempDir } from "../../support/tmp-dir.js";

export const NEXS = join(import.meta.dirname, "../../fixtures/nexs");
export const EXAMPLES = join(import.meta.dirname, "../../../examples/elements");

/** Every .yaml file under `dir`, relative to it, sorted. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/** The files under `dir` as sources named relative to `dir` (prefixed with `prefix`). */
export function sourcesIn(dir: string, prefix = ""): SourceFile[] {
  return yamlFiles(dir).map((f) => ({ file: `${prefix}${f}`, bytes: readFileSync(join(dir, f)) }));
}

/** A fresh copy of the fixtures (server/, flat/) in a temporary directory. */
export function workCopy(name = "nexs-interop-"): string {
  const work = tempDir(name);
  cpSync(NEXS, work, { recursive: true });
  return work;
}

/** Path → text of every file under `dir`, to compare a tree before and after. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out[relative(dir, join(f.parentPath, f.name))] = readFileSync(join(f.parentPath, f.name), "utf8");
  }
  return out;
}

/** The value at `path` (keys and list indexes) in a YAML text, as `unknown`: assertions need no `any`. */
export function valueIn(text: string | undefined, ...path: (string | number)[]): unknown {
  let node: unknown = parse(text ?? "");
  for (const key of path) {
    if (Array.isArray(node)) node = node[Number(key)];
    else node = isPlainObject(node) ? node[String(key)] : undefined;
  }
  return node;
}

/** The keys of the mapping at `path` in a YAML text, in order. */
export function keysIn(text: string | undefined, ...path: (string | number)[]): string[] {
  const node = valueIn(text, ...path);
  return isPlainObject(node) ? Object.keys(node) : [];
}
