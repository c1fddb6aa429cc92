// The layers, read from the imports of every file under src/: the core is pure and stands alone, the GitHub
// layer and the validation threads (Node's worker threads, shared by the CLI and the Action) build only on the
// core, adapters build on those and never on each other, and no module folder imports another that imports it back.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

interface Import {
  file: string;
  /** A package name, `node:` builtin, or a path relative to src/ (for relative imports). */
  target: string;
  relative: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^"';]*?\bfrom\s*"([^"]+)"|\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?"([^"]+)"\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(SPECIFIER)].map((match) => {
    const spec = match[1] ?? match[2] ?? "";
    if (!spec.startsWith(".")) return { file, target: spec, relative: false };
    return { file, target: relative(SRC, resolve(dirname(file), spec)), relative: true };
  });
}

/** The layer a path under src/ belongs to: core, github, threads, action, cli or app. */
function layerOf(path: string): string {
  return path.split(/[\\/]/)[0] ?? "";
}

/** The module folder: `core/<name>` inside the core, the layer itself elsewhere. */
function moduleOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[0] === "core" ? `core/${parts[1] ?? ""}` : (parts[0] ?? "");
}

const ALL = sourceFiles(SRC).flatMap(importsOf);

/** Layers each layer may import (relative imports), and packages it may not. */
const ALLOWED_LAYERS: Record<string, readonly string[]> = {
  core: ["core"],
  github: ["core", "github"],
  threads: ["core", "threads"],
  action: ["core", "github", "threads", "action"],
  cli: ["core", "github", "threads", "cli"],
  app: ["core", "github", "app"],
};
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  core: /^(@actions\/|@octokit\/|probot\b)/,
  github: /^(@actions\/|probot\b)/,
  threads: /^(@actions\/|@octokit\/|probot\b)/,
  action: /^probot\b/,
  cli: /^(@actions\/|probot\b)/,
  app: /^@actions\//,
};

describe("layers", () => {
  it("finds the imports it checks", () => {
    expect(ALL.filter((i) => i.relative && layerOf(relative(SRC, i.file)) === "core").length).toBeGreaterThan(100);
  });

  it("each layer imports only the layers below it", () => {
    // Data files beside src/ (the JSON schemas, package.json) are imported as JSON by the core: no layer.
    const wrong = ALL.filter((i) => i.relative && !i.target.endsWith(".json"))
      .map((i) => ({ from: relative(SRC, i.file), to: i.target }))
      .filter(({ from, to }) => !(ALLOWED_LAYERS[layerOf(from)] ?? []).includes(layerOf(to)))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it("the core and the GitHub layer use no adapter's packages", () => {
    const wrong = ALL.filter((i) => !i.relative)
      .map((i) => ({ from: relative(SRC, i.file), to: i.target }))
      .filter(({ from, to }) => FORBIDDEN_PACKAGES[layerOf(from)]?.test(to) ?? false)
      .map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it("no module folder imports one that imports it back", () => {
    const edges = new Map<string, Set<string>>();
    for (const i of ALL.filter((x) => x.relative)) {
      const from = moduleOf(relative(SRC, i.file));
      const to = moduleOf(i.target);
      if (from === to) continue;
      const set = edges.get(from) ?? new Set<string>();
      set.add(to);
      edges.set(from, set);
    }
    expect(findCycle(edges)).toEqual([]);
  });

  it("the cycle finder finds a planted cycle", () => {
    const edges = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
    ]);
    expect(findCycle(edges)).toEqual(["a", "b", "c", "a"]);
    expect(findCycle(new Map([["a", new Set(["b"])]]))).toEqual([]);
  });
});

/** The first cycle found by depth-first search, as the path that closes it; empty when there is none. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] => {
    const at = path.indexOf(node);
    if (at !== -1) return [...path.slice(at), node];
    if (done.has(node)) return [];
    path.push(node);
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle.length > 0) return cycle;
    }
    path.pop();
    done.add(node);
    return [];
  };
  for (const node of [...edges.keys()].sort()) {
    const cycle = visit(node);
    if (cycle.length > 0) return cycle;
  }
  return [];
}
