// Who an element is and where it lives: the id rule and its path in the collection.
import type { ElementMetadata } from "./types.js";

const ID_SHAPE = /^[a-z0-9](?:[a-z0-9_-]{0,126}[a-z0-9])?$/;
/** Names Windows refuses as file names whatever the extension; an id becomes a file name in the collection. */
export const WINDOWS_DEVICE_NAMES: readonly string[] = [
  "con",
  "prn",
  "aux",
  "nul",
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
];

/** Why `id` breaks the id rule, in words a person can act on; undefined when it is a valid id. */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return "the id is empty";
  if (id.length > 128) return `the id is ${id.length} characters long; at most 128 are allowed`;
  // Control and bidirectional-override characters would make two different ids look alike in a review.
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(id)) {
    return "the id contains a control or bidirectional-text character";
  }
  if (!ID_SHAPE.test(id)) {
    return "an id may hold only lowercase letters a-z, digits, '-' and '_', and must start and end with a letter or digit";
  }
  if (WINDOWS_DEVICE_NAMES.includes(id)) return `"${id}" is a Windows device name and cannot be a file name`;
  return undefined;
}

export function isValidId(id: string): boolean {
  return idProblem(id) === undefined;
}

/**
 * The nearest id that follows the id rule: accents dropped, lowercased, every run of other characters turned into
 * one `-`, ends trimmed, at most 128 characters; a Windows device name gets `-element` after it. `fallback` is used
 * when nothing is left (it should follow the rule itself).
 */
export function suggestId(text: string, fallback = "element"): string {
  const id = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/[-_]{2,}/g, (run) => (run.includes("_") && !run.includes("-") ? "_" : "-"))
    .slice(0, 128)
    .replace(/^[-_]+|[-_]+$/g, "");
  if (id === "") return fallback;
  return WINDOWS_DEVICE_NAMES.includes(id) ? `${id}-element` : id;
}

export const DEFAULT_PATH_TEMPLATE = "elements/{type}/{id}.yaml";

export type CollectionPathProblem =
  | "unknown-placeholder"
  | "missing-created"
  | "empty-placeholder"
  | "outside-root"
  | "github-directory";

export type CollectionPathResult =
  | { ok: true; path: string }
  | { ok: false; problem: CollectionPathProblem; message: string };

/** Lowercase ASCII letters and digits joined by single hyphens: safe as one path segment on every file system. */
export function slug(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * The element's path in the collection from `template` (placeholders `{type}`, `{id}`, `{author}` slugged,
 * `{created}` as the YYYY-MM-DD written in created_at). Refuses any result that would leave the collection root
 * or land under `.github/`, where a file could become a workflow.
 */
export function collectionPath(
  template: string,
  metadata: Pick<ElementMetadata, "id" | "type" | "author" | "created_at">,
): CollectionPathResult {
  let problem: { problem: CollectionPathProblem; message: string } | undefined;
  const path = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = placeholderValue(name, metadata);
    if (typeof value !== "string") {
      problem ??= value;
      return whole;
    }
    if (value === "") {
      problem ??= {
        problem: "empty-placeholder",
        message: `the placeholder {${name}} of the path template is empty for element "${metadata.id}" once reduced to letters and digits`,
      };
    }
    return value;
  });
  if (problem) return { ok: false, ...problem };
  return checkCollectionPath(path, template);
}

function placeholderValue(
  name: string,
  metadata: Pick<ElementMetadata, "id" | "type" | "author" | "created_at">,
): string | { problem: CollectionPathProblem; message: string } {
  switch (name) {
    case "type":
      return slug(metadata.type);
    case "id":
      return slug(metadata.id);
    case "author":
      return slug(metadata.author);
    case "created": {
      const date = /^(\d{4}-\d{2}-\d{2})[Tt]/.exec(metadata.created_at ?? "");
      if (date?.[1]) return date[1];
      return {
        problem: "missing-created",
        message: `the path template uses {created} but element "${metadata.id}" has no metadata.created_at; add one (for example "2025-12-20T10:00:00Z")`,
      };
    }
    default:
      return {
        problem: "unknown-placeholder",
        message: `the path template has an unknown placeholder {${name}}; use {type}, {id}, {author} or {created}`,
      };
  }
}

/** A relative, forward-slash path with no empty, `.` or `..` segment, and not under `.github/`. */
export function checkCollectionPath(path: string, template = path): CollectionPathResult {
  const refused = pathRefusal(path);
  if (!refused) return { ok: true, path };
  return {
    ok: false,
    problem: refused.problem,
    message: `the path template "${template}" gives "${path}", which ${refused.why}; use a relative path such as ${DEFAULT_PATH_TEMPLATE}`,
  };
}

function pathRefusal(path: string): { problem: CollectionPathProblem; why: string } | undefined {
  const refuse = (problem: CollectionPathProblem, why: string) => ({ problem, why });
  if (path.includes("\\")) return refuse("outside-root", "contains a backslash");
  if (/[\u0000-\u001f\u007f]/.test(path)) return refuse("outside-root", "contains a control character");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return refuse("outside-root", "is absolute");
  const segments = path.split("/");
  if (segments.some((s) => s === "")) return refuse("outside-root", "has an empty path segment");
  if (segments.some((s) => s === "." || s === "..")) return refuse("outside-root", "would leave the collection root");
  if (segments.some((s) => s.toLowerCase() === ".github"))
    return refuse("github-directory", "is inside a .github directory");
  return undefined;
}

/**
 * What is wrong with a path template whatever the elements (an unknown placeholder, a path that leaves the
 * collection or enters .github/), checked once before any work; undefined when it can place elements. A filled
 * placeholder is letters, digits and hyphens, never a separator or a dot, so one sample value stands for all.
 */
export function pathTemplateProblem(template: string): string | undefined {
  for (const [, name = ""] of template.matchAll(PLACEHOLDER)) {
    const value = placeholderValue(name, SAMPLE);
    if (typeof value !== "string") return value.message;
  }
  const refused = pathRefusal(template.replace(PLACEHOLDER, "x"));
  if (refused)
    return `the path template "${template}" ${refused.why}; use a relative path such as ${DEFAULT_PATH_TEMPLATE}`;
  return undefined;
}

const SAMPLE = { id: "x", type: "skill", author: "x", created_at: "2000-01-01T00:00:00Z" } as const;
