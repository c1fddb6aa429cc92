// collection.yaml, the manifest a NEXS MCP server reads at a repository's root when it installs a collection from
// `github://owner/repo`: its fields as the server reads them, its element globs against the files that are there,
// and its install hooks, which run on every installer's machine. Every finding has its line and column.
import { isDeepStrictEqual } from "node:util";
import { isPlainObject, type PlainObject } from "../common/plain-object.js";
import { compareDiagnostics, type Diagnostic, diagnostic, type Severity } from "../diagnostic/diagnostic.js";
import { matchGlob, type RepositoryTree } from "./collection-glob.js";
import { describePath } from "./node-path.js";
import { parseSource } from "./parse.js";
import { quote } from "./schema-diagnostics.js";
import { DEFAULT_MAX_FILE_SIZE, type NodePath, type ParsedSource, type SourceFile } from "./source.js";
import { ELEMENT_TYPES, type ElementType, isElementType } from "./types.js";

export const MANIFEST_NAMES: readonly string[] = ["collection.yaml", "collection.yml"];

export interface ManifestContext {
  /** The repository, rooted at the manifest's directory. */
  tree: RepositoryTree;
  /** What the regular file at `path` (relative to the root) is: an element of a type, or why it is not one. */
  classify(path: string): { type: ElementType } | { problem: string };
  /** The manifest's own path relative to the root (a glob that matches it is matching a non-element). */
  manifestPath: string;
  /** The collection opts in to command hooks (`allow-install-hooks`); each is then reported for review. */
  allowInstallHooks: boolean;
  /** The manifest as the base of a pull request has it: only command hooks that differ from it are reported. */
  baseText?: string;
  maxFileSize?: number;
}

export interface ManifestCheck {
  diagnostics: Diagnostic[];
  /** The element files the globs match (each once), with their types. */
  elements: { path: string; type: ElementType }[];
}

/** The hook phases a server runs, in the order it runs them. */
export const HOOK_PHASES = ["pre_install", "post_install", "pre_update", "post_update", "pre_uninstall"] as const;
const HOOK_TYPES = ["command", "validate", "backup", "confirm"];

/** The stats keys, per element type. */
export const STATS_KEYS: Readonly<Record<ElementType, string>> = {
  persona: "personas",
  skill: "skills",
  template: "templates",
  agent: "agents",
  memory: "memories",
  ensemble: "ensembles",
};

const KNOWN_KEYS = [
  "name",
  "version",
  "author",
  "description",
  "tags",
  "category",
  "license",
  "min_nexs_version",
  "homepage",
  "documentation",
  "repository",
  "maintainers",
  "dependencies",
  "elements",
  "config",
  "hooks",
  "stats",
  "changelog",
  "keywords",
  "media",
];

const NUMBER = "(?:0|[1-9]\\d*)";
const PRERELEASE_PART = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
/** Semantic Versioning 2.0.0 without build metadata, which the server's version check refuses. */
export const MANIFEST_VERSION = new RegExp(
  `^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-${PRERELEASE_PART}(?:\\.${PRERELEASE_PART})*)?$`,
);
/** The server's rule for a collection name. */
export const MANIFEST_NAME = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;
const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const GITHUB_REPO = /^[A-Za-z0-9._-]{1,100}$/;
const CONSTRAINT = /^(?:\*|(?:\^|~|>=|<=|>|<|=)?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

export function checkCollectionManifest(source: SourceFile, context: ManifestContext): ManifestCheck {
  const parsed = parseSource(source, { maxFileSize: context.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, shape: "mapping" });
  if (!parsed.ok) {
    // A YAML problem keeps its code; a document that is not a mapping is an invalid manifest.
    const diagnostics = parsed.diagnostics.map((d) =>
      d.code === "structure/top-level" ? { ...d, code: "collection/invalid" } : d,
    );
    return { diagnostics, elements: [] };
  }
  const checker = new ManifestChecker(parsed, context);
  checker.run();
  return { diagnostics: checker.diagnostics.sort(compareDiagnostics), elements: checker.elements };
}

class ManifestChecker {
  readonly diagnostics: Diagnostic[] = [];
  readonly elements: { path: string; type: ElementType }[] = [];
  private readonly value: PlainObject;

  constructor(
    private readonly source: ParsedSource,
    private readonly context: ManifestContext,
  ) {
    this.value = source.value;
  }

  run(): void {
    for (const key of Object.keys(this.value)) {
      if (!KNOWN_KEYS.includes(key))
        this.report("collection/unknown-key", [key], `unknown key "${key}"; a NEXS MCP server ignores it`, {
          severity: "warning",
          want: "key",
        });
    }
    this.requiredText("name", (name) =>
      MANIFEST_NAME.test(name)
        ? undefined
        : "must be 3 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit " +
          "(for example my-collection): the NEXS MCP server refuses any other name",
    );
    this.version();
    this.requiredText("author", (author) =>
      author.length >= 2 && author.length <= 100 ? undefined : "must be 2 to 100 characters",
    );
    this.requiredText("description");
    for (const key of ["tags", "keywords"]) this.optionalStrings([key]);
    for (const key of ["category", "license", "min_nexs_version"]) this.optionalText([key]);
    for (const key of ["homepage", "documentation", "repository"]) this.optionalUrl(key);
    this.maintainers();
    this.dependencies();
    this.elementEntries();
    this.config();
    this.hooks();
    this.stats();
    this.changelog();
  }

  /** A number (`version: 1.2`) is a bad version too, not just a value of the wrong type. */
  private version(): void {
    const raw = this.valueAt(["version"]);
    if (typeof raw !== "number") {
      const version = this.requiredText("version");
      if (version === undefined || MANIFEST_VERSION.test(version)) return;
    }
    const shown = typeof raw === "number" ? `the number ${raw}` : quote(raw);
    this.report(
      "collection/version",
      ["version"],
      `version is ${shown}, not a Semantic Versioning version: write MAJOR.MINOR.PATCH such as 1.0.0 ` +
        "(a -prerelease is fine; +build metadata is refused by the NEXS MCP server)",
    );
  }

  private report(
    code: string,
    path: NodePath,
    message: string,
    options: { severity?: Severity; want?: "key" | "value" } = {},
  ): void {
    const at = this.source.locate(path, options.want ?? "value");
    this.diagnostics.push(diagnostic(this.source.file, at, options.severity ?? "error", code, message));
  }

  private valueAt(path: NodePath): unknown {
    let node: unknown = this.value;
    for (const segment of path) {
      if (typeof segment === "number") node = Array.isArray(node) ? node[segment] : undefined;
      else node = isPlainObject(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    }
    return node;
  }

  private has(path: NodePath): boolean {
    const parent = this.valueAt(path.slice(0, -1));
    const last = path.at(-1);
    return isPlainObject(parent) && typeof last === "string" && Object.hasOwn(parent, last);
  }

  /** A required non-empty string at the top level; `rule` says what else is wrong with it, if anything. */
  private requiredText(key: string, rule?: (text: string) => string | undefined): string | undefined {
    if (!this.has([key])) {
      this.report("collection/required", [], `collection.yaml is missing the required key "${key}"`, { want: "key" });
      return undefined;
    }
    const text = this.text([key], true);
    const problem = text === undefined ? undefined : rule?.(text);
    if (problem) this.report("collection/invalid", [key], `${key} is ${quote(text)}; it ${problem}`);
    return problem ? undefined : text;
  }

  /** The string at `path`, reporting anything else; `nonEmpty` also refuses a blank one. */
  private text(path: NodePath, nonEmpty = false): string | undefined {
    const value = this.valueAt(path);
    if (typeof value === "string" && (!nonEmpty || value.trim() !== "")) return value;
    const what = typeof value === "string" ? "empty" : `${kindOf(value)}, not a string`;
    this.report(
      nonEmpty && value === "" ? "collection/required" : "collection/invalid",
      path,
      `${describePath(path)} is ${what}`,
    );
    return undefined;
  }

  private optionalText(path: NodePath): string | undefined {
    return this.has(path) ? this.text(path) : undefined;
  }

  private optionalStrings(path: NodePath): void {
    if (!this.has(path)) return;
    const value = this.valueAt(path);
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
      this.report("collection/invalid", path, `${describePath(path)} must be a list of strings`);
  }

  private optionalUrl(key: string): void {
    const url = this.optionalText([key]);
    if (url !== undefined && !isWebUrl(url, ["http:", "https:"]))
      this.report("collection/invalid", [key], `${key} is ${quote(url)}, not an http(s) URL`);
  }

  /** The entries of an optional list of mappings at `key`, with their index. */
  private entries(key: string, required = false): [number, PlainObject][] {
    if (!this.has([key])) {
      if (required)
        this.report("collection/required", [], `collection.yaml is missing the required key "${key}"`, { want: "key" });
      return [];
    }
    const value = this.valueAt([key]);
    if (!Array.isArray(value)) {
      this.report("collection/invalid", [key], `${key} must be a list, not ${kindOf(value)}`);
      return [];
    }
    const out: [number, PlainObject][] = [];
    value.forEach((entry, i) => {
      if (isPlainObject(entry)) out.push([i, entry]);
      else this.report("collection/invalid", [key, i], `${key}[${i}] must be a mapping, not ${kindOf(entry)}`);
    });
    return out;
  }

  private requiredIn(path: NodePath, key: string): string | undefined {
    if (this.has([...path, key])) return this.text([...path, key], true);
    this.report("collection/required", path, `${describePath(path)} is missing the required key "${key}"`, {
      want: "key",
    });
    return undefined;
  }

  private maintainers(): void {
    for (const [i] of this.entries("maintainers")) {
      this.requiredIn(["maintainers", i], "name");
      const email = this.optionalText(["maintainers", i, "email"]);
      if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        this.report("collection/invalid", ["maintainers", i, "email"], `${quote(email)} is not an email address`);
      this.optionalText(["maintainers", i, "github"]);
    }
  }

  private dependencies(): void {
    const seen = new Map<string, number>();
    for (const [i] of this.entries("dependencies")) {
      const uri = this.requiredIn(["dependencies", i], "uri");
      this.optionalText(["dependencies", i, "description"]);
      if (uri === undefined) continue;
      const problem = dependencyProblem(uri);
      if (problem) this.report("collection/dependency-uri", ["dependencies", i, "uri"], `${quote(uri)} ${problem}`);
      const first = seen.get(uri);
      if (first !== undefined)
        this.report("collection/dependency-uri", ["dependencies", i, "uri"], `repeats dependencies[${first}]`);
      else seen.set(uri, i);
    }
  }

  private elementEntries(): void {
    const entries = this.entries("elements", true);
    if (this.has(["elements"]) && Array.isArray(this.value.elements) && this.value.elements.length === 0)
      this.report(
        "collection/required",
        ["elements"],
        "elements is empty; the server installs no collection without one",
      );
    const counted = new Set<string>();
    for (const [i, entry] of entries) {
      const where = ["elements", i];
      const pattern = this.requiredIn(where, "path");
      this.optionalText([...where, "description"]);
      let type: ElementType | undefined;
      if (this.has([...where, "type"])) {
        const declared = this.text([...where, "type"]);
        if (declared !== undefined && !isElementType(declared))
          this.report(
            "collection/invalid",
            [...where, "type"],
            `type is ${quote(declared)}; use one of: ${ELEMENT_TYPES.join(", ")}`,
          );
        else type = declared;
      }
      if (pattern !== undefined) this.elementGlob(where, pattern, type, entry, counted);
    }
  }

  private elementGlob(
    where: NodePath,
    pattern: string,
    type: ElementType | undefined,
    entry: PlainObject,
    counted: Set<string>,
  ): void {
    const at = [...where, "path"];
    const result = matchGlob(this.context.tree, pattern);
    if (!result.ok) {
      const code = result.problem === "outside" ? "collection/element-outside" : "collection/invalid";
      this.report(code, at, `${quote(pattern)}: ${result.message}`);
      return;
    }
    if (result.links.length > 0)
      this.report(
        "collection/element-outside",
        at,
        `${quote(pattern)} goes through ${listOf(result.links)}: a symbolic link may point outside the repository, ` +
          "and is not followed",
      );
    if (result.matches.length === 0 && result.links.length === 0) {
      this.report(
        "collection/element-no-match",
        at,
        `${quote(pattern)} matches no file; a NEXS MCP server refuses to install a collection with such an entry`,
      );
      return;
    }
    const notElements: string[] = [];
    const otherType: string[] = [];
    for (const match of result.matches) {
      const why =
        match.kind !== "file"
          ? `${match.path} (a ${match.kind})`
          : match.path === this.context.manifestPath
            ? `${match.path} (the manifest itself)`
            : !/\.ya?ml$/.test(match.path)
              ? `${match.path} (not a .yaml file)`
              : undefined;
      if (why) {
        notElements.push(why);
        continue;
      }
      const found = this.context.classify(match.path);
      if ("problem" in found) {
        notElements.push(`${match.path} (${found.problem})`);
        continue;
      }
      if (type !== undefined && found.type !== type) otherType.push(`${match.path} (a ${found.type})`);
      if (!counted.has(match.path)) {
        counted.add(match.path);
        this.elements.push({ path: match.path, type: found.type });
      }
    }
    if (notElements.length > 0)
      this.report(
        "collection/element-not-element",
        at,
        `${quote(pattern)} matches what is not an element file: ${listOf(notElements)}; narrow the pattern ` +
          "(for example elements/persona/*.yaml)",
      );
    if (otherType.length > 0 && Object.hasOwn(entry, "type"))
      this.report(
        "collection/element-type-mismatch",
        [...where, "type"],
        `the entry says ${type ?? "?"}, but ${quote(pattern)} matches ${listOf(otherType)}; one glob per type ` +
          "keeps them apart",
      );
  }

  private config(): void {
    if (!this.has(["config"])) return;
    const config = this.valueAt(["config"]);
    if (!isPlainObject(config)) {
      this.report("collection/invalid", ["config"], `config must be a mapping, not ${kindOf(config)}`);
      return;
    }
    this.optionalText(["config", "default_persona"]);
    this.optionalStrings(["config", "auto_activate_skills"]);
    const privacy = this.optionalText(["config", "default_privacy_level"]);
    if (privacy !== undefined && !["public", "private", "shared"].includes(privacy))
      this.report(
        "collection/invalid",
        ["config", "default_privacy_level"],
        `${quote(privacy)}: use one of: public, private, shared`,
      );
  }

  private hooks(): void {
    if (!this.has(["hooks"])) return;
    const hooks = this.valueAt(["hooks"]);
    if (!isPlainObject(hooks)) {
      this.report("collection/invalid", ["hooks"], `hooks must be a mapping, not ${kindOf(hooks)}`);
      return;
    }
    const base = baseCommandHooks(this.context.baseText);
    for (const [phase, list] of Object.entries(hooks)) {
      if (!(HOOK_PHASES as readonly string[]).includes(phase)) {
        this.report(
          "collection/unknown-key",
          ["hooks", phase],
          `unknown hook phase "${phase}"; use ${HOOK_PHASES.join(", ")}`,
          {
            severity: "warning",
            want: "key",
          },
        );
        continue;
      }
      if (!Array.isArray(list)) {
        this.report("collection/invalid", ["hooks", phase], `hooks.${phase} must be a list of hooks`);
        continue;
      }
      for (const [i, hook] of list.entries()) this.hook(phase, i, hook, base);
    }
  }

  private hook(phase: string, i: number, hook: unknown, base: ReadonlyMap<string, unknown[]>): void {
    const where = ["hooks", phase, i];
    if (!isPlainObject(hook)) {
      this.report("collection/invalid", where, `hooks.${phase}[${i}] must be a mapping, not ${kindOf(hook)}`);
      return;
    }
    const type = this.requiredIn(where, "type");
    if (type === undefined) return;
    if (!HOOK_TYPES.includes(type)) {
      this.report(
        "collection/invalid",
        [...where, "type"],
        `hook type ${quote(type)}; use one of: ${HOOK_TYPES.join(", ")}`,
      );
      return;
    }
    if (type === "confirm") this.requiredIn(where, "message");
    if (type === "validate" && !Array.isArray(hook.checks))
      this.report("collection/required", where, `hooks.${phase}[${i}] is a validate hook without a checks list`, {
        want: "key",
      });
    if (type !== "command") return;
    const command = this.requiredIn(where, "command");
    const shown = command === undefined ? "" : ` (${quote(command)})`;
    const line = this.source.locate(where, "key").line;
    if (!this.context.allowInstallHooks) {
      this.report(
        "collection/install-hook",
        [...where, "type"],
        `hooks.${phase}[${i}] is a command hook${shown}: it would run on the machine of everyone who installs ` +
          "this collection. Remove it, or opt in with allow-install-hooks (--allow-install-hooks, the Action's " +
          "allow-install-hooks input) and have every change to it reviewed",
      );
      return;
    }
    if ((base.get(phase) ?? []).some((old) => isDeepStrictEqual(old, hook))) return;
    this.report(
      "collection/install-hook-review",
      [...where, "type"],
      `hooks.${phase}[${i}] on line ${line} is a ${this.context.baseText === undefined ? "" : "new or changed "}` +
        `command hook${shown} that every installer's machine runs: review exactly what it does before merging`,
      { severity: "warning" },
    );
  }

  private stats(): void {
    if (!this.has(["stats"])) return;
    const stats = this.valueAt(["stats"]);
    if (!isPlainObject(stats)) {
      this.report("collection/invalid", ["stats"], `stats must be a mapping, not ${kindOf(stats)}`);
      return;
    }
    const counts = new Map<string, number>([["total_elements", this.elements.length]]);
    for (const type of ELEMENT_TYPES) counts.set(STATS_KEYS[type], this.elements.filter((e) => e.type === type).length);
    const stale: string[] = [];
    for (const [key, actual] of counts) {
      const said = stats[key];
      if (said === undefined) continue;
      if (!Number.isInteger(said) || (typeof said === "number" && said < 0)) {
        this.report("collection/invalid", ["stats", key], `stats.${key} must be a whole number`);
      } else if (said !== actual) stale.push(`${key} ${String(said)} (the globs match ${actual})`);
    }
    if (stale.length > 0)
      this.report(
        "collection/stale-stats",
        ["stats"],
        `stats disagree with the files: ${stale.join(", ")}; run nexs-publish collection init to refresh them`,
        { severity: "warning", want: "key" },
      );
    if (Object.hasOwn(stats, "last_updated")) this.text(["stats", "last_updated"]);
  }

  private changelog(): void {
    for (const [i] of this.entries("changelog")) {
      const version = this.requiredIn(["changelog", i], "version");
      if (version !== undefined && !MANIFEST_VERSION.test(version))
        this.report(
          "collection/version",
          ["changelog", i, "version"],
          `${quote(version)} is not a Semantic Versioning version`,
        );
      const date = this.requiredIn(["changelog", i], "date");
      if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
        this.report(
          "collection/invalid",
          ["changelog", i, "date"],
          `${quote(date)} is not a date in the form YYYY-MM-DD`,
        );
      this.optionalStrings(["changelog", i, "changes"]);
    }
  }
}

/** The command hooks of the base manifest, by phase. */
function baseCommandHooks(text: string | undefined): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  if (text === undefined) return out;
  const parsed = parseSource(
    { file: "", bytes: new TextEncoder().encode(text) },
    {
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      shape: "mapping",
    },
  );
  const hooks = parsed.ok ? parsed.value.hooks : undefined;
  if (!isPlainObject(hooks)) return out;
  for (const [phase, list] of Object.entries(hooks)) if (Array.isArray(list)) out.set(phase, list);
  return out;
}

/** Why a dependency URI is not one a server can install, or undefined when it is. */
export function dependencyProblem(uri: string): string | undefined {
  const github = /^github:\/\/([^/@]+)\/([^/@]+)(?:@(.*))?$/.exec(uri);
  if (github) {
    const [, owner = "", repo = "", constraint] = github;
    if (!GITHUB_OWNER.test(owner)) return `names no GitHub owner: "${owner}" is not a user or organization name`;
    if (!GITHUB_REPO.test(repo) || repo === "." || repo === "..") return `names no repository: "${repo}"`;
    if (constraint !== undefined && !CONSTRAINT.test(constraint))
      return `has the version constraint "${constraint}"; use one such as ^1.2.0, ~1.2.0, >=1.2.0, 1.2.0 or *`;
    return undefined;
  }
  if (uri.startsWith("github:")) return "is not of the form github://owner/repo or github://owner/repo@^1.2.0";
  if (isWebUrl(uri, ["https:"])) return undefined;
  return "is neither github://owner/repo[@version] nor an https:// URL";
}

function isWebUrl(text: string, protocols: readonly string[]): boolean {
  try {
    const url = new URL(text);
    return protocols.includes(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return "a mapping";
  return `a ${typeof value}`;
}

function listOf(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(", ");
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
