// collection init: the collection.yaml a NEXS MCP server reads to install a collection from github://owner/repo.
// Its elements are one glob per type, derived from the publish path template, so a new element never needs an
// edit of the manifest; its stats count what the globs match. Run again, it refreshes elements and stats and
// keeps every other field (and comment) as it was.
import { Document, isMap, isScalar, Scalar } from "yaml";
import { escapeGlob } from "../element/collection-glob.js";
import { STATS_KEYS } from "../element/collection-manifest.js";
import type { SurveyedFile } from "../element/collection-survey.js";
import { pathTemplateProblem, slug } from "../element/identity.js";
import { ELEMENT_TYPES, type ElementType } from "../element/types.js";
import { readYaml } from "../sync/yaml-text.js";

export interface ElementGlob {
  /** The type every file it matches has; undefined when the template does not separate types. */
  type: ElementType | undefined;
  glob: string;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** One glob per type matching the paths `pathTemplate` gives (one for all types if it has no {type}). */
export function elementGlobs(pathTemplate: string): ElementGlob[] | { problem: string } {
  const problem = pathTemplateProblem(pathTemplate);
  if (problem !== undefined) return { problem };
  const globFor = (type: ElementType | undefined): string => {
    let out = "";
    let last = 0;
    for (const match of pathTemplate.matchAll(PLACEHOLDER)) {
      out += escapeGlob(pathTemplate.slice(last, match.index));
      out += match[1] === "type" && type ? escapeGlob(slug(type)) : "*";
      last = match.index + match[0].length;
    }
    return out + escapeGlob(pathTemplate.slice(last));
  };
  if (!pathTemplate.includes("{type}")) return [{ type: undefined, glob: globFor(undefined) }];
  return ELEMENT_TYPES.map((type) => ({ type, glob: globFor(type) }));
}

export interface ManifestFields {
  name?: string | undefined;
  version?: string | undefined;
  author?: string | undefined;
  description?: string | undefined;
}

export interface ManifestPlan {
  existing: string | undefined;
  /** Each glob with the element files it matches; those matching none are left out (a server refuses them). */
  globs: readonly (ElementGlob & { files: readonly SurveyedFile[] })[];
  /** What to name the collection when nothing else says (the directory's name). */
  directoryName: string;
  /** Given on the command line: they replace what the manifest says. */
  fields: ManifestFields;
}

export type ManifestText = { ok: true; text: string; elements: number; globs: number } | { ok: false; problem: string };

const HEADER =
  " A NEXS MCP collection: a server installs it from github://OWNER/REPO by reading this file.\n" +
  " Written by nexs-publish collection init; run it again to refresh elements and stats (other fields are kept).";

export function collectionManifestText(plan: ManifestPlan): ManifestText {
  const used = plan.globs.filter((g) => g.files.length > 0);
  const files = unique(used.flatMap((g) => g.files));
  if (files.length === 0)
    return { ok: false, problem: "no element files match the path template here; nothing to describe" };
  let document: Document;
  if (plan.existing === undefined) {
    document = new Document({});
    document.commentBefore = HEADER;
  } else {
    const read = readYaml(plan.existing, "mapping");
    if (!read.ok) return { ok: false, problem: `the collection.yaml there cannot be read (${read.problem})` };
    document = read.document;
  }
  const set = (key: string, value: string | undefined, fallback: () => string) => {
    if (value !== undefined) document.set(key, value);
    else if (!document.has(key)) document.set(key, fallback());
  };
  set("name", plan.fields.name, () => collectionName(plan.directoryName));
  set("version", plan.fields.version, () => "0.1.0");
  set("author", plan.fields.author, () => mostCommon(files.map((f) => f.author)) ?? "unknown");
  set("description", plan.fields.description, () => `NEXS MCP elements: ${describeCounts(files)}.`);
  document.set(
    "elements",
    used.map((g) => (g.type ? { path: g.glob, type: g.type } : { path: g.glob })),
  );
  const stats: Record<string, number | string> = { total_elements: files.length };
  for (const type of ELEMENT_TYPES) stats[STATS_KEYS[type]] = files.filter((f) => f.type === type).length;
  const latest = files
    .map((f) => f.stamp)
    .filter((s): s is string => s !== undefined)
    .sort()
    .at(-1);
  if (latest !== undefined) stats.last_updated = latest;
  document.set("stats", stats);
  // The server's decoder reads last_updated as a time only when it is not quoted.
  const stamp = document.getIn(["stats", "last_updated"], true);
  if (isScalar(stamp)) stamp.type = Scalar.PLAIN;
  if (!isMap(document.contents)) return { ok: false, problem: "the collection.yaml there is not a mapping" };
  return { ok: true, text: document.toString({ lineWidth: 0 }), elements: files.length, globs: used.length };
}

function unique(files: readonly SurveyedFile[]): SurveyedFile[] {
  const seen = new Map<string, SurveyedFile>();
  for (const f of files) if (!seen.has(f.path)) seen.set(f.path, f);
  return [...seen.values()];
}

/** The directory's name as the server accepts a collection name: lowercase letters, digits, hyphens, 3-64. */
export function collectionName(directory: string): string {
  const name = slug(directory).slice(0, 64).replace(/-+$/, "");
  if (name.length >= 3) return name;
  return name === "" ? "my-collection" : `${name}-collection`;
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values)
    if (v !== undefined && v.length >= 2 && v.length <= 100) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

const PLURALS: Readonly<Record<ElementType, string>> = {
  persona: "personas",
  skill: "skills",
  template: "templates",
  agent: "agents",
  memory: "memories",
  ensemble: "ensembles",
};

function describeCounts(files: readonly SurveyedFile[]): string {
  const parts = ELEMENT_TYPES.flatMap((type) => {
    const n = files.filter((f) => f.type === type).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? type : PLURALS[type]}`];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "none");
}
